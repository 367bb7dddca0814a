/**
 * node actions/commit-lint/bench/commit-lint.bench.ts [commits]
 * 10,000 commits of realistic messages on a generated history, linted end to end (range
 * resolution, git rev-list + cat-file, parsing, rules, report) by commit-lint with
 * @commitlint/config-conventional, side by side with `commitlint --from --to` on the same range.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapInputs, memoryState, readActionMetadata, silentLogger } from '@flow-actions/kit';
import { run } from '../src/run.ts';
import { messageCorpus } from '../src/testing/corpus.ts';
import { writeHistory } from '../src/testing/history.ts';

const count = Number(process.argv[2] ?? 10_000);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'flow-commit-lint-bench-'));
execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
writeFileSync(
  join(dir, '.commitlintrc.json'),
  JSON.stringify({ extends: ['@commitlint/config-conventional'] }),
);
const base = writeHistory(dir, [{ message: 'chore: start\n' }]);
const head = writeHistory(dir, messageCorpus(count));

const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
const defaults = Object.fromEntries(
  Object.entries(metadata.inputs).map(([name, input]) => [name, input.default]),
);

async function ours() {
  const started = performance.now();
  const outcome = await run({
    mode: 'cli',
    inputs: mapInputs({ ...defaults, from: base, to: head, 'ignore-authors': '' }),
    workspace: dir,
    event: undefined,
    env: {},
    tempDir: tmpdir(),
    log: silentLogger,
    state: memoryState(),
  });
  const { commits } = outcome.report;
  return {
    ms: performance.now() - started,
    withProblems: commits.filter((c) => c.problems.length).length,
    commits: commits.length,
  };
}

const runs = [];
for (let index = 0; index < 5; index++) runs.push(await ours());
const best = Math.min(...runs.map((r) => r.ms));
const median = runs.map((r) => r.ms).sort((a, b) => a - b)[2]!;

const cliStarted = performance.now();
const cli = spawnSync(
  process.execPath,
  [
    join(root, 'packages/cli/bin/flow-actions.js'),
    'commit-lint',
    '--from',
    base,
    '--to',
    head,
    '--ignore-authors',
    '',
    '--json',
  ],
  {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  },
);
const cliMs = performance.now() - cliStarted;

// commitlint exits before a pipe drains: its report goes to a file, so all of it is counted.
const reportFile = join(dir, 'commitlint.txt');
const out = openSync(reportFile, 'w');
const theirsStarted = performance.now();
const theirs = spawnSync(
  process.execPath,
  [join(root, 'node_modules/@commitlint/cli/cli.js'), '--from', base, '--to', head],
  {
    cwd: dir,
    stdio: ['ignore', out, 'inherit'],
  },
);
const theirsMs = performance.now() - theirsStarted;
closeSync(out);
const theirsWithProblems = (readFileSync(reportFile, 'utf8').match(/^⧗ {3}--- input ---$/gm) ?? [])
  .length;

const row = (name: string, ms: number, note: string) =>
  `| ${name.padEnd(44)} | ${ms.toFixed(0).padStart(8)} | ${note}`;
console.log(
  `${count} commits, @commitlint/config-conventional, one range ${base.slice(0, 7)}..${head.slice(0, 7)}\n`,
);
console.log(`| ${'run'.padEnd(44)} | ${'ms'.padStart(8)} | notes`);
console.log(`| ${'-'.repeat(44)} | ${'-'.repeat(8)} | -----`);
console.log(
  row(
    'commit-lint in process (median of 5)',
    median,
    `best ${best.toFixed(0)} ms; ${runs[0]!.commits} commits, ${runs[0]!.withProblems} with problems`,
  ),
);
console.log(row('commit-lint CLI process (node start included)', cliMs, `exit ${cli.status}`));
console.log(
  row(
    'commitlint --from --to',
    theirsMs,
    `exit ${theirs.status}; ${theirsWithProblems} with problems`,
  ),
);
console.log(
  `\nspeed-up: ${(theirsMs / median).toFixed(1)}x in process, ${(theirsMs / cliMs).toFixed(1)}x process to process`,
);
console.log(
  `under 1 s end to end: ${median < 1000 ? 'yes' : 'NO'}; at least 20x faster: ${theirsMs / median >= 20 ? 'yes' : 'NO'}`,
);
rmSync(dir, { recursive: true, force: true });
