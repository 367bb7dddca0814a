import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { Workspace } from '@flow-actions/kit';
import { checkResult as resultIn, combinedReport } from './check-results.ts';

const dir = mkdtempSync(join(tmpdir(), 'flow-pr-checks-results-'));
const checkResult = (name: string, env: NodeJS.ProcessEnv) =>
  resultIn(name, env, new Workspace(dir));
function report(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const passing = report(
  'pass.json',
  '{"passed":true,"findings":[{"rule":"r","severity":"warning","message":"m"}]}',
);

describe('checkResult fails closed', () => {
  const env = (fields: Record<string, string>) =>
    Object.fromEntries(Object.entries(fields).map(([key, value]) => [`COMMIT_LINT_${key}`, value]));

  test('exit 0, passed output and a passing report: passed', () => {
    const result = checkResult(
      'commit-lint',
      env({ ENABLED: 'true', EXIT_CODE: '0', PASSED: 'true', REPORT: passing }),
    );
    expect(result).toMatchObject({ status: 'passed', problem: '', findings: [{ rule: 'r' }] });
  });

  test.each([
    [
      'no exit code: the step did not run',
      { EXIT_CODE: '', PASSED: 'true', REPORT: passing },
      'did not run',
    ],
    ['a non-zero exit', { EXIT_CODE: '3', PASSED: 'true', REPORT: passing }, 'exit code 3'],
    ['no report', { EXIT_CODE: '0', PASSED: 'true', REPORT: '' }, 'exit code 0'],
    [
      'a report that is not JSON',
      { EXIT_CODE: '0', PASSED: 'true', REPORT: report('bad.json', '{') },
      'exit code 0',
    ],
    [
      'a report without a verdict',
      { EXIT_CODE: '0', PASSED: 'true', REPORT: report('no.json', '{"findings":[]}') },
      'exit code 0',
    ],
    ['passed output false', { EXIT_CODE: '0', PASSED: 'false', REPORT: passing }, 'exit code 0'],
  ])('%s: failed', (_, fields, problem) => {
    expect(checkResult('commit-lint', env({ ENABLED: 'true', ...fields }))).toMatchObject({
      status: 'failed',
      problem,
    });
  });

  test('a switch that is not true or false is an error; false skips', () => {
    expect(checkResult('commit-lint', env({ ENABLED: 'yes' })).status).toBe('error');
    expect(checkResult('commit-lint', env({ ENABLED: 'false' })).status).toBe('skipped');
  });
});

test('the combined report prefixes each rule with its check and fails on any failure', () => {
  const ok = checkResult('commit-lint', {
    COMMIT_LINT_ENABLED: 'true',
    COMMIT_LINT_EXIT_CODE: '0',
    COMMIT_LINT_PASSED: 'true',
    COMMIT_LINT_REPORT: passing,
  });
  const skipped = checkResult('port-conflict-check', { PORT_CONFLICT_CHECK_ENABLED: 'false' });
  const combined = combinedReport([ok, skipped]);
  expect(combined.passed).toBe(true);
  expect(combined.findings.map((finding) => finding.rule)).toEqual(['commit-lint/r']);
  expect(combined.checks.map((check) => check.findings)).toEqual([1, 0]);
  const missing = checkResult('spec-first-guard', { SPEC_FIRST_GUARD_ENABLED: 'true' });
  expect(combinedReport([ok, missing]).passed).toBe(false);
});

test('a report outside the runner temp folder is not read: the check failed', () => {
  const result = checkResult('commit-lint', {
    COMMIT_LINT_ENABLED: 'true',
    COMMIT_LINT_EXIT_CODE: '0',
    COMMIT_LINT_PASSED: 'true',
    COMMIT_LINT_REPORT: '/etc/hostname',
  });
  expect(result).toMatchObject({ status: 'failed', findings: [] });
});
