import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runCli } from '@flow-actions/kit/cli';
import { tempRepo } from '@flow-actions/testing';
import { command } from './cli.ts';

const sample = (path: string) =>
  readFileSync(new URL(`../../../action-tests/sample-repo/${path}`, import.meta.url), 'utf8');

const repo = tempRepo('flow-spec-cli-');
afterAll(() => repo.remove());

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(command, args, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    cwd: repo.dir,
    env: {},
  });
  return { code, out, err };
}

describe('flow-actions spec-first-guard', () => {
  test('lists the inputs of action.yml and its own --from and --to', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    for (const option of [
      '--spec-paths',
      '--implementation-paths',
      '--same-commit',
      '--presets',
      '--from',
      '--to',
    ]) {
      expect(out).toContain(option);
    }
  });

  test('checks a range given with --from, and fails closed without one', async () => {
    repo.commit('chore: start', {
      'docs/openapi/openapi.yaml': sample('docs/openapi/openapi.yaml'),
      'src/routes/agents.ts': '// none yet\n',
    });
    repo.commit('feat: agents', { 'src/routes/agents.ts': sample('src/routes/agents.ts') });
    const result = await cli('--from', 'HEAD~1', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({
      passed: false,
      violations: 1,
      findings: [{ rule: 'require-spec' }, { rule: 'route-missing-from-spec' }],
    });

    const specOnly = ['--require-spec', 'false', '--spec-first', 'false', '--route-drift', 'off'];
    const linted = await cli(
      '--from',
      'HEAD~1',
      '--lint',
      'all',
      '--implementation-paths',
      'app/**',
      ...specOnly,
    );
    expect(linted.out).toContain('passed: 0 violations, 0 warnings; 4 operations checked');
    expect(linted.code).toBe(0);

    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.err).toContain('no range to check');
  });
});
