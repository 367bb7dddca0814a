import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  pullRequestEvent,
  pushEvent,
  shallowClone,
  tempRepo,
  workflowDispatchEvent,
  type TempRepo,
} from '@flow-actions/testing';
import { annotations, runAction } from './harness.ts';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

function repository(): { repo: TempRepo; base: string } {
  const repo = tempRepo('flow-commit-lint-');
  repos.push(repo);
  const base = repo.commit('chore: start', { 'README.md': '# x\n' });
  repo.git('checkout', '-q', '-b', 'feature/login');
  return { repo, base };
}

describe('commit-lint action', () => {
  test('pull_request: every commit, the title and the branch', async () => {
    const { repo, base } = repository();
    repo.commit('feat(auth): add the login form', { 'a.txt': 'a' });
    repo.commit('Fixed the login redirect.', { 'b.txt': 'b' });
    repo.commit(
      'chore(deps): bump x',
      {},
      { author: 'renovate[bot]', email: 'bot@renovateapp.com' },
    );
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      // with the count of commits GitHub sends: the range comes from one git log of head
      event: pullRequestEvent({
        base,
        head: repo.head(),
        title: 'feat: Added login',
        headRef: 'feature/login',
        commits: 3,
      }),
      inputs: { 'branch-pattern': '^(feature|fix|docs)/' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(Number(result.outputs.errors)).toBeGreaterThanOrEqual(5);
    expect(result.report.counts).toEqual({ valid: 1, invalid: 1, skipped: 1 });
    expect(result.report.title).toMatchObject({
      text: 'feat: Added login',
      valid: false,
      suggestion: 'feat: add login',
    });
    expect(result.report.branch).toMatchObject({ name: 'feature/login', valid: true });
    expect(result.summary).toContain('| Commit | Header | Problems | Suggested header |');
    expect(result.summary).toContain('https://github.com/Codertocat/Hello-World/commit/');
    expect(annotations(result).filter((a) => a.command === 'error').length).toBeGreaterThanOrEqual(
      5,
    );
  });

  test('push: a clean range passes', async () => {
    const { repo, base } = repository();
    repo.commit('feat: add the form\n\nCloses #1\n');
    repo.commit('docs: explain the form');
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pushEvent({ before: base, after: repo.head(), ref: 'refs/heads/feature/login' }),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '0' });
    expect(result.report.commits.map((c: { header: string }) => c.header)).toEqual([
      'feat: add the form',
      'docs: explain the form',
    ]);
  });

  test('a shallow clone is deepened to the whole pull request', async () => {
    const { repo, base } = repository();
    for (let index = 0; index < 30; index++) repo.commit(`fix: repair part ${index}`);
    repo.commit('oops');
    const clone = shallowClone(repo, 1, 'feature/login');
    repos.push(clone);
    const result = await runAction({
      action: 'commit-lint',
      workspace: clone.dir,
      event: pullRequestEvent({ base, head: repo.head(), title: 'fix: repair parts' }),
    });
    expect(result.report.commits).toHaveLength(31);
    expect(result.report.counts).toEqual({ valid: 30, invalid: 1, skipped: 0 });
    expect(result.exitCode).toBe(1);
  });

  test('a pull request of more than 250 commits is read from git, all of it', async () => {
    const { repo, base } = repository();
    // 260 commits in one git fast-import rather than 260 git commit processes
    const stream = Array.from(
      { length: 260 },
      (_, index) =>
        `commit refs/heads/feature/login\ncommitter Ada <ada@example.com> ${1_700_000_000 + index} +0000\n` +
        `data <<EOM\nfix: repair part ${index}\nEOM\n${index === 0 ? `from ${base}\n` : ''}`,
    ).join('\n');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream });
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pullRequestEvent({
        base,
        head: repo.head('feature/login'),
        title: 'fix: repair all parts',
      }),
    });
    expect(result.exitCode).toBe(0);
    expect(result.report.counts).toEqual({ valid: 260, invalid: 0, skipped: 0 });
  });

  test('push of a new branch checks the commits not on the default branch', async () => {
    const { repo } = repository();
    repo.git('update-ref', 'refs/remotes/origin/main', 'main');
    repo.commit('feat: add a');
    repo.commit('add b');
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pushEvent({
        before: '0'.repeat(40),
        after: repo.head(),
        ref: 'refs/heads/feature/login',
      }),
    });
    expect(result.report.commits.map((c: { header: string }) => c.header)).toEqual([
      'feat: add a',
      'add b',
    ]);
    expect(result.exitCode).toBe(1);
  });

  test('workflow_dispatch from/to with a commitlint configuration', async () => {
    const { repo, base } = repository();
    repo.commit('feat: Add things', {
      'commitlint.config.mjs':
        "export default { extends: ['@commitlint/config-conventional'], rules: { 'trailer-exists': [2, 'always', 'Signed-off-by:'] } };",
    });
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: workflowDispatchEvent({ from: base, to: 'HEAD' }),
    });
    expect(result.report.config).toBe('commitlint.config.mjs');
    expect(result.report.commits[0].problems).toEqual([
      { rule: 'subject-case', level: 'error', message: 'subject must not be sentence-case' },
    ]);
    expect(result.report.findings).toContainEqual({
      rule: 'config',
      severity: 'warning',
      message: 'rule trailer-exists is not supported by commit-lint and was not checked',
    });
  });

  test('a commitlint.config.ts is loaded by Node itself', async () => {
    const { repo, base } = repository();
    repo.commit('fix: Repair things', {
      'commitlint.config.ts':
        "interface Config { rules: Record<string, [number, string, unknown?]> }\nconst config: Config = { rules: { 'subject-case': [2, 'always', 'lower-case'] } };\nexport default config;\n",
    });
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: workflowDispatchEvent({ from: base }),
    });
    expect(result.report.config).toBe('commitlint.config.ts');
    expect(result.report.commits[0].problems).toEqual([
      { rule: 'subject-case', level: 'error', message: 'subject must be lower-case' },
    ]);
  });

  test('workflow commands in messages and titles stay inert', async () => {
    const { repo, base } = repository();
    repo.commit(
      '::error::injected\n\n::add-mask::secret\n::stop-commands::abc\n::warning::after stop\n::abc::',
    );
    repo.commit('feat: ::error file=x::header command\n\n::set-output name=passed::true');
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pullRequestEvent({
        base,
        head: repo.head(),
        title: '::add-mask::title\n::error::title',
      }),
    });
    expect(result.exitCode).toBe(1);
    expect(result.commands.filter((c) => c.command === 'add-mask')).toEqual([]);
    expect(result.commands.filter((c) => c.command === 'set-output')).toEqual([]);
    for (const command of annotations(result)) {
      expect(command.properties.file).toBeUndefined();
      expect(command.message).not.toMatch(/^injected|^title/);
    }
    expect(result.outputs.passed).toBe('false');
  });

  test('a dispatch input that git would read as an option is refused before git runs', async () => {
    const { repo } = repository();
    const written = join(repo.dir, 'written-by-git');
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: workflowDispatchEvent({ from: `--output=${written}`, to: 'HEAD' }),
    });
    expect(result.exitCode).toBe(1);
    expect(annotations(result)[0]?.message).toMatch(/input 'from'.*is not a revision/);
    expect(existsSync(written)).toBe(false);
  });

  test('an unresolvable range fails with a clear error', async () => {
    const { repo } = repository();
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pushEvent({ before: 'f'.repeat(40), after: repo.head() }),
    });
    expect(result.exitCode).toBe(1);
    expect(annotations(result)[0]?.message).toMatch(/cannot be fetched|not in the clone/);
  });
});

