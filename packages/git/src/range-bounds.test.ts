import { describe, expect, test } from '@jest/globals';
import { pullRequestEvent, pushEvent } from '@flow-actions/testing';
import { boundsFrom } from './range-bounds.ts';

const base = 'a'.repeat(40);
const head = 'b'.repeat(40);

describe("the event's count of commits", () => {
  test('a pull request gives its count; a push its listed commits, unless GitHub cut the list', () => {
    expect(boundsFrom({ event: pullRequestEvent({ base, head, commits: 3 }) }).commits).toBe(3);
    const listed = (count: number) =>
      boundsFrom({
        event: pushEvent({ before: base, after: head, commits: Array(count).fill(head) }),
      }).commits;
    expect(listed(2)).toBe(2);
    expect(listed(2048)).toBeUndefined(); // GitHub lists at most 2,048: the range may hold more
    expect(boundsFrom({ event: pushEvent({ before: base, after: head }) }).commits).toBeUndefined();
  });

  test.each([-1, 1.5, '20', 1e20, Number.NaN, null])(
    'a count that is not one (%p) is no count: the range is worked out without it',
    (commits) => {
      const event = pullRequestEvent({ base, head });
      (event.payload.pull_request as Record<string, unknown>).commits = commits;
      expect(boundsFrom({ event }).commits).toBeUndefined();
    },
  );
});
