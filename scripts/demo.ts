/**
 * npm run demo: every built action (dist/<name>) on the bundled sample repository, as a pull
 * request event, run the way the runner runs it; prints what each would report.
 * e2e-compose-runner runs only where a Docker engine answers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSampleRepo,
  distDir,
  runActionStep as runAction,
  runPostStep as runPost,
  type RunResult,
} from '@flow-actions/testing';
import { listActions, repoRoot } from './actions.ts';

interface Demo {
  inputs?: Record<string, string>;
  needsDocker?: boolean;
  /** A script (from the repository root) that prepares what the demo needs, e.g. a test image. */
  setup?: string;
}

function demoOf(name: string): Demo | undefined {
  const path = join(repoRoot, 'actions', name, 'demo.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Demo) : undefined;
}

function show(name: string, result: RunResult): void {
  const findings: {
    severity: string;
    rule: string;
    message: string;
    file?: string;
    line?: number;
  }[] = result.report?.findings ?? [];
  const verdict = result.exitCode === 0 ? 'passed' : `failed (exit ${result.exitCode})`;
  console.log(`\n━━ ${name}: ${verdict}`);
  const outputs = Object.entries(result.outputs).filter(([key]) => key !== 'report');
  for (const [key, value] of outputs) {
    const shown = value.length > 120 ? `${value.slice(0, 117)}...` : value;
    console.log(`   output ${key} = ${shown}`);
  }
  for (const finding of findings.slice(0, 12)) {
    const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''} ` : '';
    console.log(`   ${finding.severity.padEnd(7)} ${where}[${finding.rule}] ${finding.message}`);
  }
  if (findings.length > 12)
    console.log(`   … and ${findings.length - 12} more findings in ${result.outputs.report}`);
  if (!result.report) {
    // No report: the step stopped before gating (bad input, a fault); its error says why.
    for (const error of result.commands.filter((command) => command.command === 'error')) {
      console.log(`   error: ${error.message}`);
    }
  }
  console.log(
    `   job summary: ${join(result.runnerDir, 'summary.md')} (${result.summary.length} characters)`,
  );
}

const dockerUp = spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
const sample = buildSampleRepo();
console.log(
  `sample repository ${sample.repo.dir}: pull request #42 ${sample.base.slice(0, 7)}..${sample.head.slice(0, 7)}`,
);
let ran = 0;
for (const action of listActions()) {
  const demo = demoOf(action.name);
  if (action.metadata.runs.using === 'composite') continue;
  if (!demo) continue;
  if (!existsSync(join(distDir, action.name, 'index.js'))) {
    console.log(`\n━━ ${action.name}: not built (npm run build)`);
    continue;
  }
  if (demo.needsDocker && !dockerUp) {
    console.log(`\n━━ ${action.name}: skipped, no Docker engine answers`);
    continue;
  }
  if (demo.setup) {
    const setup = spawnSync(join(repoRoot, demo.setup), {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (setup.status !== 0) {
      console.log(`\n━━ ${action.name}: skipped, ${demo.setup} failed`);
      continue;
    }
  }
  const options = {
    action: action.name,
    inputs: demo.inputs ?? {},
    event: sample.event,
    workspace: sample.repo.dir,
  };
  const result = await runAction(options);
  show(action.name, result);
  if (action.metadata.runs.post) await runPost({ ...options, state: result.state });
  ran++;
}
console.log(`\n${ran} actions ran on the sample repository.`);
