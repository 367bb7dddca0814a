/**
 * node actions/commit-lint/bench/pull-request.bench.ts
 * What a pull request costs: 20 commits on a branch, a .commitlintrc.json that extends
 * @commitlint/config-conventional, installed in node_modules and resolved from there by each tool
 * (commitlint loads the package; commit-lint reads its version, and has version 21's rules built
 * in). Every run is a fresh process with no compile cache (cold), alternating between the tools;
 * the median of 5 each. Then where the time goes: Node's start, loading each tool, its
 * configuration, and git.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputVariable, readActionMetadata } from '@flow-actions/kit';
import { messageCorpus, SPECIAL } from '../src/testing/corpus.ts';
import { writeHistory } from '../src/testing/history.ts';

const RUNS = 5;
const COMMITS = 20;
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'flow-commit-lint-pr-bench-'));
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'main');
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
writeFileSync(
  join(dir, '.commitlintrc.json'),
  JSON.stringify({ extends: ['@commitlint/config-conventional'] }),
);
writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
const base = writeHistory(dir, [{ message: 'chore: start\n' }]);
git('checkout', '-q', '-b', 'feature/login');
// A pull request's commits as people write them: the generated messages that follow the corpus's
// special cases (merges, fixups, version bumps), which a linter skips.
const head = writeHistory(dir, messageCorpus(SPECIAL.length + COMMITS).slice(SPECIAL.length));

const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
const eventFile = join(dir, 'event.json');
writeFileSync(
  eventFile,
  JSON.stringify({
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      title: 'feat: add the login form',
      commits: COMMITS, // GitHub counts the pull request's commits in its events
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: 'feature/login' },
    },
    repository: { full_name: 'o/r', default_branch: 'main' },
  }),
);
const runnerTemp = mkdtempSync(join(tmpdir(), 'flow-commit-lint-pr-runner-'));
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(NODE_COMPILE_CACHE|INPUT_)/.test(name)),
);
const coldEnv = { ...cleanEnv, NODE_DISABLE_COMPILE_CACHE: '1' };
const actionEnv = {
  ...coldEnv,
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventFile,
  GITHUB_WORKSPACE: dir,
  RUNNER_TEMP: runnerTemp,
  GITHUB_OUTPUT: join(runnerTemp, 'output'),
  GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
  ...Object.fromEntries(
    Object.entries(metadata.inputs).map(([name, input]) => [
      inputVariable(name),
      input.default ?? '',
    ]),
  ),
};

/** perf stat counts CPU time to the microsecond; /usr/bin/time in 10 ms steps, where perf is missing. */
const PERF =
  spawnSync('perf', ['stat', '-e', 'task-clock', '-o', '/dev/null', 'true'], { stdio: 'ignore' })
    .status === 0;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const timeFile = join(runnerTemp, 'time.txt');

/**
 * Wall and CPU time (user + system, children such as git included) of one fresh process, in ms,
 * and its exit status. On a loaded machine the CPU time is the steadier of the two.
 */
function once(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): [number, number, number | null] {
  const [tool, argv] = PERF
    ? ['perf', ['stat', '-e', 'task-clock', '-o', timeFile, command, ...args]]
    : TIME
      ? [TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]]
      : [command, args];
  const started = performance.now();
  const result = spawnSync(tool, argv, { cwd: dir, env, stdio: 'ignore' });
  let wall = performance.now() - started;
  let cpu = Number.NaN;
  const report = PERF || TIME ? readFileSync(timeFile, 'utf8') : '';
  if (PERF) {
    // perf's own start is left out: it times the command alone.
    cpu = Number(/([\d.]+) msec task-clock/.exec(report)![1]);
    wall = Number(/([\d.]+) seconds time elapsed/.exec(report)![1]) * 1000;
  } else if (TIME) {
    const [user, system] = report.trim().split('\n').at(-1)!.split(' ').map(Number);
    cpu = (user! + system!) * 1000;
  }
  return [wall, cpu, result.status];
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const node = process.execPath;
const bundle = join(root, 'dist/commit-lint/index.js');
if (!existsSync(bundle)) throw new Error(`${bundle} is missing: npm run build first`);
const cliBundle = join(root, 'dist/cli/index.js');
const tools: Record<string, [string, string[], NodeJS.ProcessEnv]> = {
  'commit-lint action bundle (pull_request)': [node, [bundle], actionEnv],
  ...(existsSync(cliBundle)
    ? {
        'commit-lint CLI --from --to': [
          node,
          [cliBundle, 'commit-lint', '--from', base, '--to', head],
          coldEnv,
        ] as [string, string[], NodeJS.ProcessEnv],
      }
    : {}),
  'commitlint --from --to': [
    node,
    [join(root, 'node_modules/@commitlint/cli/cli.js'), '--from', base, '--to', head],
    coldEnv,
  ],
};
const times: Record<string, number[]> = Object.fromEntries(
  Object.keys(tools).map((name) => [name, []]),
);
const cpus: Record<string, number[]> = Object.fromEntries(
  Object.keys(tools).map((name) => [name, []]),
);
const statuses: Record<string, Set<number | null>> = Object.fromEntries(
  Object.keys(tools).map((name) => [name, new Set()]),
);
for (let run = 0; run < RUNS; run++) {
  for (const [name, [command, args, env]] of Object.entries(tools)) {
    const [ms, cpu, status] = once(command, args, env);
    times[name]!.push(ms);
    cpus[name]!.push(cpu);
    statuses[name]!.add(status);
  }
}

