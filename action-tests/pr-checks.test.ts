/**
 * pr-checks is a composite action: these tests run its steps the way the runner does — each `if:`
 * evaluated, each `env:` expression filled from the inputs (with the action's defaults) and earlier
 * steps' outputs, each `run:` through `bash --noprofile --norc -eo pipefail`, with one
 * GITHUB_OUTPUT per step and one job summary — against a release layout of stub check bundles
 * (beside pr-checks as in a release tree, or inside it as in a channel tree).
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { pullRequestEvent, type GitHubEvent } from '@flow-actions/testing';
import { buildSampleRepo } from './sample-repo.ts';
import {
  distDir,
  FAKE_TOKEN,
  parseFileCommands,
  parseWorkflowCommands,
  type WorkflowCommand,
} from './harness.ts';

// The built action, as published: dist/pr-checks/action.yml and the combine.js it runs.
const source = join(distDir, 'pr-checks', 'action.yml');
const CHECKS = ['commit-lint', 'spec-first-guard', 'port-conflict-check', 'pr-policy'];

interface Step {
  id?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
}
interface Metadata {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

interface CompositeResult {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** INPUT_* each stub check received. */
  received: Record<string, Record<string, string>>;
  ran: string[];
  temp: string;
}

// A stub check bundle: records its INPUT_* variables, writes a report, outputs and a summary, and
// exits with STUB_EXIT_<CHECK> (default 0), passing only when that is 0.
const stubBundle = (name: string) => `import { appendFileSync, writeFileSync } from 'node:fs';
const inputs = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('INPUT_')));
writeFileSync(process.env.RUNNER_TEMP + '/${name}.inputs.json', JSON.stringify(inputs));
const code = Number(process.env['STUB_EXIT_${name}'] ?? '0');
const report = process.env.RUNNER_TEMP + '/${name}.report.json';
writeFileSync(report, JSON.stringify({ passed: code === 0, findings: code ? [{ rule: 'stub', severity: 'error', message: 'bad' }] : [{ rule: 'hint', severity: 'warning', message: 'meh' }] }));
appendFileSync(process.env.GITHUB_OUTPUT, 'passed=' + (code === 0) + '\\nreport=' + report + '\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### ${name} says ' + (code === 0 ? 'ok' : 'no') + '\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, 'x'.repeat(Number(process.env['STUB_SUMMARY_BYTES_${name}'] ?? '0')));
process.exit(code);
`;

/** A release tree (checks beside pr-checks) or a channel tree (checks in pr-checks/siblings/). */
function layout(kind: 'release' | 'channel'): string {
  const root = mkdtempSync(join(tmpdir(), 'flow-pr-checks-'));
  cpSync(dirname(source), join(root, 'pr-checks'), { recursive: true });
  for (const name of CHECKS) {
    const dir = kind === 'release' ? join(root, name) : join(root, 'pr-checks', 'siblings', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.js'), stubBundle(name));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  }
  return root;
}

/** `${{ … }}` as the runner would evaluate the few forms pr-checks uses; anything else throws. */
function evaluate(
  expression: string,
  inputs: Record<string, string>,
  steps: Record<string, Record<string, string>>,
): string | boolean {
  const terms = expression.split('&&').map((term) => term.trim());
  if (terms.length > 1) return terms.every((term) => evaluate(term, inputs, steps) === true);
  let match: RegExpExecArray | null;
  if (expression === '!cancelled()') return true;
  if (expression === 'github.token') return FAKE_TOKEN;
  if ((match = /^(.+?) (==|!=) '(\w*)'$/.exec(expression))) {
    return (evaluate(match[1]!, inputs, steps) === match[3]) === (match[2] === '==');
  }
  if ((match = /^inputs\.([\w-]+)$/.exec(expression))) return inputs[match[1]!] ?? '';
  if ((match = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression)))
    return steps[match[1]!]?.[match[2]!] ?? '';
  throw new Error(`the test runner does not evaluate \${{ ${expression} }}`);
}

function substitute(
  text: string,
  inputs: Record<string, string>,
  steps: Record<string, Record<string, string>>,
): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) =>
    String(evaluate(expression, inputs, steps)),
  );
}

