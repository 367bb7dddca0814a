import { expect, test } from '@jest/globals';
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
