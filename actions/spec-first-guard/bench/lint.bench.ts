/**
 * node actions/spec-first-guard/bench/lint.bench.ts [runs]
 * Lints GitHub's full REST description (@octokit/openapi, ~1,200 operations, 13 MB of JSON) from
 * the file: our whole lint (JSON Schema validation, $refs, every completeness rule), our run of the
 * five rules we share with Redocly, and Redocly's run of those five rules, side by side.
 * Targets: the whole lint under 3 s; the shared rules at least 5x faster than Redocly's (CPU time:
 * on a busy shared machine wall time measures the other processes as much as the linters).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  loadOurs,
  ourKeys,
  PEER_NAME,
  peerFindings,
  PUBLIC_DOCUMENTS,
} from '../scripts/peer-linter.ts';
import { OVERLAPPING_RULES } from '../src/openapi/completeness.ts';
import { lintSpec, type LintOptions } from '../src/openapi/lint.ts';

const file = PUBLIC_DOCUMENTS['api.github.com.json']!;
const runs = Number(process.argv[2] ?? 7);

async function ours(
  options: LintOptions,
): Promise<{ operations: number; findings: number; keys: string[] }> {
  const documents = await loadOurs(dirname(file), basename(file));
  const result = lintSpec(documents, options);
  return {
    operations: result.operations.length,
    findings: result.findings.length,
    keys: ourKeys(result.findings, documents),
  };
}

interface Measured<T> {
  first: number;
  median: number;
  cpu: number;
  result: T;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Runs the contenders in turns (a, b, c, a, b, c, ...), so on a shared machine a busy moment
 * slows all of them alike; reports wall and CPU time medians (CPU time is what another
 * process's load disturbs least).
 */
async function measure<T extends unknown[]>(
  runs: number,
  contenders: { [K in keyof T]: () => Promise<T[K]> },
): Promise<{ [K in keyof T]: Measured<T[K]> }> {
  const walls = contenders.map(() => [] as number[]);
  const cpus = contenders.map(() => [] as number[]);
  const results: unknown[] = [];
  for (let round = 0; round < runs; round++) {
    for (const [index, run] of contenders.entries()) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      results[index] = await run();
      walls[index]!.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpus[index]!.push((used.user + used.system) / 1000);
    }
  }
  return contenders.map((_, index) => ({
    first: walls[index]![0]!,
    median: median(walls[index]!),
    cpu: median(cpus[index]!),
    result: results[index],
  })) as { [K in keyof T]: Measured<T[K]> };
}

const [full, shared, peer] = await measure(runs, [
  () => ours({}),
  () => ours({ rules: new Set(OVERLAPPING_RULES), structure: false }),
  async () =>
    peerFindings(dirname(file), basename(file), await loadOurs(dirname(file), basename(file))),
]);

const rows: [string, Measured<unknown>, string, number][] = [
  [
    'spec-first-guard, every rule + schema + $refs',
    full,
    String(full.result.operations),
    full.result.findings,
  ],
  [
    'spec-first-guard, the 5 shared rules',
    shared,
    String(shared.result.operations),
    shared.result.keys.length,
  ],
  [`${PEER_NAME}, the 5 shared rules`, peer, '', peer.result.length],
];
const size = (readFileSync(file).length / 1e6).toFixed(1);
console.log(`GitHub REST description (${size} MB), ${runs} rounds, times in ms\n`);
const columns = ['ops', 'findings', 'first', 'median', 'cpu'];
console.log(`${'linter'.padEnd(50)} ${columns.map((name) => name.padStart(8)).join(' ')}`);
for (const [name, measured, operations, findings] of rows) {
  const cells = [
    operations,
    String(findings),
    ...[measured.first, measured.median, measured.cpu].map((ms) => ms.toFixed(0)),
  ];
  console.log(`${name.padEnd(50)} ${cells.map((cell) => cell.padStart(8)).join(' ')}`);
}
const speedup = peer.median / shared.median;
const cpuSpeedup = peer.cpu / shared.cpu;
const same =
  JSON.stringify([...shared.result.keys].sort()) === JSON.stringify([...peer.result].sort());
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
console.log(
  `\nwhole lint: median ${full.median.toFixed(0)} ms (target < 3000 ms): ${verdict(full.median < 3000)}`,
);
// On a shared machine wall time mostly measures the other processes; CPU time is the verdict.
console.log(
  `shared rules: ${cpuSpeedup.toFixed(1)}x faster than Redocly by CPU time (target >= 5x): ${verdict(cpuSpeedup >= 5)}; ${speedup.toFixed(1)}x by wall time`,
);
console.log(`shared rules: same findings as Redocly: ${same ? 'yes' : 'NO'}`);
