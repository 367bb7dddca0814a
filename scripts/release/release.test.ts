import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseFixture } from './fixture.ts';
import { release, releaseMessage, type ReleaseOptions } from './publish.ts';
import { releasePaths } from './scope.ts';

describe('release against a real repository and a bare remote', () => {
  const repo = releaseFixture();
  const lines: string[] = [];
  const options: ReleaseOptions = { push: 'origin', log: (line) => lines.push(line) };
  const read = (path: string) => readFileSync(join(repo.dir, path), 'utf8');
  const show = (rev: string) => repo.git('show', rev);
  const manifest = (name: string) =>
    (JSON.parse(read(`actions/${name}/package.json`)) as { version: string }).version;

  test('an action covers its own folder, the packages its sources import and a composite its siblings', () => {
    expect(releasePaths(repo.dir, 'alpha')).toEqual(['actions/alpha', 'packages/kit']);
    expect(releasePaths(repo.dir, 'beta')).toEqual(['actions/beta']);
    expect(releasePaths(repo.dir, 'combo')).toEqual([
      'actions/alpha',
      'actions/beta',
      'actions/combo',
      'packages/kit',
    ]);
  });

  test('--dry-run prints the plan and changes nothing', () => {
    const head = repo.git('rev-parse', 'HEAD');
    const result = release(repo.dir, { dryRun: true, log: (line) => lines.push(line) });
    expect(result.plan.actions.map((action) => [action.name, action.next])).toEqual([
      ['alpha', '1.0.0'],
      ['beta', '1.0.0'],
      ['combo', '1.0.0'],
    ]);
    expect(lines.join('\n')).toContain('alpha: unreleased -> v1.0.0 (first');
    expect(lines.join('\n')).toContain('would tag alpha/v1.0.0 and move alpha/v1');
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('tag', '--list')).toBe('');
  });

  test('the first release publishes each manifest version and pushes the tags', () => {
    const result = release(repo.dir, options);
    expect(result.tags).toEqual([
      'alpha/v1.0.0',
      'alpha/v1',
      'beta/v1.0.0',
      'beta/v1',
      'combo/v1.0.0',
      'combo/v1',
      'v1',
    ]);
    expect(read('actions/alpha/CHANGELOG.md')).toMatch(
      /^# Changelog: alpha\n\n## 1\.0\.0 \(\d{4}-\d\d-\d\d\)\n\nFirst release\.\n$/,
    );
    // The publish commit's tree is dist/: <name>/action.yml and <name>/index.js at its root.
    // … and the reusable workflows (on: workflow_call), so `.github/workflows/x.yml@<tag>` resolves.
    expect(repo.git('ls-tree', '-r', '--name-only', 'alpha/v1.0.0').split('\n')).toEqual([
      '.github/workflows/hygiene.yml',
      'alpha/action.yml',
      'alpha/index.js',
      'beta/action.yml',
      'beta/index.js',
      'combo/action.yml',
    ]);
    expect(repo.git('rev-parse', 'alpha/v1.0.0^')).toBe(repo.git('rev-parse', 'HEAD'));
    expect(repo.git('log', '-1', '--format=%s')).toBe(
      'chore(release): alpha v1.0.0, beta v1.0.0, combo v1.0.0',
    );
    expect(repo.git('status', '--porcelain')).toBe('');
    const remote = repo.remoteTags();
    expect([...remote.keys()].sort()).toEqual([
      'alpha/v1',
      'alpha/v1.0.0',
      'beta/v1',
      'beta/v1.0.0',
      'combo/v1',
      'combo/v1.0.0',
      'v1',
    ]);
    expect(remote.get('alpha/v1')).toBe(remote.get('alpha/v1.0.0'));
    expect(repo.git('ls-remote', '--heads', repo.remote)).toContain(repo.git('rev-parse', 'HEAD'));
    // The channel carries the composite's own siblings beside it.
    expect(show('v1:combo/siblings/alpha/index.js')).toBe(show('alpha/v1.0.0:alpha/index.js'));
    expect(show('v1:.github/workflows/hygiene.yml')).toContain('workflow_call');
  });

  test('fix and perf make a patch, feat a minor, in every action whose paths they touch', () => {
    repo.commit('fix(kit): handle an empty list', {
      'packages/kit/src/index.ts': 'export const kit = 2;\n',
    });
    repo.commit('docs(beta): explain the inputs', { 'actions/beta/README.md': '# beta\n' });
    repo.commit('feat(beta): add an input', { 'actions/beta/src/main.ts': '// beta 2\n' });
    repo.commit('test(alpha): cover more', { 'actions/alpha/src/main.test.ts': '// more\n' });
    const result = release(repo.dir, options);
    expect(result.plan.actions.map((action) => [action.name, action.bump, action.next])).toEqual([
      ['alpha', 'patch', '1.0.1'],
      ['beta', 'minor', '1.1.0'],
      ['combo', 'minor', '1.1.0'],
    ]);
    expect(manifest('alpha')).toBe('1.0.1');
    const changelog = read('actions/beta/CHANGELOG.md');
    expect(changelog).toMatch(
      /^# Changelog: beta\n\n## 1\.1\.0 \([\d-]+\)\n\n### Features\n\n- \*\*beta:\*\* add an input \([0-9a-f]{7}\)\n\n## 1\.0\.0/,
    );
    expect(changelog).not.toContain('explain the inputs');
    expect(read('actions/combo/CHANGELOG.md')).toContain('- **kit:** handle an empty list');
    expect(repo.remoteTags().get('alpha/v1')).toBe(repo.remoteTags().get('alpha/v1.0.1'));
  });

  test('a breaking change moves one action to v2 while v1 keeps the newest 1.x of every action', () => {
    repo.commit('feat(alpha)!: drop the old input', {
      'actions/alpha/src/main.ts': '// alpha 2\n',
    });
    repo.commit('fix(beta): trim names\n\nCloses #12', {
      'actions/beta/src/main.ts': '// beta 3\n',
    });
    const result = release(repo.dir, options);
    expect(result.plan.actions.map((action) => [action.name, action.next])).toEqual([
      ['alpha', '2.0.0'],
      ['beta', '1.1.1'],
      ['combo', '2.0.0'],
    ]);
    expect(read('actions/alpha/CHANGELOG.md')).toContain(
      '### ⚠ Breaking changes\n\n- **alpha:** drop the old input',
    );
    const remote = repo.remoteTags();
    expect(remote.get('alpha/v2')).toBe(remote.get('alpha/v2.0.0'));
    expect(remote.get('alpha/v1')).toBe(remote.get('alpha/v1.0.1'));
    // v1: alpha stays at 1.0.1, beta gets 1.1.1, combo stays at 1.1.0 with its own siblings.
    repo.git('fetch', '--quiet', '--force', repo.remote, '+refs/tags/*:refs/remotes/check/*');
    expect(show('refs/remotes/check/v1:alpha/index.js')).toBe(
      "import { kit } from '@flow-actions/kit';\n// alpha 1",
    );
    expect(show('refs/remotes/check/v1:beta/index.js')).toBe('// beta 3');
    expect(show('refs/remotes/check/v1:combo/siblings/beta/index.js')).toBe('// beta 2');
    // v2: only what has a 2.x release, and the composite still finds every sibling it runs.
    expect(repo.git('ls-tree', '--name-only', 'refs/remotes/check/v2').split('\n')).toEqual([
      '.github',
      'alpha',
      'combo',
    ]);
    expect(show('refs/remotes/check/v2:alpha/index.js')).toBe('// alpha 2');
    expect(show('refs/remotes/check/v2:combo/siblings/beta/index.js')).toBe('// beta 3');
  });

  test('a BREAKING CHANGE footer is a major bump too', () => {
    repo.commit('fix(beta): rename the output\n\nBREAKING CHANGE: `names` is now `name-list`.', {
      'actions/beta/src/main.ts': '// beta 4\n',
    });
    const result = release(repo.dir, options);
    expect(result.plan.actions.find((action) => action.name === 'beta')?.next).toBe('2.0.0');
    expect(read('actions/beta/CHANGELOG.md')).toContain('- **beta:** rename the output (');
    expect(read('actions/beta/CHANGELOG.md')).toContain('  `names` is now `name-list`.');
    expect(repo.git('ls-tree', '--name-only', 'v2').split('\n')).toEqual([
      '.github',
      'alpha',
      'beta',
      'combo',
    ]);
    expect(repo.git('ls-tree', '--name-only', 'v1').split('\n')).toEqual([
      '.github',
      'alpha',
      'beta',
      'combo',
    ]);
  });

  test('a re-run releases nothing and moves no tag, locally or on the remote', () => {
    const head = repo.git('rev-parse', 'HEAD');
    const before = repo.remoteTags();
    const result = release(repo.dir, options);
    expect(result.tags).toEqual([]);
    expect(lines.at(-2)).toBe('nothing to release');
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.remoteTags()).toEqual(before);
  });

  test('a run that stopped after its commit is finished, not repeated', () => {
    repo.commit('perf(beta): cache the parse', { 'actions/beta/src/main.ts': '// beta 5\n' });
    repo.write({
      'actions/beta/package.json': read('actions/beta/package.json').replace('2.0.0', '2.0.1'),
    });
    repo.git('commit', '--quiet', '-am', 'chore(release): beta v2.0.1');
    const result = release(repo.dir, options);
    // The composite runs beta, so it is released with it; both channels holding them move.
    expect(result.tags).toEqual(['beta/v2.0.1', 'beta/v2', 'combo/v3.0.1', 'combo/v3', 'v2', 'v3']);
    expect(read('actions/beta/CHANGELOG.md').match(/^## 2\.0\.1/gm)).toHaveLength(1);
    expect(repo.remoteTags().has('beta/v2.0.1')).toBe(true);
  });

  test('a version raised by hand in package.json is released as it is', () => {
    repo.commit('chore(alpha): prepare the next major', {
      'actions/alpha/package.json': read('actions/alpha/package.json').replace('2.0.0', '3.0.0'),
    });
    const result = release(repo.dir, options);
    const alpha = result.plan.actions.find((action) => action.name === 'alpha')!;
    expect([alpha.bump, alpha.next]).toEqual(['manual', '3.0.0']);
    expect(result.tags).toEqual(['alpha/v3.0.0', 'alpha/v3', 'v3']);
    expect(read('actions/alpha/CHANGELOG.md')).toMatch(
      /## 3\.0\.0 \([\d-]+\)\n\nNo feature or fix commits/,
    );
  });

  test('a failing build leaves the work tree as it was and says what failed', () => {
    repo.commit('feat(beta): add a flag', { 'actions/beta/src/main.ts': '// beta 6\n' });
    const head = repo.git('rev-parse', 'HEAD');
    const failing = {
      ...options,
      build: ['sh', '-c', 'rm -rf dist; echo compiling; echo "error TS2304: nope" >&2; exit 2'],
    };
    expect(() => release(repo.dir, failing)).toThrow(
      /sh -c .* failed; the versions and changelogs are restored:\ncompiling\nerror TS2304: nope$/,
    );
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('tag', '--list', 'beta/v2.1.0')).toBe('');
  });

  test('a dirty work tree is refused before anything happens', () => {
    repo.write({ 'actions/alpha/src/extra.ts': '// not committed\n' });
    expect(() => release(repo.dir, options)).toThrow(
      /dirty work tree .*actions\/alpha\/src\/extra\.ts/,
    );
    expect(repo.git('tag', '--list', 'alpha/v2.0.1')).toBe('');
  });

  test('the command line says why it refuses and exits non-zero', () => {
    const cli = fileURLToPath(new URL('release.ts', import.meta.url));
    const run = spawnSync(process.execPath, [cli, '--dry-run'], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^release: refusing to release from a dirty work tree/);
  });
});

test('the release commit keeps its header within 72 characters', () => {
  expect(releaseMessage(['alpha v1.0.0'])).toBe('chore(release): alpha v1.0.0');
  const many = [
    'commit-lint v1.3.0',
    'coverage-gate v1.0.1',
    'pr-checks v1.1.0',
    'spec-first-guard v1.0.1',
  ];
  expect(releaseMessage(many)).toBe(
    `chore(release): publish 4 actions\n\n${many.map((name) => `- ${name}`).join('\n')}\n`,
  );
});
