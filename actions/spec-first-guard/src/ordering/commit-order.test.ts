import { describe, expect, test } from '@jest/globals';
import { globSet } from '../globs.ts';
import { checkOrdering, timeline, type OrderingInput } from './commit-order.ts';

function input(commits: [string, string[]][]): OrderingInput {
  return {
    commits: commits.map(([sha]) => ({ sha, message: `commit ${sha}\n\nbody` })),
    filesByCommit: new Map(commits),
    changed: [...new Set(commits.flatMap(([, files]) => files))],
    spec: globSet(['docs/openapi/**', 'openspec/changes/*/specs/**']),
    implementation: globSet(['src/routes/**', '!src/routes/**/*.test.ts']),
  };
}

const options = { requireSpec: true, specFirst: true, sameCommit: 'allow' as const };
const rulesOf = (commits: [string, string[]][], sameCommit: 'allow' | 'deny' = 'allow') => {
  const given = input(commits);
  return checkOrdering(given, timeline(given), { ...options, sameCommit }).map(
    (finding) => finding.rule,
  );
};

describe('commit order', () => {
  test('the timeline says what each commit touched', () => {
    const given = input([
      ['a1', ['openspec/changes/logs/specs/api.md']],
      ['b2', ['src/routes/logs.ts', 'docs/openapi/api.yaml']],
      ['c3', ['src/routes/logs.test.ts', 'README.md']],
    ]);
    expect(timeline(given).map((entry) => [entry.subject, entry.touches])).toEqual([
      ['commit a1', 'spec'],
      ['commit b2', 'both'],
      ['commit c3', 'neither'],
    ]);
  });

  test('require-spec, spec-first and same-commit', () => {
    expect(rulesOf([['a', ['src/routes/x.ts']]])).toEqual(['require-spec']);
    expect(rulesOf([['a', ['src/routes/x.test.ts']]])).toEqual([]);
    expect(
      rulesOf([
        ['a', ['docs/openapi/x.yaml']],
        ['b', ['src/routes/x.ts']],
      ]),
    ).toEqual([]);
    expect(
      rulesOf([
        ['a', ['src/routes/x.ts']],
        ['b', ['docs/openapi/x.yaml']],
      ]),
    ).toEqual(['spec-first']);
    expect(rulesOf([['a', ['src/routes/x.ts', 'docs/openapi/x.yaml']]])).toEqual([]);
    expect(rulesOf([['a', ['src/routes/x.ts', 'docs/openapi/x.yaml']]], 'deny')).toEqual([
      'spec-first',
    ]);
  });
});
