import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@jest/globals';
import { commandNames } from './commands.ts';
import { main } from './main.ts';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
    env: {},
  });
  return { code, stdout, stderr };
}

test('without an action it prints usage and exits 2', async () => {
  const result = await run([]);
  expect(result.code).toBe(2);
  expect(result.stdout).toContain('usage: flow-actions <action>');
});

test('an unknown action is a usage error', async () => {
  const result = await run(['no-such-action']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('unknown action "no-such-action"');
});

test('--version prints the version the launcher passes', async () => {
  let stdout = '';
  const code = await main(['--version'], {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    cwd: process.cwd(),
    env: {},
    version: '9.9.9',
  });
  expect({ code, stdout }).toEqual({ code: 0, stdout: '9.9.9\n' });
});

test('every action with a CLI twin (actions/<name>/src/cli.ts) is a command', () => {
  const actionsDir = new URL('../../../actions/', import.meta.url);
  const twins = readdirSync(actionsDir).filter((name) =>
    existsSync(fileURLToPath(new URL(`${name}/src/cli.ts`, actionsDir))),
  );
  expect(commandNames()).toEqual(twins.sort());
});

test('inside a workflow step an argument that looks like a workflow command is fenced', async () => {
  let stderr = '';
  const code = await main(['::set-output name=passed::true'], {
    stdout: () => {},
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
    env: { GITHUB_ACTIONS: 'true' },
  });
  expect(code).toBe(2);
  expect(stderr).toMatch(
    /^::stop-commands::([\w-]+)\n[\s\S]*::set-output name=passed::true[\s\S]*::\1::\n$/,
  );
});
