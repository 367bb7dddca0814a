import { expect, test } from '@jest/globals';
import { mergeByTimestamp } from './docker.ts';

test("stdout and stderr of docker logs merge in time order, each stream's order kept", () => {
  const stdout = '2026-01-01T00:00:01.000000000Z starting\n2026-01-01T00:00:03.000000000Z ready\n';
  const stderr =
    '2026-01-01T00:00:02.000000000Z WARN slow disk\n2026-01-01T00:00:03.000000000Z ERROR late';
  expect(mergeByTimestamp(stdout, stderr)).toEqual([
    '2026-01-01T00:00:01.000000000Z starting\n',
    '2026-01-01T00:00:02.000000000Z WARN slow disk\n',
    '2026-01-01T00:00:03.000000000Z ready\n',
    '2026-01-01T00:00:03.000000000Z ERROR late\n',
  ]);
});