function runComposite(
  root: string,
  given: Record<string, string> = {},
  env: Record<string, string> = {},
  workspace?: string,
): CompositeResult {
  const actionPath = join(root, 'pr-checks');
  const metadata = parse(readFileSync(join(actionPath, 'action.yml'), 'utf8')) as Metadata;
  expect(metadata.runs.using).toBe('composite');
  for (const name of Object.keys(given))
    if (!(name in metadata.inputs)) throw new Error(`pr-checks has no input '${name}'`);
  const temp = mkdtempSync(join(tmpdir(), 'flow-runner-'));
  const summaryFile = join(temp, 'summary.md');
  writeFileSync(summaryFile, '');
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    inputs[name] = given[name] ?? substitute(input.default ?? '', {}, {});
  }
  const steps: Record<string, Record<string, string>> = {};
  const commands: WorkflowCommand[] = [];
  const ran: string[] = [];
  let failed = false;
  for (const [index, step] of metadata.runs.steps.entries()) {
    const condition = step.if?.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    if (condition !== undefined && evaluate(condition, inputs, steps) !== true) continue;
    if (step.uses) {
      ran.push(`uses ${step.uses.replace(/@.*/, '')}`); // another action: recorded, not run here
      continue;
    }
    expect(step.shell).toBe('bash');
    const outputFile = join(temp, `output-${index}`);
    const scriptFile = join(temp, `step-${index}.sh`);
    writeFileSync(outputFile, '');
    writeFileSync(scriptFile, step.run!);
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, substitute(value, inputs, steps)]),
    );
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
      cwd: workspace ?? temp,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: temp,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace ?? temp,
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: temp,
        ...env,
        ...stepEnv,
      },
    });
    const id = step.id ?? `step-${index}`;
    ran.push(id);
    commands.push(...parseWorkflowCommands(result.stdout));
    steps[id] = parseFileCommands(readFileSync(outputFile, 'utf8'));
    if (result.status !== 0) failed = true;
  }
  const outputs = Object.fromEntries(
    Object.entries(metadata.outputs).map(([name, output]) => [
      name,
      substitute(output.value, inputs, steps),
    ]),
  );
  const received: CompositeResult['received'] = {};
  for (const name of ran.filter((id) => CHECKS.includes(id))) {
    const file = join(temp, `${name}.inputs.json`);
    if (existsSync(file))
      received[name] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  }
  return {
    exitCode: failed ? 1 : 0,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    commands,
    received,
    ran,
    temp,
  };
}

describe('pr-checks (composite) over a release layout of check bundles', () => {
  const release = layout('release');

  test('all four pass: one passed output, one summary, each check given its own defaults', () => {
    const result = runComposite(release);
    expect(result.exitCode).toBe(0);
    expect(result.ran).toEqual(['node', ...CHECKS, 'combine']);
    expect(result.outputs).toMatchObject({
      passed: 'true',
      'commit-lint-passed': 'true',
      'port-conflict-check-passed': 'true',
    });
    expect(result.summary).toMatch(/^## PR checks: ✅ passed\n/);
    expect(result.summary).toContain('| commit-lint | ✅ passed | 0 | 1 |');
    expect(result.summary).toContain('### spec-first-guard says ok');
    const defaults = (parse(readFileSync(source, 'utf8')) as Metadata).inputs;
    // The runner applies defaults only for the called action: the composite passes each one on.
    expect(result.received['commit-lint']!['INPUT_HEADER-MAX-LENGTH']).toBe(
      defaults['commit-lint-header-max-length']!.default,
    );
    expect(Object.keys(result.received['commit-lint']!).length).toBeGreaterThan(5);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as {
      passed: boolean;
      findings: { rule: string }[];
    };
    expect(report.passed).toBe(true);
    expect(report.findings.map((finding) => finding.rule)).toEqual([
      'commit-lint/hint',
      'spec-first-guard/hint',
      'port-conflict-check/hint',
      'pr-policy/hint',
    ]);
  });

  test("a prefixed input reaches its check under the check's own name, and only that check", () => {
    const result = runComposite(release, {
      'commit-lint-types': 'feat,fix',
      'commit-lint-header-max-length': '50',
    });
    expect(result.received['commit-lint']).toMatchObject({
      INPUT_TYPES: 'feat,fix',
      'INPUT_HEADER-MAX-LENGTH': '50',
    });
    expect(result.received['spec-first-guard']!.INPUT_TYPES).toBeUndefined();
  });

  test('one failing check: the others still run, passed is false and the step fails naming it', () => {
    const result = runComposite(release, {}, { 'STUB_EXIT_spec-first-guard': '1' });
    expect(result.ran).toEqual(['node', ...CHECKS, 'combine']);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      passed: 'false',
      'spec-first-guard-passed': 'false',
      'port-conflict-check-passed': 'true',
    });
    expect(result.summary).toContain('| spec-first-guard | ❌ failed (exit code 1) | 1 | 0 |');
    expect(result.commands).toContainEqual(
      expect.objectContaining({ command: 'error', message: 'spec-first-guard exit code 1' }),
    );
  });

  test('a check turned off is skipped and does not fail the verdict; a bad switch does', () => {
    const skipped = runComposite(
      release,
      { 'port-conflict-check': 'false' },
      { 'STUB_EXIT_port-conflict-check': '1' },
    );
    expect(skipped.ran).toEqual([
      'node',
      'commit-lint',
      'spec-first-guard',
      'pr-policy',
      'combine',
    ]);
    expect(skipped.outputs.passed).toBe('true');
    expect(skipped.summary).toContain('| port-conflict-check | ➖ skipped | 0 | 0 |');
    const bad = runComposite(release, { 'commit-lint': 'yes' });
    expect(bad.exitCode).toBe(1);
    expect(bad.summary).toContain("input 'commit\\-lint' must be true or false, got 'yes'");
  });

  test('the combined summary stays within the 1 MiB step-summary limit', () => {
    const result = runComposite(
      release,
      {},
      { 'STUB_SUMMARY_BYTES_spec-first-guard': String(1024 * 1024) },
    );
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024);
    expect(result.summary).toContain('### commit-lint says ok');
    expect(result.summary).toContain(
      '_spec-first-guard: its summary does not fit in the step summary; see its report._',
    );
    expect(result.summary).toContain('### port-conflict-check says ok');
  });

  test('with a node older than 24 on the PATH it sets up Node 24 before the checks', () => {
    // A `node` that says it is v20 when asked, and is the real one otherwise.
    const bin = mkdtempSync(join(tmpdir(), 'flow-old-node-'));
    writeFileSync(
      join(bin, 'node'),
      `#!/bin/sh\n[ "$1" = -p ] && { echo 20; exit 0; }\nexec "${process.execPath}" "$@"\n`,
      { mode: 0o755 },
    );
    const result = runComposite(release, {}, { PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(result.ran).toEqual(['node', 'uses actions/setup-node', ...CHECKS, 'combine']);
    expect(result.outputs.passed).toBe('true');
  });

  test('a check that crashes before writing any output fails closed', () => {
    const root = layout('release');
    writeFileSync(join(root, 'commit-lint', 'index.js'), 'process.exit(3);\n');
    const result = runComposite(root);
    expect(result.outputs.passed).toBe('false');
    expect(result.summary).toContain('| commit-lint | ❌ failed (exit code 3) |');
  });

  test('in a channel tree the checks of its own release, inside pr-checks/siblings/, are the ones that run', () => {
    const channel = layout('channel');
    // Beside it sits the channel's newest commit-lint, maybe of another release: never used.
    mkdirSync(join(channel, 'commit-lint'));
    writeFileSync(join(channel, 'commit-lint', 'index.js'), 'process.exit(9);\n');
    const result = runComposite(channel);
    expect(result.outputs.passed).toBe('true');
  });
});

