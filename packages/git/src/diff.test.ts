import { afterAll, describe, expect, test } from '@jest/globals';
import { tempRepo } from '@flow-actions/testing';
import {
  changedFiles,
  changedLines,
  fileAt,
  mergeRanges,
  parseChangedLines,
  trackedFiles,
  unquotePath,
} from './diff.ts';

const repo = tempRepo();
afterAll(() => repo.remove());
const lines = (count: number, prefix = 'line') =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';

const base = repo.commit('chore: base', {
  'src/keep.ts': lines(10),
  'src/old-name.ts': lines(30, 'stable content that survives a rename'),
  'src/gone.ts': 'bye\n',
  'tab\tname.txt': 'x\n',
});
const head = repo.commit('feat: change', {
  'src/keep.ts': lines(10)
    .replace('line 3\n', 'changed 3\n')
    .replace('line 7\n', 'line 7\nadded 7b\nadded 7c\n'),
  'src/old-name.ts': null,
  'src/new-name.ts': lines(30, 'stable content that survives a rename') + 'one more\n',
  'src/gone.ts': null,
  'src/new.ts': 'a\nb\n',
  'tab\tname.txt': 'y\n',
  'src/my file.js': 'one\ntwo\n',
});

describe('changedFiles', () => {
  test('reports adds, modifications, deletions and renames', async () => {
    const files = await changedFiles(repo.dir, base, head);
    expect(files).toEqual(
      expect.arrayContaining([
        { path: 'src/keep.ts', status: 'modified' },
        { path: 'src/new-name.ts', status: 'renamed', previousPath: 'src/old-name.ts' },
        { path: 'src/gone.ts', status: 'deleted' },
        { path: 'src/new.ts', status: 'added' },
        { path: 'tab\tname.txt', status: 'modified' },
      ]),
    );
    expect(files).toHaveLength(6);
  });
});

describe('changedLines', () => {
  test('gives the head side of every hunk, renames and odd paths included', async () => {
    const changed = await changedLines(repo.dir, base, head);
    expect(changed.get('src/keep.ts')).toEqual([
      [3, 3],
      [8, 9],
    ]);
    expect(changed.get('src/new-name.ts')).toEqual([[31, 31]]);
    expect(changed.get('src/new.ts')).toEqual([[1, 2]]);
    expect(changed.get('tab\tname.txt')).toEqual([[1, 1]]);
    // git ends "+++ b/src/my file.js" with a TAB: no part of the name
    expect(changed.get('src/my file.js')).toEqual([[1, 2]]);
    expect(changed.has('src/gone.ts')).toBe(false);
  });

  test('parses hunks without counts and pure deletions', () => {
    const diff = [
      '+++ b/a.ts',
      '@@ -1 +1 @@',
      '@@ -5,2 +4,0 @@',
      '@@ -9,0 +9,3 @@',
      '+++ "b/\\303\\251t\\303\\251.ts"',
      '@@ -0,0 +1,2 @@',
    ].join('\n');
    const parsed = parseChangedLines(diff);
    expect(parsed.get('a.ts')).toEqual([
      [1, 1],
      [9, 11],
    ]);
    expect(parsed.get('été.ts')).toEqual([[1, 2]]);
  });

  test('unquotes C-style paths and merges ranges', () => {
    expect(unquotePath('"a\\tb\\"c\\\\"')).toBe('a\tb"c\\');
    expect(
      mergeRanges([
        [5, 6],
        [1, 2],
        [3, 3],
        [10, 12],
        [11, 11],
      ]),
    ).toEqual([
      [1, 3],
      [5, 6],
      [10, 12],
    ]);
  });
});

test('tracked files and file contents at a revision', async () => {
  expect((await trackedFiles(repo.dir)).sort()).toEqual([
    'src/keep.ts',
    'src/my file.js',
    'src/new-name.ts',
    'src/new.ts',
    'tab\tname.txt',
  ]);
  expect(await fileAt(repo.dir, base, 'src/gone.ts')).toBe('bye\n');
  expect(await fileAt(repo.dir, head, 'src/gone.ts')).toBeUndefined();
});