describe('commit-lint fails closed on a broken configuration', () => {
  test.each([
    [
      'a misspelt rule name',
      {
        '.commitlintrc.json':
          '{\n  "rules": {\n    "type-enums": [2, "always", ["feat"]]\n  }\n}\n',
      },
      '.commitlintrc.json',
      '3',
      /rules\.type-enums: no such rule in commitlint; did you mean type-enum\?/,
    ],
    [
      'a malformed package.json',
      {
        'package.json':
          '{\n  "name": "x",\n  "commitlint": { "extends": ["@commitlint/config-conventional"] \n',
      },
      'package.json',
      '4',
      /package\.json is not valid JSON/,
    ],
  ])('%s: the step fails naming the file and line', async (_, files, file, line, message) => {
    const { repo, base } = repository();
    repo.commit('feat: add the form', files);
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pushEvent({ before: base, after: repo.head(), ref: 'refs/heads/feature/login' }),
    });
    expect(result.exitCode).toBe(1);
    const [error] = annotations(result);
    expect(error).toMatchObject({ command: 'error', properties: { file, line } });
    expect(error?.message).toMatch(message);
  });
});

describe('commit-lint: no error on a guess', () => {
  test('an ambiguous first word is a warning, a certain inflection an error', async () => {
    const { repo, base } = repository();
    repo.commit('fix: typed arrays for speed');
    repo.commit('feat: calls on HTTP clients are not routes');
    repo.commit('feat: added the login form');
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      inputs: { config: 'none' },
      event: pushEvent({ before: base, after: repo.head(), ref: 'refs/heads/feature/login' }),
    });
    const levels = result.report.commits.map((commit: { problems: { level: string }[] }) =>
      commit.problems.map((problem) => problem.level),
    );
    expect(levels).toEqual([['warning'], ['warning'], ['error']]);
    expect(result.report.commits[2].suggestion).toBe('feat: add the login form');
    expect(result.report.commits[0].suggestion).toBeUndefined();
    expect(result.outputs).toMatchObject({ passed: 'false', errors: '1', warnings: '2' });
  });
});

