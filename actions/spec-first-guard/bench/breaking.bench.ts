/**
 * node actions/spec-first-guard/bench/breaking.bench.ts [runs]
 * Compares two majors of GitHub's REST description (@octokit/openapi 22.0.0 and 23.0.2, 13 MB of
 * JSON each) for breaking changes: both parsed, `$ref`s loaded, every operation compared.
 * Target: under 2 s of CPU time (on a busy shared machine, wall time measures the other processes
 * as much as this one); wall time is reported beside it.
 */
import { readFileSync } from 'node:fs';
import { REAL_PAIRS } from '../scripts/peer-breaking.ts';
import { compareSpecs } from '../src/breaking/compare.ts';
import { loadSpec } from '../src/openapi/lint.ts';

const TARGET_MS = 2000;
const [baseFile, headFile] = REAL_PAIRS['api.github.com 22.0.0 → 23.0.2']!;
const runs = Number(process.argv[2] ?? 5);
const none = { read: async () => undefined };

async function diff(): Promise<number> {
  const base = await loadSpec('base.json', readFileSync(baseFile!, 'utf8'), none);
  const head = await loadSpec('head.json', readFileSync(headFile!, 'utf8'), none);
  return compareSpecs(base!, head!).length;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const walls: number[] = [];
const cpus: number[] = [];
let changes = 0;
for (let run = 0; run < runs; run++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  changes = await diff();
  walls.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpus.push((used.user + used.system) / 1000);
}
const wall = median(walls);
const cpu = median(cpus);
console.log(
  `breaking changes, api.github.com 22.0.0 → 23.0.2 (2 × 13 MB): ${changes} changes; ` +
    `median ${Math.round(wall)} ms wall, ${Math.round(cpu)} ms CPU over ${runs} runs ` +
    `(first ${Math.round(walls[0]!)} ms); target < ${TARGET_MS} ms CPU: ${cpu < TARGET_MS ? 'met' : 'NOT met'}`,
);
