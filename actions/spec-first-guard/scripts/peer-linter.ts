/**
 * The peer linter for the differential test and the benchmark: Redocly's openapi-core, in-process,
 * with the five rules our completeness lint shares with its recommended ruleset. Its problems and
 * ours become the same keys, "rule METHOD /path", for operations under `paths`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import type { Finding } from '@flow-actions/kit';
import { OVERLAPPING_RULES } from '../src/openapi/completeness.ts';

const require = createRequire(import.meta.url);

/** Public OpenAPI documents that npm packages ship: GitHub's REST description and the Petstores. */
export const PUBLIC_DOCUMENTS: Record<string, string> = {
  'api.github.com.json': require.resolve('@octokit/openapi/generated/api.github.com.json'),
  'petstore 3.0 (json)': require.resolve('@readme/oas-examples/3.0/json/petstore.json'),
  'petstore-expanded 3.0 (json)':
    require.resolve('@readme/oas-examples/3.0/json/petstore-expanded.json'),
  'petstore 3.1 (yaml)': require.resolve('@readme/oas-examples/3.1/yaml/petstore.yaml'),
  'security 3.1 (json)': require.resolve('@readme/oas-examples/3.1/json/security.json'),
};

const peerPackage = join(dirname(require.resolve('@redocly/openapi-core')), '..', 'package.json');
export const PEER_NAME = `@redocly/openapi-core ${(JSON.parse(readFileSync(peerPackage, 'utf8')) as { version: string }).version}`;

const config = createConfig({
  rules: Object.fromEntries(OVERLAPPING_RULES.map((rule) => [rule, 'error'])),
});

/** `#/paths/~1pets~1{id}/get/...` → `GET /pets/{id}`; problems elsewhere (webhooks, root) → undefined. */
function operationOf(pointer: string): string | undefined {
  const match = /^#\/paths\/([^/]+)\/(get|put|post|delete|options|head|patch|trace)(?:\/|$)/.exec(
    pointer,
  );
  if (!match) return undefined;
  const path = decodeURIComponent(match[1]!).replace(/~1/g, '/').replace(/~0/g, '~');
  return `${match[2]!.toUpperCase()} ${path}`;
}

/** "There is no `x` security scheme defined" and "no security at all" are different findings. */
function kindOf(rule: string, message: string): string {
  if (rule !== 'security-defined') return rule;
  return /There is no `|is not defined/.test(message)
    ? 'security-defined:undefined-scheme'
    : 'security-defined';
}

export async function peerFindings(file: string): Promise<string[]> {
  const problems = await lint({ ref: file, config: await config });
  return problems.flatMap((problem) => {
    const operation = operationOf(problem.location[0]?.pointer ?? '');
    return operation ? [`${kindOf(problem.ruleId, problem.message)} ${operation}`] : [];
  });
}

/**
 * Our findings as the same keys. Our 4xx rule also asks for a schema on a 4xx response, which
 * Redocly's does not: only "has no 4xx response" overlaps.
 */
export function ourKeys(findings: readonly Finding[]): string[] {
  return findings.flatMap((finding) => {
    const match = /^([A-Z]+ \S+): (.*)$/.exec(finding.message);
    if (!match || !(OVERLAPPING_RULES as readonly string[]).includes(finding.rule)) return [];
    if (finding.rule === 'operation-4xx-response' && match[2] !== 'has no 4xx response') return [];
    return [`${kindOf(finding.rule, match[2]!)} ${match[1]}`];
  });
}
