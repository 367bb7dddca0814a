import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from '@jest/globals';
import { UsageError, Workspace } from '@flow-actions/kit';
import { tempRepo, type TempRepo } from '@flow-actions/testing';
import { scopesFrom } from './scopes.ts';

let repo: TempRepo | undefined;
let outside: string | undefined;
afterEach(() => {
  repo?.remove();
  if (outside) rmSync(outside, { recursive: true, force: true });
});

/** A folder outside the workspace holding folders whose names must never be printed. */
function secrets(): string {
  outside = mkdtempSync(join(tmpdir(), 'flow-outside-'));
  mkdirSync(join(outside, 'secret-folder-name'));
  return outside;
}

function scopes(files: Record<string, string>, spec = 'workspaces'): unknown {
  repo = tempRepo('flow-commit-lint-scopes-');
  repo.write(files);
  try {
    return scopesFrom(new Workspace(repo.dir), spec);
  } catch (error) {
    return error;
  }
}

test('package folders and names', () => {
  expect(
    scopes({
      'package.json': JSON.stringify({ workspaces: ['packages/*', 'apps/**'] }),
      'packages/core/package.json': JSON.stringify({ name: '@acme/core-lib' }),
      'apps/web/site/x.txt': 'x',
      'packages/.hidden/x': 'x',
    }),
  ).toEqual(['core', 'core-lib', 'site', 'web']);
});

test.each([
  ['a relative pattern that climbs out', ['../../etc/*']],
  ['an absolute pattern', ['/etc/*']],
  ['a climb in the middle', ['packages/../../*']],
])('%s is refused, naming only the pattern', (_, workspaces) => {
  const error = scopes({ 'package.json': JSON.stringify({ workspaces }) }) as UsageError;
  expect(error).toBeInstanceOf(UsageError);
  expect(error.message).toBe(
    `the workspace pattern ${JSON.stringify(workspaces[0])} leads outside the workspace`,
  );
});

test('folders:<glob> that climbs out is refused too', () => {
  expect((scopes({}, 'folders:../*') as Error).message).toMatch(/leads outside the workspace/);
});

test('a folder that is a link out of the workspace is not entered', () => {
  const target = secrets();
  repo = tempRepo('flow-commit-lint-scopes-');
  repo.write({
    'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
    'packages/core/package.json': '{"name": "core"}',
  });
  symlinkSync(target, join(repo.dir, 'packages', 'linked'));
  symlinkSync(target, join(repo.dir, 'elsewhere'));
  expect(scopesFrom(new Workspace(repo.dir), 'workspaces')).toEqual(['core']);
  const error = (() => {
    try {
      return scopesFrom(new Workspace(repo!.dir), 'folders:elsewhere/*');
    } catch (caught) {
      return caught as Error;
    }
  })();
  expect(String((error as Error).message ?? error)).not.toContain('secret-folder-name');
});

test('a package.json that is a link out of the workspace is refused, its content never shown', () => {
  const target = secrets();
  repo = tempRepo('flow-commit-lint-scopes-');
  symlinkSync(join(target, 'secret-folder-name'), join(repo.dir, 'package.json'));
  expect(() => scopesFrom(new Workspace(repo!.dir), 'workspaces')).toThrow(
    /symbolic link that leads outside the workspace/,
  );
});
