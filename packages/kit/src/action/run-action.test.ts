import { afterAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFileCommands, parseWorkflowCommands } from '@flow-actions/testing';

const dir = mkdtempSync(join(tmpdir(), 'flow-run-action-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const runAction = fileURLToPath(new URL('./run-action.ts', import.meta.url));
const errors = fileURLToPath(new URL('../errors.ts', import.meta.url));

/** runAction with `body` as the action's run, in a fresh process with a runner's files. */
function step(name: string, body: string) {
  const runnerDir = join(dir, name);
  mkdirSync(join(runnerDir, 'workspace'), { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerDir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  let exitCode = 0;
  let stdout = '';
  try {
    stdout = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { runAction } from ${JSON.stringify(runAction)};
         import { UsageError } from ${JSON.stringify(errors)};
         await runAction({ name: 'demo', run: async () => { ${body} } });`,
      ],
      {
        env: {
          PATH: process.env.PATH,
          ...files,
          GITHUB_WORKSPACE: join(runnerDir, 'workspace'),
          RUNNER_TEMP: join(runnerDir, 'temp'),
          GITHUB_ACTION: 'demo_step',
        },
        encoding: 'utf8',
      },
    );
  } catch (error) {
    exitCode = (error as { status: number }).status;
    stdout = (error as { stdout: string }).stdout;
  }
  const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
  const report =
    outputs.report && existsSync(outputs.report)
      ? JSON.parse(readFileSync(outputs.report, 'utf8'))
      : undefined;
  return { exitCode, outputs, report, commands: parseWorkflowCommands(stdout) };
}

test('bad input: passed=false and a report holding the input error', () => {
  const result = step(
    'usage',
    `throw new UsageError('does not exist', { input: 'config', location: { file: 'c.yml', line: 2 } });`,
  );
  expect(result.exitCode).toBe(1);
  expect(result.outputs.passed).toBe('false');
  expect(result.report).toEqual({
    passed: false,
    findings: [
      {
        rule: 'input',
        severity: 'error',
        message: "input 'config': does not exist",
        file: 'c.yml',
        line: 2,
      },
    ],
  });
  expect(result.commands).toContainEqual(
    expect.objectContaining({
      command: 'error',
      properties: expect.objectContaining({ file: 'c.yml' }),
    }),
  );
});

test('an internal fault still sets passed=false and a report, without the stack', () => {
  const result = step('fault', `null.boom;`);
  expect(result.outputs.passed).toBe('false');
  expect(result.report.findings).toEqual([
    expect.objectContaining({ rule: 'internal', severity: 'error' }),
  ]);
  expect(JSON.stringify(result.report)).not.toContain('    at ');
});

test('a report that claims to pass with an error finding does not pass', () => {
  const result = step(
    'claims',
    `return { report: { passed: true, findings: [{ rule: 'r', severity: 'error', message: 'm' }] },
              summary: { isEmpty: true }, outputs: {}, headline: 'h' };`,
  );
  expect(result.outputs.passed).toBe('false');
  expect(result.report.passed).toBe(false);
  expect(result.exitCode).toBe(1);
});
