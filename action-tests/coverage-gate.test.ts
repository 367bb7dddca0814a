import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  pullRequestEvent,
  pushEvent,
  startGitHubApi,
  tempRepo,
  type GitHubEvent,
  type TempRepo,
} from '@flow-actions/testing';
import { annotations, runAction } from './harness.ts';

const fixtures = fileURLToPath(new URL('../actions/coverage-gate/fixtures/', import.meta.url));
const fixture = (path: string) => readFileSync(`${fixtures}${path}`, 'utf8');

/**
 * A pull request on a jest project: the base has the sources, the head changes calc.js on a
 * covered line (9) and an uncovered one (3, the throw), and adds a file no report covers.
 */
function pullRequest(): { repo: TempRepo; event: GitHubEvent } {
  const repo = tempRepo();
  const base = repo.commit('chore: calc', {
    'src/calc.js': fixture('jest/src/calc.js'),
    'src/strings.js': fixture('jest/src/strings.js'),
  });
  repo.git('checkout', '-q', '-b', 'feature/grades');
  const calc = fixture('jest/src/calc.js')
    .replace("return 'A';", "return 'A'; // top")
    .replace('division by zero', 'cannot divide by zero');
  const head = repo.commit('feat: tweak calc', {
    'src/calc.js': calc,
    'src/new.js': 'module.exports = 1;\n',
  });
  // jest's reports, as the test job leaves them (untracked); Istanbul's absolute paths are another machine's
  repo.write({
    'coverage/lcov.info': fixture('jest/out/lcov.info'),
    'coverage/coverage-final.json': fixture('jest/out/coverage-final.json'),
    'coverage/clover.xml': fixture('jest/out/clover.xml'),
  });
  return { repo, event: pullRequestEvent({ base, head }) };
}

describe('coverage-gate action', () => {
  let repo: TempRepo;
  let event: GitHubEvent;
  beforeAll(() => {
    ({ repo, event } = pullRequest());
  });
  const gate = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({ action: 'coverage-gate', workspace: repo.dir, event, inputs, env });
  afterAll(() => repo.remove());

  test('thresholds that hold: passes, with outputs, a summary and warnings on uncovered changed lines', async () => {
    const result = await gate({ thresholds: 'lines=80 functions=66' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      lines: '84.61',
      branches: '38.46',
      functions: '66.66',
      statements: '70.58',
      // calc.js: 1 of 2 changed lines covered; src/new.js, which no report covers, adds 1 uncovered
      patch: '33.33',
      passed: 'true',
    });
    expect(result.report.reports).toEqual([
      { file: 'coverage/coverage-final.json', format: 'istanbul', files: 2 },
    ]);
    expect(result.summary).toContain('✅ Coverage');
    expect(result.summary).toMatch(/\| lines \| 84\.61% \| 11 \/ 13 \| 80% ✅ \|/);
    expect(result.summary).toContain('<code>src/calc.js</code>: 3');
    expect(result.summary).toContain(
      'Changed files no report covers, their added code counted as uncovered:\n\n- <code>src/new.js</code>',
    );
    const warnings = annotations(result).filter((command) => command.command === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({
          file: 'src/calc.js',
          line: '3',
          endLine: '3',
          title: 'uncovered-change',
        }),
        message: 'changed line 3 is not covered by tests',
      }),
      expect.objectContaining({
        properties: expect.objectContaining({ file: 'src/new.js', line: '1' }),
        message: 'changed line 1 is not covered by tests',
      }),
    ]);
  });

  test('thresholds that fail: exit 1, an error annotation, passed=false', async () => {
    const result = await gate({
      thresholds: 'lines=84.62 branches=38.46',
      'patch-threshold': '50',
      annotate: 'false',
      'unreported-files': 'ignore',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    const errors = annotations(result).filter((command) => command.command === 'error');
    expect(errors.map((command) => command.message)).toEqual([
      'total: lines coverage 84.61% (11 of 13) is below 84.62%',
      'coverage-gate: lines 84.61%, branches 38.46%, functions 66.66%, statements 70.58%, patch 50.00%: 1 gate(s) failed',
    ]);
    expect(annotations(result).filter((command) => command.command === 'warning')).toEqual([]);
    expect(result.summary).toContain('❌ Coverage');
  });

  test('a malformed report fails naming the file and line', async () => {
    repo.write({ 'broken.info': 'SF:src/calc.js\nDA:1\n' });
    const result = await gate({ reports: 'broken.info' });
    expect(result.exitCode).toBe(1);
    const [error] = annotations(result).filter((command) => command.command === 'error');
    expect(error).toMatchObject({ properties: { file: 'broken.info', line: '2' } });
    expect(error!.message).toContain('DA needs a line number and a count');
  });

  test('a sticky pull request comment', async () => {
    const api = await startGitHubApi({ 'issues/list-comments': () => ({ status: 200, body: [] }) });
    try {
      const result = await gate({ comment: 'true' }, { GITHUB_API_URL: api.url });
      expect(result.exitCode).toBe(0);
      const created = api.calls.find((call) => call.operationId === 'issues/create-comment');
      expect(created?.body.body).toMatch(
        /^<!-- flow-actions:coverage-gate:[^:>]*:[^:>]*: -->\n## ✅ Coverage/,
      );
      expect(created?.params).toMatchObject({
        owner: 'Codertocat',
        repo: 'Hello-World',
        issue_number: '7',
      });
    } finally {
      await api.close();
    }
  });

  test('two gates in one job keep a comment each (comment-id); a 403 names the permission', async () => {
    const existing = '<!-- flow-actions:coverage-gate:CI:test:python -->\nold';
    const api = await startGitHubApi({
      'issues/list-comments': () => ({ status: 200, body: [{ id: 1, body: existing }] }),
      'issues/create-comment': () => ({
        status: 403,
        body: { message: 'Resource not accessible' },
      }),
    });
    try {
      const env = { GITHUB_API_URL: api.url, GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'test' };
      const result = await gate({ comment: 'true', 'comment-id': 'web' }, env);
      // the other gate's comment is left alone: a new one is created (and refused here)
      expect(api.calls.map((call) => call.operationId)).not.toContain('issues/update-comment');
      expect(api.calls[1]?.body.body).toMatch(/^<!-- flow-actions:coverage-gate:CI:test:web -->/);
      expect(result.stdout).toContain('pull-requests: write');
    } finally {
      await api.close();
    }
  });

  test('a file no test imports fails the patch threshold (unreported-files: uncovered)', async () => {
    const result = await gate({ 'patch-threshold': '50', annotate: 'false' });
    expect(result.exitCode).toBe(1);
    expect(result.report.patch).toMatchObject({ covered: 1, total: 3, unreported: ['src/new.js'] });
    expect(result.report.findings.map((finding: { message: string }) => finding.message)).toContain(
      'patch coverage 33.33% (1 of 3) of changed lines is below 50%',
    );
  });
});

