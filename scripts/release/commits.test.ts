import { describe, expect, test } from '@jest/globals';
import { bumpOf, parseCommit } from './commits.ts';

const bump = (...messages: string[]) =>
  bumpOf(messages.map((message, i) => parseCommit(`sha${i}`, message)));

describe('the bump a set of Conventional Commits calls for', () => {
  test.each([
    [['fix: a'], 'patch'],
    [['perf(kit): a'], 'patch'],
    [['fix: a', 'feat(x): b'], 'minor'],
    [['feat: a', 'fix: b'], 'minor'],
    [['chore!: drop Node 20'], 'major'],
    [['refactor(kit)!: rename'], 'major'],
    [['fix: a\r\n\r\nBREAKING CHANGE: b'], 'major'],
    [['fix: a\n\nBREAKING-CHANGE: b'], 'major'],
    [['docs: a', 'test: b', 'chore(release): c', 'Merge branch x', 'not conventional'], null],
  ])('%j → %s', (messages, expected) => {
    expect(bump(...messages)).toBe(expected);
  });

  test('a breaking header keeps its type, scope and subject, with the subject as the note', () => {
    expect(parseCommit('abc', 'feat(api)!: drop v1')).toMatchObject({
      type: 'feat',
      scope: 'api',
      subject: 'drop v1',
      breaking: true,
      notes: ['drop v1'],
    });
  });
});
