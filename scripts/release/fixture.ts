/**
 * Release fixtures for the tests: a real git repository shaped like ours (actions/, packages/,
 * a composite that runs its siblings, a build writing dist/) with a bare remote it pushes to.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git } from './git.ts';

// Stands in for scripts/build.ts: copies action.yml and README.md, "bundles" src/ into index.js.
const BUILD = `import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
rmSync('dist', { recursive: true, force: true });
for (const name of readdirSync('actions')) {
  const out = 'dist/' + name;
  mkdirSync(out, { recursive: true });
  cpSync('actions/' + name + '/action.yml', out + '/action.yml');
  const src = 'actions/' + name + '/src';
  if (!existsSync(src)) continue;
  const code = readdirSync(src).filter((file) => !file.endsWith('.test.ts')).sort().map((file) => readFileSync(src + '/' + file, 'utf8')).join('');
  writeFileSync(out + '/index.js', code);
}
`;

const nodeAction = (name: string) =>
  `name: ${name}\ndescription: ${name}\nruns:\n  using: node24\n  main: index.js\n`;
const composite = `name: combo
description: runs alpha and beta
runs:
  using: composite
  steps:
    - shell: bash
      run: node "$GITHUB_ACTION_PATH/../alpha/index.js" && node "$GITHUB_ACTION_PATH/../beta/index.js"
`;

export interface Fixture {
  dir: string;
  remote: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  commit(message: string, files: Record<string, string>): string;
  /** `git ls-remote --tags` of the bare remote: tag → commit. */
  remoteTags(): Map<string, string>;
}

export function releaseFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'flow-release-'));
  const dir = join(root, 'work');
  const remote = join(root, 'remote.git');
  mkdirSync(dir);
  git(root, ['init', '--quiet', '--bare', remote]);
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  for (const [key, value] of [
    ['user.name', 'Release Test'],
    ['user.email', 'release@example.com'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
  ]) {
    git(dir, ['config', key!, value!]);
  }
  git(dir, ['remote', 'add', 'origin', remote]);
  const fixture: Fixture = {
    dir,
    remote,
    git: (...args) => git(dir, args),
    write(files) {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
    },
    commit(message, files) {
      fixture.write(files);
      git(dir, ['add', '--all']);
      git(dir, ['commit', '--quiet', '-m', message]);
      return git(dir, ['rev-parse', 'HEAD']);
    },
    remoteTags() {
      const lines = git(dir, ['ls-remote', '--tags', remote]).split('\n').filter(Boolean);
      return new Map(
        lines.map((line) => [line.split('\t')[1]!.replace('refs/tags/', ''), line.split('\t')[0]!]),
      );
    },
  };
  fixture.commit('chore: start the monorepo', {
    'package.json': `${JSON.stringify({ name: 'fixture', private: true, scripts: { build: 'node build.mjs' } }, null, 2)}\n`,
    'build.mjs': BUILD,
    'packages/kit/package.json': '{ "name": "@flow-actions/kit" }\n',
    'packages/kit/src/index.ts': 'export const kit = 1;\n',
    'packages/git/package.json': '{ "name": "@flow-actions/git" }\n',
    'packages/git/src/index.ts': 'export const git = 1;\n',
    'actions/alpha/action.yml': nodeAction('alpha'),
    'actions/alpha/package.json':
      '{ "name": "@flow-actions/alpha", "version": "1.0.0", "private": true }\n',
    'actions/alpha/src/main.ts': "import { kit } from '@flow-actions/kit';\n// alpha 1\n",
    'actions/alpha/src/main.test.ts': "import '@flow-actions/git';\n",
    'actions/beta/action.yml': nodeAction('beta'),
    'actions/beta/package.json':
      '{ "name": "@flow-actions/beta", "version": "1.0.0", "private": true }\n',
    'actions/beta/src/main.ts': '// beta 1\n',
    'actions/combo/action.yml': composite,
    '.github/workflows/hygiene.yml': 'on:\n  workflow_call:\njobs: {}\n',
    '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
    'actions/combo/package.json':
      '{ "name": "@flow-actions/combo", "version": "1.0.0", "private": true }\n',
  });
  git(dir, ['push', '--quiet', 'origin', 'main']);
  return fixture;
}
