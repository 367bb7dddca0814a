/**
 * node actions/commit-lint/bench/commit-lint.bench.ts [commits]
 * 10,000 commits of realistic messages on a generated history, linted end to end (range
 * resolution, one git log, parsing, rules, report) by commit-lint with
 * @commitlint/config-conventional, side by side with `commitlint --from --to` on the same range,
 * and the action once more without linting (given-verdicts.ts): the floor under any linter.
 * Wall time swings with the machine's load; the CPU time of the two processes (children such as
 * git included, measured with /usr/bin/time where it exists) is the steadier comparison.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  inputsWithDefaults,
  inputVariable,
  localContext,
  readActionMetadata,
} from '@flow-actions/kit';
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

async function inProcess() {
  const started = performance.now();
  const outcome = await run(
    localContext({
      workspace: dir,
      inputs: inputsWithDefaults(metadata, { from: base, to: head, 'ignore-authors': '' }),
    }),
  );
  const { commits } = outcome.report;
  return {
    ms: performance.now() - started,
    withProblems: commits.filter((c) => c.problems.length).length,
  };
}

interface Timed {
  ms: number;
  cpu: number | undefined;
  status: number | null;
  stdout: string;
}

/** Run a command with its stdout in a file (commitlint exits before a pipe drains), timed. */
function timed(args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const outFile = join(dir, 'stdout.txt');
  const timeFile = join(dir, 'time.txt');
  const time = existsSync('/usr/bin/time');
  const command = time ? '/usr/bin/time' : process.execPath;
  const argv = time ? ['-f', '%U %S', '-o', timeFile, process.execPath, ...args] : args;
  const started = performance.now();
  const result = spawnSync('sh', ['-c', '"$0" "$@" > stdout.txt', command, ...argv], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ms = performance.now() - started;
  const cpu = time
    ? readFileSync(timeFile, 'utf8')
        .trim()
        .split('\n')
        .at(-1)!
        .split(' ')
        .map(Number)
        .reduce((a, b) => a + b, 0) * 1000
    : undefined;
  return { ms, cpu, status: result.status, stdout: readFileSync(outFile, 'utf8') };
}

const runs = [];
for (let index = 0; index < 5; index++) runs.push(await inProcess());
const median = runs.map((r) => r.ms).sort((a, b) => a - b)[2]!;
const best = Math.min(...runs.map((r) => r.ms));

const cli = timed([
  join(root, 'packages/cli/bin/flow-actions.js'),
  'commit-lint',
  '--from',
  base,
  '--to',
  head,
  '--ignore-authors',
  '',
  '--json',
]);
const ours = (JSON.parse(cli.stdout) as { commits: { problems: unknown[] }[] }).commits.filter(
  (c) => c.problems.length,
).length;
// The bundle as the runner starts it, on a workflow_dispatch event naming the range.
const bundle = join(root, 'dist/commit-lint/index.js');
const eventFile = join(dir, 'event.json');
writeFileSync(eventFile, JSON.stringify({ inputs: { from: base, to: head } }));
const actionEnv = {
  ...process.env,
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_EVENT_PATH: eventFile,
  GITHUB_WORKSPACE: dir,
  RUNNER_TEMP: dir,
  ...Object.fromEntries(
    Object.entries(metadata.inputs).map(([name, input]) => [
      inputVariable(name),
      input.default ?? '',
    ]),
  ),
  'INPUT_IGNORE-AUTHORS': '',
};
const action = existsSync(bundle) ? timed([bundle], actionEnv) : undefined;

/**
 * The floor under any linter: bench/given-verdicts.ts bundled as the action is, run the same way
 * with each commit's verdict taken from the action's report, without the time that reading them
 * took. It must write the very same report.
 */
async function givenVerdicts(): Promise<number> {
  const out = join(dir, 'given-verdicts');
  mkdirSync(out);
  const entry = fileURLToPath(new URL('given-verdicts.ts', import.meta.url));
  // Imported here: loading the bundler must not weigh on the runs timed in this process.
  const { bundle: bundleEntry } = await import('../../../scripts/bundle.ts');
  writeFileSync(join(out, 'index.js'), (await bundleEntry(entry)).code);
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
  const report = join(dir, 'flow-actions/commit-lint/run.json');
  const verdicts = join(dir, 'verdicts.json');
  renameSync(report, verdicts);
  const loadFile = join(dir, 'load-ms.txt');
  const floor = timed([join(out, 'index.js')], {
    ...actionEnv,
    FLOW_BENCH_VERDICTS: verdicts,
    FLOW_BENCH_LOAD_MS: loadFile,
  });
  if (readFileSync(report, 'utf8') !== readFileSync(verdicts, 'utf8'))
    throw new Error('given-verdicts wrote another report than the action');
  return floor.ms - Number(readFileSync(loadFile, 'utf8'));
}
const floor = action ? await givenVerdicts() : undefined;
const theirs = timed([
  join(root, 'node_modules/@commitlint/cli/cli.js'),
  '--from',
  base,
  '--to',
  head,
]);
const theirsWithProblems = (theirs.stdout.match(/^⧗ {3}--- input ---$/gm) ?? []).length;

const cell = (value: number | undefined) =>
  (value === undefined ? '-' : value.toFixed(0)).padStart(8);
const row = (name: string, ms: number, cpu: number | undefined, note: string) =>
  `| ${name.padEnd(38)} | ${cell(ms)} | ${cell(cpu)} | ${note}`;
console.log(
  `${count} commits, @commitlint/config-conventional, range ${base.slice(0, 7)}..${head.slice(0, 7)}\n`,
);
console.log(`| ${'run'.padEnd(38)} | ${'wall ms'.padStart(8)} | ${'cpu ms'.padStart(8)} | notes`);
console.log(`| ${'-'.repeat(38)} | ${'-'.repeat(8)} | ${'-'.repeat(8)} | -----`);
console.log(
  row(
    'commit-lint, in process (median of 5)',
    median,
    undefined,
    `first (cold) ${runs[0]!.ms.toFixed(0)} ms, best ${best.toFixed(0)} ms; ${runs[0]!.withProblems} commits with problems`,
  ),
);
console.log(
  row(
    'commit-lint CLI (node start included)',
    cli.ms,
    cli.cpu,
    `exit ${cli.status}; ${ours} commits with problems`,
  ),
);
if (action)
  console.log(
    row('commit-lint action bundle (dist)', action.ms, action.cpu, `exit ${action.status}`),
  );
if (floor !== undefined)
  console.log(
    row(
      'action bundle, each verdict given',
      floor,
      undefined,
      'no linting: the floor under any linter (bench/given-verdicts.ts)',
    ),
  );
console.log(
  row(
    'commitlint --from --to',
    theirs.ms,
    theirs.cpu,
    `exit ${theirs.status}; ${theirsWithProblems} commits with problems`,
  ),
);
const ratio = (a: number | undefined, b: number | undefined) =>
  a && b ? `${(a / b).toFixed(1)}x` : '-';
console.log(
  `\nfaster than commitlint, wall: ${ratio(theirs.ms, median)} in process (${ratio(theirs.ms, runs[0]!.ms)} its first run), ${ratio(theirs.ms, action?.ms)} action bundle, ${ratio(theirs.ms, cli.ms)} CLI`,
);
if (floor !== undefined)
  console.log(
    `20x commitlint is ${(theirs.ms / 20).toFixed(0)} ms; the action without linting takes ${floor.toFixed(0)} ms, at most ${ratio(theirs.ms, floor)} faster`,
  );
console.log(
  `faster than commitlint, cpu: ${ratio(theirs.cpu, action?.cpu)} action bundle, ${ratio(theirs.cpu, cli.cpu)} CLI`,
);
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} on ${(await import('node:os')).cpus().length} cores`,
);
rmSync(dir, { recursive: true, force: true });
