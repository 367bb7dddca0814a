import { describe, expect, test } from '@jest/globals';
import { globSet } from '@flow-actions/rules';
import type { Changes, ChangedPath } from '../changes.ts';
import { checkForbiddenPaths, checkSeparateCommits, companionInput } from './paths.ts';
import { checkSize, sizeOf } from './size.ts';

function changes(files: ChangedPath[]): Changes {
  return { files, commits: [], addedLines: new Map(), contents: new Map() };
}

describe('forbidden-path', () => {
  const forbid = globSet(['SUMMARY.md', '**/.env']);
  test('adding or modifying is forbidden; deleting or renaming away is not', () => {
    const input = companionInput(
      changes([
        { path: 'SUMMARY.md', status: 'added', lines: 3 },
        { path: 'api/.env', status: 'modified', lines: 1 },
        { path: 'old.env', status: 'renamed', previousPath: '.env', lines: 0 },
        { path: 'cfg/.env', status: 'deleted', lines: 2 },
      ]),
    );
    expect(checkForbiddenPaths(forbid, input).map((finding) => finding.file)).toEqual([
      'SUMMARY.md',
      'api/.env',
    ]);
    expect(checkForbiddenPaths(forbid, input)[0]!.message).toMatch(
      /^SUMMARY\.md: no pull request may add or modify it/,
    );
  });
});

describe('separate-commit', () => {
  const commit = (sha: string, files: string[]) => ({ sha, subject: `c ${sha}`, files });
  test('a commit touching TODO.md touches nothing else', () => {
    const findings = checkSeparateCommits(
      [globSet(['TODO.md']), globSet(['CHANGELOG.md', 'docs/changelog/**'])],
      [
        commit('a'.repeat(40), ['TODO.md']),
        commit('b'.repeat(40), ['src/x.ts', 'TODO.md']),
        commit('c'.repeat(40), ['CHANGELOG.md', 'docs/changelog/1.md']),
        commit('d'.repeat(40), ['src/y.ts']),
      ],
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      'commit bbbbbbb "c bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" changes TODO.md together with 1 other file(s) (src/x.ts): commit TODO.md on its own (git rebase -i, then split the commit)',
    ]);
  });
});

describe('pr-size', () => {
  const files: ChangedPath[] = [
    { path: 'src/a.ts', status: 'modified', lines: 300 },
    { path: 'src/b.ts', status: 'added', lines: 150 },
    { path: 'package-lock.json', status: 'modified', lines: 5000 },
  ];
  const size = sizeOf(files, globSet(['**/package-lock.json']));
  test('lockfiles left out; over a limit is a finding', () => {
    expect(size).toEqual({ files: 2, lines: 450, excluded: 1 });
    expect(checkSize(size, { lines: 450, files: 2 })).toEqual([]);
    expect(checkSize(size, { lines: 400, files: 1 })[0]!.message).toBe(
      '450 changed lines (limit 400) and 2 changed files (limit 1), 1 excluded by size-exclude: split the pull request into smaller ones that each make sense alone',
    );
  });
});