const bundled = CHECKS.every((name) => existsSync(join(distDir, name, 'index.js')));

// The real bundles of dist/, beside dist/pr-checks as in a release, on the sample pull request.
(bundled ? describe : describe.skip)('pr-checks over the real check bundles in dist/', () => {
  const sample = buildSampleRepo();
  const prFields = {
    base: sample.base,
    number: 42,
    title: 'feat(api): add the agents endpoints',
    headRef: 'feature/agents-api',
  };
  const run = (event: GitHubEvent) => {
    const eventPath = join(mkdtempSync(join(tmpdir(), 'flow-event-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify(event.payload));
    const env = {
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    };
    return runComposite(distDir, {}, env, sample.repo.dir);
  };

  test("the sample pull request: one summary holding each check's own, one verdict of all four", () => {
    const result = run(sample.event);
    expect(result.ran).toEqual(['node', ...CHECKS, 'combine']);
    const verdicts = CHECKS.map((name) => result.outputs[`${name}-passed`]);
    expect(verdicts.every((verdict) => verdict === 'true' || verdict === 'false')).toBe(true);
    const passed = verdicts.every((verdict) => verdict === 'true');
    expect(result.outputs.passed).toBe(String(passed));
    expect(result.exitCode).toBe(passed ? 0 : 1);
    expect(result.summary).toMatch(
      passed ? /^## PR checks: ✅ passed\n/ : /^## PR checks: ❌ failed\n/,
    );
    for (const name of CHECKS) {
      const own = readFileSync(join(result.temp, 'pr-checks', name, 'summary.md'), 'utf8').trim();
      expect(own.length).toBeGreaterThan(0);
      expect(result.summary).toContain(own);
    }
    // The combined report holds every check's findings, each rule prefixed with its check.
    const findings = (path: string) =>
      (JSON.parse(readFileSync(path, 'utf8')) as { findings: { rule: string }[] }).findings;
    const combined = findings(result.outputs.report!).map((finding) => finding.rule);
    const own = CHECKS.flatMap((name) =>
      findings(result.outputs[`${name}-report`]!).map((finding) => `${name}/${finding.rule}`),
    );
    expect(combined).toEqual(own);
  });

  test('a badly written commit fails commit-lint and the verdict; the other checks still run', () => {
    sample.repo.write({ 'notes.txt': 'x\n' });
    const head = sample.repo.commit('Added the notes and fixed stuff.');
    const result = run(pullRequestEvent({ ...prFields, head }));
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', 'commit-lint-passed': 'false' });
    expect(result.ran).toEqual(['node', ...CHECKS, 'combine']);
    for (const name of ['spec-first-guard', 'port-conflict-check', 'pr-policy']) {
      expect(['true', 'false']).toContain(result.outputs[`${name}-passed`]);
    }
    expect(result.summary).toMatch(/\| commit-lint \| ❌ failed \(exit code 1\) \| [1-9]/);
    expect(result.commands).toContainEqual(
      expect.objectContaining({ command: 'error', message: 'commit-lint exit code 1' }),
    );
  });
});
