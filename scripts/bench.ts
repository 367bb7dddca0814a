/**
 * npm run bench [-- NAME...]: the foundation's numbers (bundle size against the 1.5 MB budget,
 * start-up of a run that parses its inputs and exits against 300 ms), then every action's own
 * benchmarks (actions/<name>/bench/*.bench.ts), one after another so they do not share the CPU.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputVariable } from '@flow-actions/kit';
import { listActions, repoRoot } from './actions.ts';
import { BUNDLE_BUDGET_BYTES } from './bundle.ts';

const STARTUP_BUDGET_MS = 300;
const RUNS = 7;

const wanted = process.argv.slice(2);
const actions = listActions().filter(
  (action) => wanted.length === 0 || wanted.includes(action.name),
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time of the bundle on an empty workspace with a bad boolean: it parses inputs and exits. */
function startupMs(name: string, booleanInput: string | undefined): number {
  const workspace = mkdtempSync(join(tmpdir(), 'flow-bench-'));
  const env = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace };
  if (booleanInput) Object.assign(env, { [inputVariable(booleanInput)]: 'not-a-boolean' });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    spawnSync(process.execPath, [join(repoRoot, 'dist', name, 'index.js')], {
      cwd: workspace,
      env,
      stdio: 'ignore',
    });
    times.push(performance.now() - start);
  }
  rmSync(workspace, { recursive: true, force: true });
  return median(times);
}

console.log(`node ${process.version}, ${RUNS} runs each, median\n`);
console.log('action                 index.js      budget   start-up   budget');
for (const action of actions) {
  const bundle = join(repoRoot, 'dist', action.name, 'index.js');
  if (!existsSync(bundle)) continue;
  const size = statSync(bundle).size;
  const booleanInput = Object.entries(action.metadata.inputs).find(([, input]) =>
    /^(true|false)$/.test(input.default ?? ''),
  )?.[0];
  const ms = startupMs(action.name, booleanInput);
  console.log(
    `${action.name.padEnd(22)} ${(size / 1024 / 1024).toFixed(2).padStart(6)} MB  ${size <= BUNDLE_BUDGET_BYTES ? 'ok  ' : 'OVER'}   ${ms.toFixed(0).padStart(5)} ms   ${ms <= STARTUP_BUDGET_MS ? 'ok' : 'OVER'}`,
  );
}

for (const action of actions) {
  const benchDir = join(action.dir, 'bench');
  if (!existsSync(benchDir)) continue;
  for (const file of readdirSync(benchDir)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort()) {
    console.log(`\n== ${action.name}/bench/${file}`);
    const result = spawnSync(process.execPath, [join(benchDir, file)], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (result.status !== 0) process.exitCode = 1;
  }
}
