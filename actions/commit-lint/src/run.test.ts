import { afterEach, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubEvent } from '@flow-actions/github/event';
import {
  inputsWithDefaults,
  localContext,
  readActionMetadata,
  UsageError,
  type RunContext,
} from '@flow-actions/kit';
import { mergeGroupEvent, pullRequestEvent, tempRepo, type TempRepo } from '@flow-actions/testing';
import { run } from './run.ts';

const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

function context(
  workspace: string,
  inputs: Record<string, string> = {},
  event?: GitHubEvent,
): RunContext {
  return localContext({ workspace, inputs: inputsWithDefaults(metadata, inputs), event });
}

describe('commit-lint run', () => {
  test('--message lints one message', async () => {
    repo = tempRepo();
    const outcome = await run(context(repo.dir, { message: 'feat: Added the thing.' }));
    expect(outcome.report.passed).toBe(false);
    expect(outcome.report.commits[0]).toMatchObject({
      sha: '',
      header: 'feat: Added the thing.',
      valid: false,
      suggestion: 'feat: add the thing',
    });
    expect(outcome.outputs).toEqual({ errors: '3', warnings: '0' });
  });

  test('--edit reads a commit-msg file without its comment lines', async () => {
    repo = tempRepo();
    const file = join(repo.dir, 'MSG');
    writeFileSync(
      file,
      'fix: handle empty input\n# Please enter the commit message\n# Added: comment\n',
    );
    const outcome = await run(context(repo.dir, { edit: file }));
    expect(outcome.report.passed).toBe(true);
  });

  test('a pull request: every commit, the title and the branch; bots skipped', async () => {
    repo = tempRepo();
    const base = repo.commit('chore: start');
    repo.commit('feat(api): add the endpoint');
    repo.commit('fixed stuff');
    repo.commit(
      'Bump x from 1 to 2',
      {},
      { author: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
    );
    repo.commit("Merge branch 'main' into feature/x");
    const event = pullRequestEvent({
      base,
      head: repo.head(),
      title: 'Add the endpoint',
      headRef: 'topic/x',
    });
    const outcome = await run(
      context(repo.dir, { 'branch-pattern': '^(feature|fix|docs)/' }, event),
    );
    const { report } = outcome;
    expect(report.passed).toBe(false);
    expect(report.counts).toEqual({ valid: 1, invalid: 1, skipped: 2 });
    expect(report.commits.map((c) => [c.header, c.valid, c.skipped])).toEqual([
      ['feat(api): add the endpoint', true, undefined],
      ['fixed stuff', false, undefined],
      ['Bump x from 1 to 2', true, 'author dependabot[bot]'],
      ["Merge branch 'main' into feature/x", true, 'merge commit'],
    ]);
    expect(report.title).toMatchObject({ text: 'Add the endpoint', valid: false });
    expect(report.branch).toEqual({
      name: 'topic/x',
      pattern: '^(feature|fix|docs)/',
      valid: false,
    });
    expect(report.findings.map((f) => f.rule)).toContain('branch-pattern');
  });

  test('the summary shows untrusted headers escaped', async () => {
    repo = tempRepo();
    const base = repo.commit('chore: start');
    repo.commit('<img src=x onerror=alert(1)> | `code` ::error::x');
    const event = pullRequestEvent({ base, head: repo.head(), title: 'feat: add <b>bold</b>' });
    const summary = (await run(context(repo.dir, {}, event))).summary.render();
    expect(summary).toContain(
      '&lt;img src=x onerror=alert&#40;1&#41;&gt; &#124; &#96;code&#96; ::error::x',
    );
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('<b>');
  });

  test('a commitlint config in the workspace wins over the defaults', async () => {
    repo = tempRepo();
    repo.write({
      '.commitlintrc.json': JSON.stringify({ extends: ['@commitlint/config-conventional'] }),
    });
    const base = repo.commit('chore: start');
    repo.commit(
      'feat: added a thing with a header longer than seventy-two characters, which is fine',
    );
    const outcome = await run(context(repo.dir, { from: base }));
    expect(outcome.report).toMatchObject({ passed: true, config: '.commitlintrc.json' });
  });

  test('scopes from the workspaces', async () => {
    repo = tempRepo();
    repo.write({
      'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
      'packages/core/package.json': JSON.stringify({ name: '@acme/core-lib' }),
    });
    const outcome = await run(
      context(repo.dir, { 'scopes-from': 'workspaces', message: 'feat(web): add x' }),
    );
    expect(outcome.report.commits[0]!.problems[0]!.message).toBe(
      'scope must be one of [core, core-lib]',
    );
  });

  test('scopes from folders', async () => {
    repo = tempRepo();
    repo.write({
      'services/billing/x.txt': 'x',
      'services/users/x.txt': 'x',
      'services/README.md': 'x',
    });
    const outcome = await run(
      context(repo.dir, { 'scopes-from': 'folders:services/*', message: 'feat(web): add x' }),
    );
    expect(outcome.report.commits[0]!.problems[0]!.message).toBe(
      'scope must be one of [billing, users]',
    );
  });

  test('a merge group is checked from its base to its head', async () => {
    repo = tempRepo();
    const base = repo.commit('chore: start');
    repo.commit('feat: add x');
    const outcome = await run(context(repo.dir, {}, mergeGroupEvent(base, repo.head())));
    expect(outcome.report.commits.map((c) => c.header)).toEqual(['feat: add x']);
    expect(outcome.report.range?.source).toMatch(/^merge group/);
  });

  test('a config file that does not exist is a usage error', async () => {
    repo = tempRepo();
    await expect(
      run(context(repo.dir, { config: 'nope.json', message: 'feat: x' })),
    ).rejects.toThrow('nope.json does not exist');
  });

  test('a configuration error is told, also when the range cannot be resolved', async () => {
    repo = tempRepo();
    const base = repo.commit('chore: start', { 'a.txt': 'a' });
    repo.commit('feat: add x', {
      '.commitlintrc.json': '{"rules": {"type-enums": [2, "always", ["feat"]]}}',
    });
    const event = pullRequestEvent({ base, head: repo.head(), number: 3 });
    await expect(run(context(repo.dir, {}, event))).rejects.toThrow(/rules\.type-enums/);
    // No event, so no range either: still the configuration's error.
    await expect(run(context(repo.dir, {}, undefined))).rejects.toThrow(/rules\.type-enums/);
  });

  test('nothing to check fails', async () => {
    repo = tempRepo();
    await expect(run(context(repo.dir, { commits: 'false' }))).rejects.toThrow(UsageError);
  });
});