describe('commit-lint: configurations are code', () => {
  const EVIL = `import { writeFileSync } from 'node:fs';\nwriteFileSync(process.env.GITHUB_WORKSPACE + '/pwned', process.env.ACTIONS_RUNTIME_TOKEN ?? '');\nexport default { rules: { 'type-empty': [2, 'never'] } };\n`;

  test.each(['pull_request_target', 'workflow_run'])(
    'on %s a JavaScript configuration from the head is not run',
    async (name) => {
      const { repo, base } = repository();
      repo.commit('feat: add the form', { 'commitlint.config.mjs': EVIL });
      const event =
        name === 'pull_request_target'
          ? pullRequestEvent({ base, head: repo.head() }, name)
          : { name, payload: { workflow_run: { head_sha: repo.head() }, repository: {} } };
      const result = await runAction({
        action: 'commit-lint',
        workspace: repo.dir,
        event,
        env: { GITHUB_SHA: base, ACTIONS_RUNTIME_TOKEN: 'secret-token' },
        inputs: { 'branch-pattern': '.', commits: 'false' },
      });
      expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
      expect(result.exitCode).toBe(1);
      expect(result.outputs.passed).toBe('false');
      expect(annotations(result)[0]?.message).toMatch(
        new RegExp(`on ${name}, which runs with the repository's secrets`),
      );
    },
  );

  test('on pull_request_target the checkout of the base commit runs its configuration', async () => {
    const { repo, base } = repository();
    repo.git('checkout', '-q', 'main');
    repo.commit('chore: config', {
      'commitlint.config.mjs': "export default { rules: { 'type-empty': [2, 'never'] } };\n",
    });
    const trusted = repo.head();
    repo.git('checkout', '-q', 'feature/login');
    repo.commit('feat: add the form');
    const head = repo.head();
    repo.git('checkout', '-q', trusted);
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pullRequestEvent({ base, head, title: 'feat: add the form' }, 'pull_request_target'),
      env: { GITHUB_SHA: trusted },
      inputs: { commits: 'false' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.report.config).toBe('commitlint.config.mjs');
  });

  test('a catastrophic headerPattern in YAML is bounded, a lookaround one refused', async () => {
    const { repo, base } = repository();
    repo.commit(`${'a'.repeat(30_000)}!`, {
      '.commitlintrc.yml':
        "parserPreset:\n  parserOpts:\n    headerPattern: '^(\\w+\\s?)*: (.*)$'\n    headerCorrespondence: [type, subject]\nrules:\n  type-empty: [2, never]\n",
    });
    const event = pushEvent({ before: base, after: repo.head(), ref: 'refs/heads/feature/x' });
    const bounded = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event,
      timeoutMs: 20_000,
    });
    expect(bounded.signal).toBeNull();
    expect(bounded.report.commits[0].problems.map((p: { rule: string }) => p.rule)).toEqual([
      'type-empty',
    ]);
    repo.write({
      '.commitlintrc.yml':
        "parserPreset:\n  parserOpts:\n    headerPattern: '^(?=\\w)(\\w+\\s?)*: (.*)$'\nrules:\n  type-empty: [2, never]\n",
    });
    const refused = await runAction({ action: 'commit-lint', workspace: repo.dir, event });
    expect(refused.exitCode).toBe(1);
    expect(annotations(refused)[0]).toMatchObject({
      properties: { file: '.commitlintrc.yml', line: '3' },
      message: expect.stringMatching(
        /parserPreset\.parserOpts\.headerPattern: it uses a lookaround/,
      ),
    });
  });
});

describe('commit-lint: branch-pattern and protected branches', () => {
  test.each([
    [
      'the default branch',
      'refs/heads/trunk',
      { 'branch-pattern': '^(feature|fix)/' },
      'the default branch',
    ],
    [
      'main, protected by default',
      'refs/heads/main',
      { 'branch-pattern': '^(feature|fix)/' },
      'a protected branch',
    ],
    [
      'a branch listed in protected-branches',
      'refs/heads/release',
      { 'branch-pattern': '^(feature|fix)/', 'protected-branches': 'release' },
      'a protected branch',
    ],
  ])('a push to %s passes', async (_, ref, inputs, exempt) => {
    const { repo, base } = repository();
    repo.commit('feat: add the form');
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pushEvent({ before: base, after: repo.head(), ref, defaultBranch: 'trunk' }),
      inputs,
    });
    expect(result.exitCode).toBe(0);
    expect(result.report.branch).toMatchObject({ valid: true, exempt });
  });

  test('a push to another branch is held to the pattern', async () => {
    const { repo, base } = repository();
    repo.commit('feat: add the form');
    const result = await runAction({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pushEvent({ before: base, after: repo.head(), ref: 'refs/heads/hotfix-1' }),
      inputs: { 'branch-pattern': '^(feature|fix)/' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.report.branch).toEqual({
      name: 'hotfix-1',
      pattern: '^(feature|fix)/',
      valid: false,
    });
  });
});