describe('coverage-gate patch edges', () => {
  const ZERO = '0'.repeat(40);
  const LCOV = ['SF:src/my file.js', 'DA:1,1', 'DA:2,0', 'end_of_record', ''].join('\n');

  function branch(): { repo: TempRepo; base: string; head: string } {
    const repo = tempRepo();
    const base = repo.commit('chore: start', { 'src/my file.js': 'a = 1;\n' });
    repo.git('checkout', '-q', '-b', 'feature/space');
    const head = repo.commit('feat: more', { 'src/my file.js': 'a = 1;\nb = 2;\n' });
    repo.write({ 'coverage/lcov.info': LCOV });
    return { repo, base, head };
  }

  test('a path with a space is measured (git ends its diff header with a TAB)', async () => {
    const { repo, base, head } = branch();
    const result = await runAction({
      action: 'coverage-gate',
      workspace: repo.dir,
      event: pullRequestEvent({ base, head }),
      inputs: { 'patch-threshold': '100' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.report.patch).toMatchObject({
      covered: 0,
      total: 1,
      files: [{ path: 'src/my file.js', uncovered: '2' }],
    });
    repo.remove();
  });

  test('a push creating a branch measures against the merge-base with the default branch', async () => {
    const { repo, base, head } = branch();
    repo.git('update-ref', 'refs/remotes/origin/main', base);
    const event = pushEvent({ before: ZERO, after: head, ref: 'refs/heads/feature/space' });
    const result = await runAction({
      action: 'coverage-gate',
      workspace: repo.dir,
      event,
      inputs: { 'patch-threshold': '100' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.report.patch).toMatchObject({ covered: 0, total: 1, range: { base } });
    repo.remove();
  });

  test('a push creating a branch with no default branch to compare with fails closed', async () => {
    const { repo, head } = branch();
    const event = pushEvent({ before: ZERO, after: head, ref: 'refs/heads/feature/space' });
    const result = await runAction({
      action: 'coverage-gate',
      workspace: repo.dir,
      event,
      inputs: { 'patch-threshold': '50' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(
      result.report.findings.map((finding: { message: string }) => finding.message).join('\n'),
    ).toMatch(
      /patch-threshold is set but push of new branch refs\/heads\/feature\/space: no base commit/,
    );
    repo.remove();
  });
});
