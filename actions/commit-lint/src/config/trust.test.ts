import { afterEach, expect, test } from '@jest/globals';
import { tempRepo, type TempRepo } from '@flow-actions/testing';
import { codeRefusal } from './trust.ts';

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

function checkout(): { dir: string; base: string; head: string } {
  repo = tempRepo('flow-commit-lint-trust-');
  const base = repo.commit('chore: base', { 'commitlint.config.mjs': 'export default {};' });
  const head = repo.commit('feat: head', { 'commitlint.config.mjs': 'process.exit(0);' });
  return { dir: repo.dir, base, head };
}

test('on pull_request and push, configurations run as commitlint runs them', async () => {
  const { dir } = checkout();
  expect(await codeRefusal('pull_request', {}, dir)).toBeUndefined();
  expect(await codeRefusal('push', {}, dir)).toBeUndefined();
  expect(await codeRefusal(undefined, {}, dir)).toBeUndefined();
});

test.each(['pull_request_target', 'workflow_run'])(
  'on %s, only an unchanged checkout of GITHUB_SHA may run code',
  async (event) => {
    const { dir, base, head } = checkout();
    expect(await codeRefusal(event, { GITHUB_SHA: base }, dir)).toMatch(
      new RegExp(`on ${event}, which runs with the repository's secrets`),
    );
    expect(await codeRefusal(event, {}, dir)).toMatch(/use a \.commitlintrc\.json/);
    expect(await codeRefusal(event, { GITHUB_SHA: head }, dir)).toBeUndefined();
    repo!.write({ 'extra.js': 'x' });
    expect(await codeRefusal(event, { GITHUB_SHA: head }, dir)).toBeDefined();
  },
);
