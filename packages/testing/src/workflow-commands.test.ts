import { afterAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands, parseWorkflowCommands } from './workflow-commands.ts';

const dir = mkdtempSync(join(tmpdir(), 'flow-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('reads outputs and state exactly as @actions/core writes them', () => {
  const output = join(dir, 'output');
  const state = join(dir, 'state');
  writeFileSync(output, '');
  writeFileSync(state, '');
  const script = `
    import * as core from '@actions/core';
    core.setOutput('passed', 'true');
    core.setOutput('multi', 'line one\\nline two');
    core.saveState('project', 'flow-e2e-1');
    core.error('bad %, line\\nbreak', { title: 'a:b,c', file: 'src/a.ts', startLine: 3 });
    core.notice('plain');
  `;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, GITHUB_OUTPUT: output, GITHUB_STATE: state },
    encoding: 'utf8',
  });
  expect(parseFileCommands(readFileSync(output, 'utf8'))).toEqual({
    passed: 'true',
    multi: 'line one\nline two',
  });
  expect(parseFileCommands(readFileSync(state, 'utf8'))).toEqual({ project: 'flow-e2e-1' });
  expect(parseWorkflowCommands(stdout)).toEqual([
    {
      command: 'error',
      properties: { title: 'a:b,c', file: 'src/a.ts', line: '3' },
      message: 'bad %, line\nbreak',
    },
    { command: 'notice', properties: {}, message: 'plain' },
  ]);
});
