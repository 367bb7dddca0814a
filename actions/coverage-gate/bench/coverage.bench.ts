/**
 * npm run build -- coverage-gate && node actions/coverage-gate/bench/coverage.bench.ts
 *
 * 1. A generated lcov report of about 100 MB (48,408 files, 7.46 M lines, absolute paths of
 *    another machine) parsed, mapped onto a checkout holding all 48,408 files and gated (thresholds, packages, summary, JSON report) by the built
 *    action, dist/coverage-gate/index.js, run as the runner runs it; its wall and CPU time and
 *    peak RSS (GNU time), medians of 5 runs, side by side with `lcov --summary` on the same file.
 * 2. Patch coverage over a 5,000-file diff: `git diff -U0` of the pull request plus the mapping of
 *    its changed lines onto coverage.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changedLines } from '@flow-actions/git';
import { FileCoverage } from '../src/model.ts';
import { patchCoverage } from '../src/patch.ts';

/** The shape of issue #20: 48,408 files, 7.46 M lines, about 100 MB, every file in the checkout. */
const FILES = 48_408;
const LINES_PER_FILE = 154;
const FUNCTIONS = 4;
const BRANCHES = 8;
const PATCH_FILES = 5_000;
/** Runs of the action on the report: medians are shown (lcov --summary, 20 s, runs once). */
const GATE_RUNS = 5;
const git = (cwd: string, args: string[], input?: string) =>
  execFileSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30 });

function pathOf(index: number): string {
  return `services/svc-${index % 60}/pkg-${Math.floor(index / 60) % 50}/module-${index}.ts`;
}

/** An lcov report as Istanbul writes it, with absolute paths from another machine's checkout. */
async function writeLcov(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let index = 0; index < FILES; index++) {
    const lines: string[] = ['TN:', `SF:/home/runner/work/other/checkout/${pathOf(index)}`];
    for (let fn = 0; fn < FUNCTIONS; fn++)
      lines.push(`FN:${fn * 20 + 1},function_${fn}_of_module_${index}`);
    for (let fn = 0; fn < FUNCTIONS; fn++)
      lines.push(`FNDA:${(fn + index) % 3 === 0 ? 0 : fn * 7},function_${fn}_of_module_${index}`);
    lines.push(`FNF:${FUNCTIONS}`, 'FNH:2');
    for (let branch = 0; branch < BRANCHES; branch++) {
      lines.push(
        `BRDA:${branch * 5 + 3},${branch >> 1},${branch & 1},${(branch + index) % 4 === 0 ? '-' : (branch * 3) % 11}`,
      );
    }
    lines.push(`BRF:${BRANCHES}`, 'BRH:6');
    for (let line = 1; line <= LINES_PER_FILE; line++)
      lines.push(`DA:${line + (line >> 2)},${(line * 7 + index) % 9 === 0 ? 0 : (line * 13) % 97}`);
    lines.push(`LF:${LINES_PER_FILE}`, 'LH:130', 'end_of_record\n');
    if (!out.write(lines.join('\n')))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise((resolve) => out.end(resolve));
}

/** A repository that tracks `paths`, each present in the work tree (a checkout). */
function checkoutRepo(paths: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bench-repo-'));
  git(dir, ['init', '-q', '-b', 'main']);
  const content = 'export const x = 1;\n';
  const blob = git(dir, ['hash-object', '-w', '--stdin'], content).trim();
  for (const path of paths) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  git(
    dir,
    ['update-index', '--add', '--index-info'],
    paths.map((path) => `100644 ${blob}\t${path}`).join('\n') + '\n',
  );
  git(dir, ['update-index', '--refresh', '-q']);
  return dir;
}

interface Measured {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  stdout: string;
}

/** Run a command under GNU time: wall and CPU time, peak RSS. */
function measure(command: string[], env: NodeJS.ProcessEnv = process.env): Measured {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M', ...command], {
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - start;
  const match = /TIME ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(result.stderr);
  if (!match) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  return {
    wallMs,
    cpuMs: (Number(match[1]) + Number(match[2])) * 1000,
    maxRssMb: Number(match[3]) / 1024,
    stdout: result.stdout + result.stderr,
  };
}

/** The built action on the report, with the runner's variables; its outputs. */
function gate(workspace: string, report: string): Measured & { outputs: string } {
  const action = fileURLToPath(new URL('../../../dist/coverage-gate/index.js', import.meta.url));
  const runner = mkdtempSync(join(tmpdir(), 'coverage-bench-runner-'));
  const output = join(runner, 'output');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    HOME: runner,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: output,
    INPUT_REPORTS: report,
    INPUT_FORMAT: 'auto',
    INPUT_THRESHOLDS: 'lines=80 branches=70 functions=60',
    INPUT_ANNOTATE: 'true',
    'INPUT_IF-NO-REPORTS': 'error',
  };
  const measured = measure([process.execPath, action], env);
  const outputs = readFileSync(output, 'utf8');
  rmSync(runner, { recursive: true, force: true });
  return { ...measured, outputs };
}

