import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWorkflowCommands } from '@flow-actions/testing';
import type { ActionMetadata } from '../action-metadata.ts';
import { readBoolean, readString } from '../inputs.ts';
import { Summary } from '../summary.ts';
import { runCli, type CliCommand } from './run-cli.ts';

const metadata: ActionMetadata = {
  name: 'demo',
  description: 'A demo gate',
  inputs: {
    message: { description: 'What to check' },
    strict: { description: 'Fail on warnings', default: 'false' },
    'github-token': { description: 'Token', default: '${{ github.token }}' },
  },
  outputs: {},
  runs: { using: 'node24', main: 'index.js' },
};

const command: CliCommand = {
  name: 'demo',
  metadata,
  run: async (context) => {
    const message = readString(context.inputs, 'message') ?? '';
    const strict = readBoolean(context.inputs, 'strict', false);
    if (message.includes('crash')) throw new Error('boom\n::set-output name=passed::true');
    const passed = !message.includes('bad');
    return {
      report: {
        passed,
        findings: passed
          ? []
          : [
              {
                rule: 'no-bad',
                severity: 'error',
                message: `found bad in ${message}`,
                file: 'a.txt',
                line: 3,
              },
            ],
      },
      summary: new Summary(),
      outputs: {},
      headline: `checked ${JSON.stringify(message)} (strict: ${strict}, token: ${context.inputs.get('github-token') ?? 'none'})`,
    };
  },
};

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(command, argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: process.cwd(),
    env,
  });
  return { code, stdout, stderr };
}

describe('runCli', () => {
  test('passes with exit 0 and a terminal line; defaults come from action.yml', async () => {
    const result = await cli(['--message', 'fine'], { GITHUB_TOKEN: 'tok' });
    expect(result).toEqual({
      code: 0,
      stdout: 'passed: checked "fine" (strict: false, token: tok)\n',
      stderr: '',
    });
  });

  test('a failed gate exits 1 and lists the findings', async () => {
    const result = await cli(['--message', 'bad thing']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('a.txt:3: error [no-bad] found bad in bad thing');
    expect(result.stdout).toContain('FAILED: checked "bad thing"');
  });

  test('bad input exits 2 with the option named', async () => {
    const result = await cli(['--strict', 'maybe']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: option --strict: expected true or false, got "maybe"\n`);
  });

  test('--json prints the report', async () => {
    const result = await cli(['--message', 'bad', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      passed: false,
      findings: [{ rule: 'no-bad' }],
    });
  });

  test('--help lists the options with their defaults', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--strict');
    expect(result.stdout).toContain('Fail on warnings [false]');
  });

  test('inside a workflow step untrusted text cannot become a workflow command', async () => {
    const result = await cli(['--message', 'bad ::error::injected'], { GITHUB_ACTIONS: 'true' });
    expect(parseWorkflowCommands(result.stdout)).toEqual([]);
    expect(result.stdout).toContain('::error::injected');
  });
});

describe('fenced inside a workflow step', () => {
  const hostile = 'bad ##[error]forged ::set-output name=passed::true';

  test('--json stays valid JSON with nothing the runner would act on', async () => {
    const result = await cli(['--message', hostile, '--json'], { GITHUB_ACTIONS: 'true' });
    expect(result.stdout).not.toMatch(/##\[|::/);
    expect(parseWorkflowCommands(result.stdout)).toEqual([]);
    expect(JSON.parse(result.stdout).findings[0].message).toBe(`found bad in ${hostile}`);
  });

  test('an internal fault prints its stack fenced', async () => {
    const result = await cli(['--message', 'crash'], { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('::set-output name=passed::true');
    expect(parseWorkflowCommands(result.stderr)).toEqual([]);
  });
});

describe('--report-file', () => {
  test('is written on bad input, holding the input error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flow-cli-report-'));
    try {
      const file = join(dir, 'out', 'report.json');
      const result = await cli(['--strict', 'maybe', '--report-file', file]);
      expect(result.code).toBe(2);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        passed: false,
        findings: [
          {
            rule: 'input',
            severity: 'error',
            message: 'option --strict: expected true or false, got "maybe"',
          },
        ],
      });
      const unknown = await cli(['--nope', `--report-file=${file}`]);
      expect(unknown.code).toBe(2);
      expect(JSON.parse(readFileSync(file, 'utf8')).findings[0].message).toContain('--nope');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
