import { afterAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pullRequestEvent, pushEvent } from '@flow-actions/testing';
import {
  isForkPullRequest,
  labelsOf,
  pullRequestOf,
  pushOf,
  readEvent,
  repositoryOf,
} from './event.ts';

const dir = mkdtempSync(join(tmpdir(), 'flow-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('reads the event the runner hands over', async () => {
  const event = pullRequestEvent({
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    labels: ['skip-spec-check'],
  });
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(event.payload));
  const read = await readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path });
  expect(pullRequestOf(read)?.head.sha).toBe('b'.repeat(40));
  expect(labelsOf(read)).toEqual(['skip-spec-check']);
  expect(pushOf(read)).toBeUndefined();
  expect(repositoryOf(read, {})).toEqual({ owner: 'Codertocat', repo: 'Hello-World' });
  expect(await readEvent({})).toBeUndefined();
});

test('a broken payload is a clear error', async () => {
  const path = join(dir, 'broken.json');
  writeFileSync(path, '{');
  await expect(readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path })).rejects.toThrow(
    `the event payload ${path} is not JSON`,
  );
});

test('fork pull requests are recognised; pull_request_target is not read-only', () => {
  const base = { base: 'a'.repeat(40), head: 'b'.repeat(40) };
  expect(isForkPullRequest(pullRequestEvent({ ...base, fork: true }))).toBe(true);
  expect(isForkPullRequest(pullRequestEvent({ ...base, fork: true }, 'pull_request_target'))).toBe(
    false,
  );
  expect(isForkPullRequest(pullRequestEvent(base))).toBe(false);
  expect(isForkPullRequest(pushEvent({ before: 'a', after: 'b' }))).toBe(false);
});
