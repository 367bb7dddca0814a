/**
 * The peer of the breaking-change differential test: Optic's `breaking-changes` ruleset
 * (@useoptic/standard-rulesets), run in-process and offline. Its results and ours become the same
 * keys, "GROUP METHOD /path", where GROUP pairs one or more of our ids with the Optic rules that
 * mean the same; path template names are dropped (`/pets/{}`).
 *
 * Run directly (`node actions/spec-first-guard/scripts/peer-breaking.ts`) it writes Optic's keys
 * for the real description pairs to src/breaking/testing/optic-real.json: Optic takes minutes on a
 * 13 MB description, too long for a test, so the test reads what this script recorded.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSpecs } from '../src/breaking/compare.ts';
import type { BreakingRule } from '../src/breaking/rules.ts';
import { changedOperations } from '../src/openapi/changes.ts';
import { loadSpec } from '../src/openapi/lint.ts';

const require = createRequire(import.meta.url);
process.env.OPTIC_TELEMETRY_LEVEL = 'off';

/** Our ids and Optic's rule names (parameter rules for each `in`) that check the same thing. */
export const GROUPS: Record<string, { ours: BreakingRule[]; optic: RegExp }> = {
  'operation-removed': {
    ours: ['api-operation-removed', 'api-path-removed'],
    optic: /^prevent operation removal$/,
  },
  'success-status-removed': {
    ours: ['response-success-status-removed'],
    optic: /^prevent response status code removal$/,
  },
  'response-property-removed': {
    ours: ['response-property-removed'],
    optic: /^prevent removing response property$/,
  },
  'response-property-optional': {
    ours: ['response-property-became-optional'],
    optic: /^prevent making response property optional$/,
  },
  'response-type': {
    ours: ['response-property-type-changed'],
    optic: /^prevent response property type changes$/,
  },
  'request-type': {
    ours: ['request-property-type-changed'],
    optic: /^prevent request property type changes$/,
  },
  'request-property-required': {
    ours: ['request-property-became-required', 'new-required-request-property'],
    optic: /^prevent changing request property to required$/,
  },
  'property-enum': {
    ours: ['request-property-enum-value-removed', 'response-property-enum-value-removed'],
    optic: /^request and response property enums$/,
  },
  'new-required-parameter': {
    ours: ['new-required-request-parameter'],
    optic: /^prevent new required \w+ parameters$/,
  },
  'parameter-required': {
    ours: ['request-parameter-became-required'],
    optic: /^prevent requiring existing \w+ parameters$/,
  },
  'parameter-type': {
    ours: ['request-parameter-type-changed'],
    optic: /^prevent \w+ parameters type changes$/,
  },
  'parameter-enum': {
    ours: ['request-parameter-enum-value-removed'],
    optic: /^prevent \w+ parameters enum breaking changes$/,
  },
};

const template = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
const groupOf = (rule: string) =>
  Object.keys(GROUPS).find((group) => (GROUPS[group]!.ours as string[]).includes(rule));

/** Our breaking changes between two single-file documents, as group keys (one per operation). */
export async function ourKeys(baseFile: string, headFile: string): Promise<Set<string>> {
  const none = { read: async () => undefined };
  const base = await loadSpec(baseFile, readFileSync(baseFile, 'utf8'), none);
  const head = await loadSpec(headFile, readFileSync(headFile, 'utf8'), none);
  const keys = new Set<string>();
  for (const change of compareSpecs(base!, head!)) {
    const group = groupOf(change.rule);
    if (!group) continue;
    if (change.rule === 'api-path-removed') {
      const methods = /\(([A-Z, ]+)\)$/.exec(change.message)?.[1]?.split(', ') ?? [];
      for (const method of methods) keys.add(`${group} ${method} ${template(change.operation)}`);
    } else {
      const [method, path] = change.operation.split(' ');
      keys.add(`${group} ${method} ${template(path!)}`);
    }
  }
  return keys;
}

interface OpticResult {
  name: string;
  passed: boolean;
  exempted?: boolean;
  where: string;
}

