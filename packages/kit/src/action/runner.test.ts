import { afterAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFileCommands, parseWorkflowCommands } from '@flow-actions/testing';

const dir = mkdtempSync(join(tmpdir(), 'flow-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const runner = fileURLToPath(new URL('./runner.ts', import.meta.url));

const hostile = 'bad %, line\nbreak\r::error::x ::stop-commands::t';

/** The same calls through our runner module and through @actions/core, in fresh processes. */
function run(name: string, script: string) {
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((variable) => {
      const file = join(dir, `${name}-${variable}`);
      writeFileSync(file, '');
      return [variable, file];
    }),
  );
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ...files, RUNNER_DEBUG: '1' },
    encoding: 'utf8',
  });
  return {
    commands: parseWorkflowCommands(stdout),
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT!, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE!, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY!, 'utf8'),
  };
}

test('writes commands, outputs, state and the summary as @actions/core does', () => {
  const ours = run(
    'ours',
    `import * as r from ${JSON.stringify(runner)};
     r.setOutput('passed', 'true');
     r.setOutput('multi', 'line one\\nline two\\n');
     r.saveState('project', ${JSON.stringify(hostile)});
     r.issueCommand('error', ${JSON.stringify(hostile)}, { title: 'a:b,c', file: 'src/a,b.ts', startLine: 3, endLine: 4 });
     r.issueCommand('warning', 'w', { title: 't' });
     r.issueCommand('notice', 'plain');
     r.issueCommand('debug', 'details');
     console.log('debug', r.isDebug());
     r.appendSummary('# heading');`,
  );
  const theirs = run(
    'theirs',
    `import * as core from '@actions/core';
     core.setOutput('passed', 'true');
     core.setOutput('multi', 'line one\\nline two\\n');
     core.saveState('project', ${JSON.stringify(hostile)});
     core.error(${JSON.stringify(hostile)}, { title: 'a:b,c', file: 'src/a,b.ts', startLine: 3, endLine: 4 });
     core.warning('w', { title: 't' });
     core.notice('plain');
     core.debug('details');
     console.log('debug', core.isDebug());
     await core.summary.addRaw('# heading', true).write();`,
  );
  expect(ours).toEqual(theirs);
  expect(ours.commands[0]).toEqual({
    command: 'error',
    properties: { title: 'a:b,c', file: 'src/a,b.ts', line: '3', endLine: '4' },
    message: 'bad %, line\nbreak\r::error::x ::stop-commands::t',
  });
});

test('outside a runner, outputs and state have nowhere to go: a debug line says so', () => {
  const stdout = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import * as r from ${JSON.stringify(runner)}; r.setOutput('a', 'b'); r.saveState('c', 'd'); console.log(r.appendSummary('x'));`,
    ],
    {
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    },
  );
  expect(parseWorkflowCommands(stdout)).toEqual([
    { command: 'debug', properties: {}, message: 'no GITHUB_OUTPUT: output a not set' },
    { command: 'debug', properties: {}, message: 'no GITHUB_STATE: state c not saved' },
  ]);
  expect(stdout).toMatch(/^false$/m);
});