async function patchBench(): Promise<{ ms: number; files: number; lines: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bench-patch-'));
  git(dir, ['init', '-q', '-b', 'main']);
  const body = (variant: number) =>
    Array.from({ length: 60 }, (_, line) =>
      line % 6 === variant ? `changed ${line}` : `line ${line}`,
    ).join('\n');
  // fast-import writes both commits at once: 5,000 files, then every one of them changed
  const blobs = (variant: number) =>
    Array.from(
      { length: PATCH_FILES },
      (_, index) => `M 100644 inline ${pathOf(index)}\ndata <<EOF\n${body(variant)}\nEOF\n`,
    ).join('');
  const commit = (mark: number, message: string, variant: number, parent?: number) =>
    `commit refs/heads/main\nmark :${mark}\ncommitter Bench <b@example.com> 1700000000 +0000\ndata ${message.length}\n${message}\n${parent ? `from :${parent}\n` : ''}${blobs(variant)}\n`;
  git(dir, ['fast-import', '--quiet'], commit(1, 'base', -1) + commit(2, 'head', 0, 1));
  const base = git(dir, ['rev-parse', 'main~1']).trim();
  const head = git(dir, ['rev-parse', 'main']).trim();
  const files = new Map<string, FileCoverage>();
  for (let index = 0; index < PATCH_FILES; index++) {
    const coverage = new FileCoverage(pathOf(index));
    for (let line = 1; line <= 60; line += 2) coverage.lines.add(line, line % 4);
    files.set(coverage.path, coverage);
  }
  const start = performance.now();
  const changed = await changedLines(dir, base, head);
  const patch = patchCoverage(changed, files, () => true);
  const ms = performance.now() - start;
  rmSync(dir, { recursive: true, force: true });
  return { ms, files: changed.size, lines: patch.total };
}

async function main(): Promise<void> {
  const workspace = checkoutRepo(Array.from({ length: FILES }, (_, index) => pathOf(index)));
  // where the test step leaves it: in the workspace, untracked
  mkdirSync(join(workspace, 'coverage'));
  const report = join(workspace, 'coverage', 'lcov.info');
  await writeLcov(report);
  const sizeMb = statSync(report).size / 1e6;

  // medians of several runs speak for the action: one run can meet a busy moment
  const runs = Array.from({ length: GATE_RUNS }, () => gate(workspace, report));
  const median = (pick: (run: Measured) => number) =>
    runs.map(pick).sort((a, b) => a - b)[Math.floor(GATE_RUNS / 2)]!;
  const ours = {
    ...runs[0]!,
    wallMs: median((run) => run.wallMs),
    cpuMs: median((run) => run.cpuMs),
    maxRssMb: median((run) => run.maxRssMb),
  };
  const lcov = measure(['lcov', '--rc', 'lcov_branch_coverage=1', '--summary', report]);
  const patch = await patchBench();

  const OUTPUT = /^(\S+)<<.*\n([\d.]+)$/gm;
  const outputs = Object.fromEntries(
    [...ours.outputs.matchAll(OUTPUT)].map((match) => [match[1], match[2]]),
  );
  const theirs = Object.fromEntries(
    [...lcov.stdout.matchAll(/(lines|functions|branches)\.+: [\d.]+% \((\d+) of (\d+)/g)].map(
      (match) => [match[1], `${match[2]}/${match[3]}`],
    ),
  );
  console.log(
    `lcov report: ${sizeMb.toFixed(1)} MB, ${FILES} files (absolute paths of another machine, all in the checkout), ${FILES * LINES_PER_FILE} lines`,
  );
  console.log(
    `coverage-gate: lines ${outputs.lines}%, branches ${outputs.branches}%, functions ${outputs.functions}%; lcov --summary: ${JSON.stringify(theirs)}`,
  );
  const row = (name: string, run: Measured, budget: string) => ({
    measure: name,
    'wall ms': Math.round(run.wallMs),
    'CPU ms': Math.round(run.cpuMs),
    'peak RSS MB': Math.round(run.maxRssMb),
    budget,
  });
  console.table([
    row(
      `coverage-gate (dist): parse + map + gate, median of ${GATE_RUNS}`,
      ours,
      '≤ 1200 ms, < 250 MB',
    ),
    row(
      'lcov --summary, same file',
      lcov,
      `${(lcov.wallMs / ours.wallMs).toFixed(1)}x coverage-gate's wall time (≥ 5x)`,
    ),
    {
      measure: `patch coverage: ${patch.files}-file diff, ${patch.lines} lines`,
      'wall ms': Math.round(patch.ms),
      'CPU ms': '',
      'peak RSS MB': '',
      budget: '< 1000 ms',
    },
  ]);
  rmSync(workspace, { recursive: true, force: true });
}

await main();