/** Where the time goes: each part alone, median of 5 fresh processes. */
function part(args: string[], env: NodeJS.ProcessEnv = coldEnv, command = node): [number, number] {
  const runs = Array.from({ length: RUNS }, () => once(command, args, env));
  return [median(runs.map((run) => run[0])), median(runs.map((run) => run[1]))];
}
const parts: [string, [number, number]][] = [
  ['node: start and exit', part(['-e', '0'])],
  [
    'commit-lint: + load, compile the bundle, read inputs (bad input: stop)',
    part([bundle], { ...actionEnv, 'INPUT_PR-TITLE': 'maybe' }),
  ],
  [
    'commit-lint: + find, load the configuration (nothing to check: stop)',
    part([bundle], { ...actionEnv, INPUT_COMMITS: 'false', 'INPUT_PR-TITLE': 'false' }),
  ],
  [
    'commit-lint: the git it runs (one log of head, which meets base)',
    part(
      [
        '-c',
        `git log -z -n ${COMMITS + 1} --format=%m%x01%H%x01%P%x01%an%x01%ae%x01%cn%x01%ce%x01%ct%x01%B ${head} >/dev/null`,
      ],
      coldEnv,
      'sh',
    ),
  ],
  [
    'commitlint: start and load its modules (@commitlint/cli imported)',
    part([
      '-e',
      `import(${JSON.stringify(join(root, 'node_modules/@commitlint/cli/lib/cli.js'))}).catch(() => 0).then(() => process.exit(0))`,
    ]),
  ],
  [
    'commitlint: load + config resolution (@commitlint/load of the file)',
    part([
      '--input-type=module',
      '-e',
      `const { default: load } = await import(${JSON.stringify(join(root, 'node_modules/@commitlint/load/lib/load.js'))}); await load({}, { cwd: ${JSON.stringify(dir)} });`,
    ]),
  ],
];

const row = (name: string, ms: number, cpu: number, note = '') =>
  `| ${name.padEnd(72)} | ${ms.toFixed(0).padStart(7)} | ${cpu.toFixed(0).padStart(7)} | ${note}`;
console.log(
  `pull request of ${COMMITS} commits, .commitlintrc.json extends @commitlint/config-conventional; ${RUNS} cold runs each, alternating\n`,
);
console.log(
  `| ${'run'.padEnd(72)} | ${'wall ms'.padStart(7)} | ${'cpu ms'.padStart(7)} | wall of each run`,
);
console.log(`| ${'-'.repeat(72)} | ${'-'.repeat(7)} | ${'-'.repeat(7)} | ---------`);
for (const [name, values] of Object.entries(times))
  console.log(
    row(
      name,
      median(values),
      median(cpus[name]!),
      `${values.map((v) => v.toFixed(0)).join(' ')}; exit ${[...statuses[name]!].join(',')}`,
    ),
  );
const theirs = 'commitlint --from --to';
for (const name of Object.keys(tools).filter((name) => name !== theirs))
  console.log(
    `\n${name}: ${(median(times[theirs]!) / median(times[name]!)).toFixed(1)}x faster than commitlint (wall), ${(median(cpus[theirs]!) / median(cpus[name]!)).toFixed(1)}x (cpu)`,
  );
console.log('\nwhere the time goes (median of 5 fresh processes each)\n');
for (const [name, [ms, cpu]] of parts) console.log(row(name, ms, cpu));
console.log(
  `\nload average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
rmSync(dir, { recursive: true, force: true });
rmSync(runnerTemp, { recursive: true, force: true });
