/**
 * The peer linter for the differential test and the benchmark: Redocly's openapi-core, in-process,
 * with the five rules our completeness lint shares with its recommended ruleset. Its problems and
 * ours become the same keys, "rule OPERATION", where OPERATION is our operation key: a Redocly
 * problem belongs to the operation whose object (in whichever file holds it) contains its location.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import type { Finding } from '@flow-actions/kit';
import { OVERLAPPING_RULES } from '../src/openapi/completeness.ts';
import { listOperations, operationKey } from '../src/openapi/operations.ts';
import { loadSpec } from '../src/openapi/lint.ts';
import type { DocumentSet, FileSource } from '../src/openapi/refs.ts';

const require = createRequire(import.meta.url);

/** Public OpenAPI documents that npm packages ship, one file each. */
export const PUBLIC_DOCUMENTS: Record<string, string> = {
  'api.github.com.json': require.resolve('@octokit/openapi/generated/api.github.com.json'),
  'blockfrost (yaml)': require.resolve('@blockfrost/openapi/openapi.yaml'),
  'shipengine (yaml)': require.resolve('shipengine-openapi/openapi.yaml'),
  'petstore 3.0 (json)': require.resolve('@readme/oas-examples/3.0/json/petstore.json'),
  'petstore-expanded 3.0 (json)':
    require.resolve('@readme/oas-examples/3.0/json/petstore-expanded.json'),
  'petstore 3.1 (yaml)': require.resolve('@readme/oas-examples/3.1/yaml/petstore.yaml'),
  'security 3.1 (json)': require.resolve('@readme/oas-examples/3.1/json/security.json'),
  'callbacks 3.0 (json)': require.resolve('@readme/oas-examples/3.0/json/callbacks.json'),
  'webhooks 3.1 (json)': require.resolve('@readme/oas-examples/3.1/json/webhooks.json'),
};

const peerPackage = join(dirname(require.resolve('@redocly/openapi-core')), '..', 'package.json');
export const PEER_NAME = `@redocly/openapi-core ${(JSON.parse(readFileSync(peerPackage, 'utf8')) as { version: string }).version}`;

const config = createConfig({
  rules: Object.fromEntries(OVERLAPPING_RULES.map((rule) => [rule, 'error'])),
});

/** Files under a folder, by path relative to it, as the action reads a commit's files. */
export function folderSource(folder: string): FileSource {
  return { read: (path) => readFile(join(folder, path), 'utf8').catch(() => undefined) };
}

/** A spec file (relative to `folder`) and every file its `$ref`s reach, loaded our way. */
export async function loadOurs(folder: string, file: string): Promise<DocumentSet> {
  const source = folderSource(folder);
  const documents = await loadSpec(file, (await source.read(file))!, source);
  if (!documents) throw new Error(`${file} is not an OpenAPI 3 document`);
  return documents;
}

/** "There is no `x` security scheme defined" and "no security at all" are different findings. */
function kindOf(rule: string, message: string): string {
  if (rule !== 'security-defined') return rule;
  return /There is no `|is not defined/.test(message)
    ? 'security-defined:undefined-scheme'
    : 'security-defined';
}

const encode = (segment: string | number) =>
  String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/** Redocly's problems as keys, each given to the operation whose object holds its location. */
export async function peerFindings(
  folder: string,
  file: string,
  documents: DocumentSet,
): Promise<string[]> {
  const owners = new Map<string, string>();
  for (const operation of listOperations(documents)) {
    const pointer = operation.pointer.map((segment) => `/${encode(segment)}`).join('');
    owners.set(`${operation.file}#${pointer}`, operationKey(operation));
  }
  const ownerOf = (path: string, pointer: string) => {
    for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
      const owner = owners.get(`${path}${at}`);
      if (owner || at.length <= 1) return owner;
    }
  };
  const problems = await lint({ ref: join(folder, file), config: await config });
  return problems.flatMap((problem) => {
    const location = problem.location[0];
    if (!location) return [];
    const path = relative(folder, location.source.absoluteRef).split(sep).join('/');
    const owner = ownerOf(path, decodeURI(location.pointer ?? '#'));
    return owner ? [`${kindOf(problem.ruleId, problem.message)} ${owner}`] : [];
  });
}

/** Our findings of the shared rules as the same keys. */
export function ourKeys(findings: readonly Finding[], documents: DocumentSet): string[] {
  const keys = listOperations(documents)
    .map((operation) => operationKey(operation))
    .sort((a, b) => b.length - a.length);
  return findings.flatMap((finding) => {
    if (!(OVERLAPPING_RULES as readonly string[]).includes(finding.rule)) return [];
    const key = keys.find((candidate) => finding.message.startsWith(`${candidate}: `));
    if (!key) return [];
    return [`${kindOf(finding.rule, finding.message.slice(key.length + 2))} ${key}`];
  });
}