/** Optic's breaking changes between two documents, as group keys. */
export async function opticKeys(baseFile: string, headFile: string): Promise<Set<string>> {
  const io = require('@useoptic/openapi-io');
  const utilities = require('@useoptic/openapi-utilities');
  const { RuleRunner } = require('@useoptic/rulesets-base');
  const { BreakingChangesRuleset } = require('@useoptic/standard-rulesets/build/breaking-changes');
  const load = async (file: string) => {
    const parsed = await io.parseOpenAPIWithSourcemap(resolve(file));
    const version = String(parsed.jsonLike.openapi).startsWith('3.1') ? '3.1.x' : '3.0.x';
    return io.denormalize({ ...parsed, isEmptySpec: false, version });
  };
  const runner = new RuleRunner([new BreakingChangesRuleset()]);
  const comparison = await utilities.compareSpecs(
    await load(baseFile),
    await load(headFile),
    runner,
    {},
  );
  const failed = (comparison.results as OpticResult[]).filter(
    (result) => !result.passed && !result.exempted,
  );
  const removed = new Set(
    failed
      .filter((result) => result.name === 'prevent operation removal')
      .map((result) => result.where),
  );
  const keys = new Set<string>();
  for (const result of failed) {
    const group = Object.keys(GROUPS).find((name) => GROUPS[name]!.optic.test(result.name));
    if (!group) continue;
    const [method, path, ...rest] = result.where.split(' ');
    // Optic also reports each status and property of a removed operation: we report the removal.
    if (group !== 'operation-removed' && removed.has(`${method} ${path}`)) continue;
    if (group === 'success-status-removed' && !/^2/.test(rest[1] ?? '')) continue;
    keys.add(`${group} ${method} ${template(path!)}`);
  }
  return keys;
}

/** Real descriptions: GitHub's REST API from two majors of @octokit/openapi, and GHES releases. */
export const REAL_PAIRS: Record<string, [string, string]> = {
  'api.github.com 22.0.0 → 23.0.2': [
    require.resolve('octokit-openapi-old/generated/api.github.com.json'),
    require.resolve('@octokit/openapi/generated/api.github.com.json'),
  ],
  'ghec 22.0.0 → 23.0.2': [
    require.resolve('octokit-openapi-old/generated/ghec.json'),
    require.resolve('@octokit/openapi/generated/ghec.json'),
  ],
  'ghes-3.18 → ghes-3.19 (23.0.2)': [
    require.resolve('@octokit/openapi/generated/ghes-3.18.json'),
    require.resolve('@octokit/openapi/generated/ghes-3.19.json'),
  ],
};

export const REAL_FIXTURE = new URL('../src/breaking/testing/optic-real.json', import.meta.url);

/** Maps whose keys are names (a property called `description` is not a description). */
const NAMED = new Set([
  'properties',
  'schemas',
  'parameters',
  'responses',
  'examples',
  'headers',
  'securitySchemes',
  'requestBodies',
  'callbacks',
  'links',
  'webhooks',
  'paths',
  'content',
]);
const PROSE = new Set(['description', 'summary', 'example', 'examples', 'externalDocs']);

/** A document without prose, examples and `x-` extensions: what no breaking rule reads. */
function withoutProse(value: unknown, named = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutProse(item));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => named || !(PROSE.has(key) || key.startsWith('x-')))
      .map(([key, item]) => [key, withoutProse(item, !named && NAMED.has(key))]),
  );
}

/**
 * The pair for Optic: prose dropped, and only the paths whose operations changed (references
 * followed) or went away. On the whole 13 MB descriptions Optic takes many minutes; what is left
 * out holds nothing its breaking rules read.
 */
async function changedPathsOnly(
  baseFile: string,
  headFile: string,
  dir: string,
): Promise<[string, string]> {
  const none = { read: async () => undefined };
  const base = withoutProse(JSON.parse(readFileSync(baseFile, 'utf8'))) as {
    paths: Record<string, unknown>;
  };
  const head = withoutProse(JSON.parse(readFileSync(headFile, 'utf8'))) as {
    paths: Record<string, unknown>;
  };
  const changed = changedOperations(
    (await loadSpec('head.json', JSON.stringify(head), none))!,
    await loadSpec('base.json', JSON.stringify(base), none),
  );
  const changedPaths = new Set([...changed].map((key) => key.slice(key.indexOf(' ') + 1)));
  const keep = (path: string) =>
    changedPaths.has(path) || !(path in head.paths) || !(path in base.paths);
  const cut = (document: { paths: Record<string, unknown> }, name: string) => {
    const paths = Object.fromEntries(Object.entries(document.paths).filter(([path]) => keep(path)));
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify({ ...document, paths }));
    console.log(
      `${name}: ${Object.keys(paths).length} of ${Object.keys(document.paths).length} paths`,
    );
    return file;
  };
  return [cut(base, 'base.json'), cut(head, 'head.json')];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const recorded: Record<string, string[]> = {};
  const dir = mkdtempSync(join(tmpdir(), 'flow-optic-'));
  for (const [name, [base, head]] of Object.entries(REAL_PAIRS)) {
    const started = performance.now();
    recorded[name] = [...(await opticKeys(...(await changedPathsOnly(base, head, dir))))].sort();
    console.log(
      `${name}: ${recorded[name]!.length} keys in ${Math.round(performance.now() - started)} ms`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(REAL_FIXTURE, `${JSON.stringify(recorded, null, 2)}\n`);
}
