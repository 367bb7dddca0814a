import { describe, expect, test } from '@jest/globals';
import { runCli } from '@flow-actions/kit/cli';
import { tempRepo } from '@flow-actions/testing';
import { command } from './cli.ts';

describe('the CLI twin', () => {
  test('gates a report with the action inputs as options, patch coverage from --from', async () => {
    const repo = tempRepo();
    const base = repo.commit('chore: a', { 'src/a.ts': 'export const a = 1;\n' });
    repo.commit('feat: b', {
      'src/a.ts': 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n',
    });
    repo.write({ 'coverage/lcov.info': 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,0\nend_of_record\n' });
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (text: string) => void (stdout += text),
      stderr: (text: string) => void (stderr += text),
      cwd: repo.dir,
      env: {},
    };
    const code = await runCli(
      command,
      ['--thresholds', 'lines=60', '--patch-threshold', '60', '--from', base],
      io,
    );
    expect({ code, stderr }).toEqual({
      code: 1,
      stderr: 'reports: auto took coverage/lcov.info (files git does not track)\n',
    });
    expect(stdout).toContain(
      'src/a.ts:3: warning [uncovered-change] changed line 3 is not covered by tests',
    );
    expect(stdout).toContain('FAILED: lines 66.66%, patch 50.00%: 1 gate(s) failed');
    expect(await runCli(command, ['--thresholds', 'lines=6O'], io)).toBe(2);
    expect(stderr).toContain('error: option --thresholds: cannot read "lines=6O"');
    repo.remove();
  });
});
