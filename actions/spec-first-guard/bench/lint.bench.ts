/**
 * node actions/spec-first-guard/bench/lint.bench.ts [runs]
 * Lints GitHub's full REST description (@octokit/openapi, ~1,200 operations, 13 MB of JSON) from
 * the file: our whole lint (JSON Schema validation, $refs, every completeness rule), our run of the
 * five rules we share with Redocly, and Redocly's run of those five rules, side by side.
 * Targets: the whole lint under 3 s; the shared rules at least 5x faster than Redocly's.
 */
import { readFileSync } from 'node:fs';
import {
  ourKeys,
  PEER_NAME,
  PEER_RULES,
  peerFindings,
  PUBLIC_DOCUMENTS,
} from '../scripts/peer-linter.ts';
import { lintSpec, loadSpec, type LintOptions } from '../src/openapi/lint.ts';

const file = PUBLIC_DOCUMENTS['api.github.com.json']!;
const runs = Number(process.argv[2] ?? 5);
const noFiles = { read: async () => undefined };

async function ours(
  options: LintOptions,
): Promise<{ operations: number; findings: number; keys: string[] }> {
  const documents = await loadSpec(file, readFileSync(file, 'utf8'), noFiles);
  const result = lintSpec(documents!, options);
  return {
    operations: result.operations.length,
    findings: result.findings.length,
    keys: ourKeys(result.findings),
  };
}

async function measure<T>(
  run: () => Promise<T>,
): Promise<{ first: number; median: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { first: times[0]!, median: sorted[Math.floor(sorted.length / 2)]!, result: result! };
}

const full = await measure(() => ours({}));
const shared = await measure(() => ours({ rules: new Set(PEER_RULES), structure: false }));
const peer = await measure(() => peerFindings(file));

const rows = [
  [
    'spec-first-guard, every rule + schema + $refs',
    full.result.operations,
    full.result.findings,
    full.first,
    full.median,
  ],
  [
    'spec-first-guard, the 5 shared rules',
    shared.result.operations,
    shared.result.keys.length,
    shared.first,
    shared.median,
  ],
  [`${PEER_NAME}, the 5 shared rules`, '', peer.result.length, peer.first, peer.median],
] as const;
console.log(
  `GitHub REST description (${(readFileSync(file).length / 1e6).toFixed(1)} MB), ${runs} runs each, times in ms\n`,
);
console.log(
  `${'linter'.padEnd(50)} ${'ops'.padStart(5)} ${'findings'.padStart(9)} ${'first'.padStart(7)} ${'median'.padStart(7)}`,
);
for (const [name, operations, findings, first, median] of rows) {
  console.log(
    `${name.padEnd(50)} ${String(operations).padStart(5)} ${String(findings).padStart(9)} ${first.toFixed(0).padStart(7)} ${median.toFixed(0).padStart(7)}`,
  );
}
const speedup = peer.median / shared.median;
const same =
  JSON.stringify([...shared.result.keys].sort()) === JSON.stringify([...peer.result].sort());
console.log(
  `\nwhole lint: ${full.median.toFixed(0)} ms (target < 3000 ms): ${full.median < 3000 ? 'ok' : 'MISSED'}`,
);
console.log(
  `shared rules: ${speedup.toFixed(1)}x faster than Redocly (target >= 5x): ${speedup >= 5 ? 'ok' : 'MISSED'}`,
);
console.log(`shared rules: same findings as Redocly: ${same ? 'yes' : 'NO'}`);
