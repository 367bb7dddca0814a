import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '@flow-actions/kit';
import {
  mergeGroupEvent,
  pullRequestEvent,
  pushEvent,
  shallowClone,
  tempRepo,
  workflowDispatchEvent,
  type TempRepo,
} from '@flow-actions/testing';
import { listCommits } from './commits.ts';
import { lineToBase, rangeCommits } from './range-commits.ts';
import { resolveRange } from './range.ts';

const cleanup: TempRepo[] = [];
afterAll(() => cleanup.forEach((repo) => repo.remove()));

/** origin: 60 commits on main, then a feature branch of 5 commits from main~20, while main moved on. */
function makeOrigin() {
  const origin = tempRepo('flow-origin-');
  cleanup.push(origin);
  origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true'); // as GitHub allows fetching any SHA
  for (let i = 0; i < 40; i++) origin.commit(`chore: main ${i}`, { 'main.txt': `${i}\n` });
  const forkPoint = origin.head();
  for (let i = 40; i < 60; i++) origin.commit(`chore: main ${i}`, { 'main.txt': `${i}\n` });
  const mainTip = origin.head();
  origin.git('checkout', '-q', '-b', 'feature', forkPoint);
  const feature: string[] = [];
  for (let i = 0; i < 5; i++)
    feature.push(origin.commit(`feat: step ${i}`, { [`f${i}.txt`]: 'x\n' }));
  origin.git('checkout', '-q', 'main');
  return { origin, forkPoint, mainTip, feature };
}

const world = makeOrigin();

describe('pull requests', () => {
  test('merge-base of base and head through head, in a full clone', async () => {
    const range = await resolveRange(world.origin.dir, {
      event: pullRequestEvent({ base: world.mainTip, head: world.feature[4]!, number: 12 }),
    });
    expect(range).toEqual({
      base: world.forkPoint,
      head: world.feature[4],
      source: 'pull request #12',
    });
    const commits = await listCommits(world.origin.dir, range);
    expect(commits.map((commit) => commit.sha)).toEqual(world.feature);
  });

  test('a depth-1 clone is deepened until the merge-base and every commit are there', async () => {
    const clone = shallowClone(world.origin, 1);
    cleanup.push(clone);
    const log: string[] = [];
    const range = await resolveRange(clone.dir, {
      event: pullRequestEvent({ base: world.mainTip, head: world.feature[4]! }),
      log: (message) => log.push(message),
    });
    expect(range.base).toBe(world.forkPoint);
    const commits = await listCommits(clone.dir, range);
    expect(commits.map((commit) => commit.sha)).toEqual(world.feature);
    expect(log.some((line) => line.includes('fetching'))).toBe(true);
  });

  test('a commit that cannot be fetched is a clear error', async () => {
    const clone = shallowClone(world.origin, 1);
    cleanup.push(clone);
    await expect(
      resolveRange(clone.dir, {
        event: pullRequestEvent({ base: world.mainTip, head: 'f'.repeat(40) }),
      }),
    ).rejects.toThrow(
      /commit f{40} is not in the clone and cannot be fetched from origin: .*fetch-depth: 0/,
    );
  });
});

describe('pushes', () => {
  test('before..after', async () => {
    const range = await resolveRange(world.origin.dir, {
      event: pushEvent({ before: world.feature[1]!, after: world.feature[4]! }),
    });
    expect(range.base).toBe(world.feature[1]);
    expect((await listCommits(world.origin.dir, range)).map((c) => c.sha)).toEqual(
      world.feature.slice(2),
    );
  });

  test('a new branch (all-zero before) starts at the merge-base with the default branch', async () => {
    const clone = shallowClone(world.origin, 1, 'feature');
    cleanup.push(clone);
    const range = await resolveRange(clone.dir, {
      event: pushEvent({
        before: '0'.repeat(40),
        after: world.feature[4]!,
        ref: 'refs/heads/feature',
      }),
    });
    expect(range.base).toBe(world.forkPoint);
    expect((await listCommits(clone.dir, range)).map((c) => c.sha)).toEqual(world.feature);
  });

  test('a new branch with no default branch to compare with checks its head alone', async () => {
    const range = await resolveRange(world.origin.dir, {
      event: pushEvent({
        before: '0'.repeat(40),
        after: world.feature[4]!,
        defaultBranch: 'does-not-exist',
      }),
      remote: world.origin.dir,
    });
    expect(range.base).toBeUndefined();
  });
});

describe('other events', () => {
  test('merge_group uses base_sha..head_sha', async () => {
    const range = await resolveRange(world.origin.dir, {
      event: mergeGroupEvent(world.feature[2]!, world.feature[4]!),
    });
    expect(range.base).toBe(world.feature[2]);
  });

  test('workflow_dispatch takes from and to inputs', async () => {
    const range = await resolveRange(world.origin.dir, {
      event: workflowDispatchEvent({ from: world.feature[0]!, to: world.feature[3]! }),
    });
    expect(range).toMatchObject({ base: world.feature[0], head: world.feature[3] });
    await expect(
      resolveRange(world.origin.dir, { event: workflowDispatchEvent({}) }),
    ).rejects.toThrow(UsageError);
  });

  test('explicit from/to win over the event', async () => {
    const range = await resolveRange(world.origin.dir, {
      from: world.feature[3]!,
      to: world.feature[4]!,
      event: pushEvent({ before: world.forkPoint, after: world.mainTip }),
    });
    expect(range).toMatchObject({ base: world.feature[3], head: world.feature[4] });
  });

  test('a revision that git would take for an option is a usage error, and git never runs', async () => {
    const written = join(world.origin.dir, 'pwned');
    for (const request of [
      { from: `--output=${written}` },
      { from: world.forkPoint, to: `--output=${written}` },
      { event: workflowDispatchEvent({ from: `--output=${written}` }) },
    ]) {
      for (const list of [
        () => resolveRange(world.origin.dir, request),
        () => rangeCommits(world.origin.dir, request, () => undefined),
      ]) {
        const error = (await list().catch((caught: unknown) => caught)) as UsageError;
        expect(error).toBeInstanceOf(UsageError);
        expect(error.message).toMatch(/is not a revision: it starts with "-"/);
        expect(error.input).toBe(request.to ? 'to' : 'from');
      }
    }
    expect(existsSync(written)).toBe(false);
  });

  test('an event without a range is a usage error naming from and to', async () => {
    await expect(
      resolveRange(world.origin.dir, { event: { name: 'schedule', payload: {} } }),
    ).rejects.toThrow(
      'cannot tell which commits to check from a schedule event; give the range with from and to',
    );
    await expect(resolveRange(world.origin.dir, {})).rejects.toThrow(UsageError);
  });
});

describe('rangeCommits: the range and its commits from one walk', () => {
  /** rangeCommits agrees with resolveRange followed by listCommits, and checks each commit once. */
  async function expectSameAsResolveThenList(
    dir: string,
    request: Parameters<typeof resolveRange>[1],
  ) {
    const checked: string[] = [];
    const { range, results: commits } = await rangeCommits(dir, request, (commit) => {
      checked.push(commit.sha);
      return commit;
    });
    const expected = await resolveRange(dir, request);
    expect(range).toEqual(expected);
    expect(commits).toEqual(await listCommits(dir, expected));
    expect(new Set(checked).size).toBe(checked.length);
    return { range, commits, checked };
  }

  test('a pull request in a full clone: the single boundary commit is the merge-base', async () => {
    const { range, commits, checked } = await expectSameAsResolveThenList(world.origin.dir, {
      event: pullRequestEvent({ base: world.mainTip, head: world.feature[4]!, number: 12 }),
    });
    expect(range.base).toBe(world.forkPoint);
    expect(commits.map((commit) => commit.sha)).toEqual(world.feature);
    // main moved on: the line from head passed the fork point without meeting base, checking
    // commits of main on the way; they are left out, and the range's commits not checked again.
    expect(checked.length).toBeGreaterThan(commits.length);
  });

  test('a push that moves a branch forward: one line down to base, each commit checked once', async () => {
    const { range, commits, checked } = await expectSameAsResolveThenList(world.origin.dir, {
      event: pushEvent({ before: world.forkPoint, after: world.mainTip }),
    });
    expect(range.base).toBe(world.forkPoint);
    expect(commits).toHaveLength(20);
    expect(checked).toEqual(commits.map((commit) => commit.sha).reverse());
    const base = { sha: world.forkPoint, committedAt: 0 };
    const line = await lineToBase(world.origin.dir, base, world.mainTip, (commit) => commit.sha);
    expect(line.reached).toBe(true);
  });

  /** The git commands a call runs, as GIT_TRACE logs them. */
  async function gitCommandsOf(call: () => Promise<unknown>): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'flow-git-trace-'));
    process.env.GIT_TRACE = join(dir, 'trace');
    try {
      await call();
      return readFileSync(join(dir, 'trace'), 'utf8')
        .split('\n')
        .filter((line) => line.includes('built-in: git'))
        .map((line) => line.replace(/.*built-in: git /, ''));
    } finally {
      delete process.env.GIT_TRACE;
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('an event that counts its commits, base on the line: one git process, a log of head', async () => {
    const pushed = world.origin.git('rev-list', `${world.forkPoint}..${world.mainTip}`).split('\n');
    let found: Awaited<ReturnType<typeof expectSameAsResolveThenList>> | undefined;
    const commands = await gitCommandsOf(async () => {
      found = await expectSameAsResolveThenList(world.origin.dir, {
        event: pushEvent({ before: world.forkPoint, after: world.mainTip, commits: pushed }),
      });
    });
    expect(found!.commits).toHaveLength(20);
    expect(found!.checked).toEqual(pushed);
    // The first command is the range's; the rest are expectSameAsResolveThenList's own.
    expect(commands[0]).toMatch(/^log -z .* -n 21 /);
    expect(commands[1]).not.toMatch(/^log|^show/);
  });

  test('a pull request whose base moved on: the counted line misses base and is not walked again', async () => {
    const request = {
      event: pullRequestEvent({ base: world.mainTip, head: world.feature[4]!, commits: 5 }),
    };
    const commands = await gitCommandsOf(() =>
      rangeCommits(world.origin.dir, request, (commit) => commit.sha),
    );
    expect(commands.map((command) => command.split(' ')[0])).toEqual([
      'log',
      'show',
      'rev-parse',
      'log',
    ]);
    expect(commands[0]).toMatch(/ -n 6 /);
    const { range, commits, checked } = await expectSameAsResolveThenList(
      world.origin.dir,
      request,
    );
    expect(range.base).toBe(world.forkPoint);
    expect(commits.map((commit) => commit.sha)).toEqual(world.feature);
    expect(checked).toHaveLength(6); // the five and the fork point, read with them
  });

  test('a count that is wrong costs time, never the range', async () => {
    for (const commits of [0, 2, 50]) {
      const { range, commits: found } = await expectSameAsResolveThenList(world.origin.dir, {
        event: pullRequestEvent({ base: world.forkPoint, head: world.feature[4]!, commits }),
      });
      expect(range.base).toBe(world.forkPoint);
      expect(found.map((commit) => commit.sha)).toEqual(world.feature);
    }
  });

  test('a line longer than the first commits read: streamed on from there to base', async () => {
    const repo = tempRepo('flow-long-line-');
    cleanup.push(repo);
    const base = repo.commit('chore: root', { 'a.txt': '0\n' });
    for (let i = 0; i < 130; i++)
      repo.git('commit', '-q', '--allow-empty', '-m', `feat: step ${i}`);
    const { range, commits, checked } = await expectSameAsResolveThenList(repo.dir, {
      event: pushEvent({ before: base, after: repo.head() }),
    });
    expect(range.base).toBe(base);
    expect(commits).toHaveLength(130);
    expect(checked).toHaveLength(130);
  });

  test('head at base: the line ends at once, nothing to check', async () => {
    const { commits, checked } = await expectSameAsResolveThenList(world.origin.dir, {
      from: world.mainTip,
      to: world.mainTip,
    });
    expect(commits).toEqual([]);
    expect(checked).toEqual([]);
  });

  test('a line that runs a day older than base is given up at once', async () => {
    const repo = tempRepo('flow-old-line-');
    cleanup.push(repo);
    const day = 24 * 60 * 60;
    const root = repo.commit('chore: root', { 'a.txt': '0\n' }, { date: 1_700_000_000 });
    const base = repo.commit('chore: main', { 'a.txt': '1\n' }, { date: 1_700_000_000 + 10 * day });
    repo.git('checkout', '-q', '-b', 'old', root);
    repo.commit('feat: one', { 'f.txt': '1\n' }, { date: 1_700_000_060 });
    const head = repo.commit('feat: two', { 'f.txt': '2\n' }, { date: 1_700_000_120 });
    const line = await lineToBase(
      repo.dir,
      { sha: base, committedAt: 1_700_000_000 + 10 * day },
      head,
      (commit) => commit.sha,
    );
    expect(line).toEqual({ reached: false, shas: [], results: [] });
    const { range, commits } = await expectSameAsResolveThenList(repo.dir, {
      from: base,
      to: head,
    });
    expect(range.base).toBe(root);
    expect(commits).toHaveLength(2);
  });

  test('a commit dated days before base on the line gives it up; git still lists the range', async () => {
    const repo = tempRepo('flow-skew-');
    cleanup.push(repo);
    const day = 24 * 60 * 60;
    repo.commit('chore: root', { 'a.txt': '0\n' }, { date: 1_700_000_000 });
    const base = repo.commit('chore: base', { 'a.txt': '1\n' }, { date: 1_700_000_000 + 3 * day });
    const skewed = repo.commit('feat: skewed', { 'a.txt': '2\n' }, { date: 1_700_000_000 + day });
    const head = repo.commit('feat: head', { 'a.txt': '3\n' }, { date: 1_700_000_000 + 4 * day });
    const line = await lineToBase(
      repo.dir,
      { sha: base, committedAt: 1_700_000_000 + 3 * day },
      head,
      (commit) => commit.sha,
    );
    expect(line).toEqual({ reached: false, shas: [head], results: [head] });
    const { commits } = await expectSameAsResolveThenList(repo.dir, { from: base, to: head });
    expect(commits.map((commit) => commit.sha)).toEqual([skewed, head]);
  });

  test('a force push (before is not an ancestor of after): the line ends at a root', async () => {
    const repo = tempRepo('flow-forced-');
    cleanup.push(repo);
    const root = repo.commit('chore: root', { 'a.txt': '0\n' });
    const before = repo.commit('feat: first try', { 'a.txt': '1\n' });
    repo.git('reset', '-q', '--hard', root);
    const after = repo.commit('feat: second try', { 'a.txt': '2\n' });
    const line = await lineToBase(repo.dir, { sha: before, committedAt: 0 }, after, (c) => c.sha);
    expect(line).toEqual({ reached: false, shas: [after], results: [after] });
    const { range, commits } = await expectSameAsResolveThenList(repo.dir, {
      event: pushEvent({ before, after }),
    });
    expect(range.base).toBe(root);
    expect(commits.map((commit) => commit.sha)).toEqual([after]);
  });

  test('a branch that merged its base in (two boundary commits): git finds the merge-base', async () => {
    const repo = tempRepo('flow-merged-');
    cleanup.push(repo);
    repo.commit('chore: root', { 'a.txt': '0\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const first = repo.commit('feat: one', { 'f.txt': '1\n' });
    repo.git('checkout', '-q', 'main');
    const mainTip = repo.commit('chore: main moves', { 'a.txt': '1\n' });
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--no-edit', 'main');
    const merge = repo.head();
    const after = repo.commit('feat: two', { 'f.txt': '2\n' });
    repo.git('checkout', '-q', 'main');
    const later = repo.commit('chore: later', { 'b.txt': '1\n' });
    const { range, commits } = await expectSameAsResolveThenList(repo.dir, {
      event: pullRequestEvent({ base: later, head: after }),
    });
    expect(range.base).toBe(mainTip);
    expect(commits.map((commit) => commit.sha)).toEqual([first, merge, after]);
  });

  test('a shallow clone is deepened first, as resolveRange does', async () => {
    const clone = shallowClone(world.origin, 1);
    cleanup.push(clone);
    const { range, results: commits } = await rangeCommits(
      clone.dir,
      { event: pullRequestEvent({ base: world.mainTip, head: world.feature[4]! }) },
      (commit) => commit,
    );
    expect(range.base).toBe(world.forkPoint);
    expect(commits.map((commit) => commit.sha)).toEqual(world.feature);
  });

  test('a shallow clone holding the line from head down to base: nothing fetched', async () => {
    const clone = shallowClone(world.origin, 21);
    cleanup.push(clone);
    const logged: string[] = [];
    const { range, results: commits } = await rangeCommits(
      clone.dir,
      {
        event: pushEvent({ before: world.forkPoint, after: world.mainTip }),
        log: (message) => logged.push(message),
      },
      (commit) => commit.sha,
    );
    expect(range.base).toBe(world.forkPoint);
    expect(commits).toHaveLength(20);
    expect(logged).toEqual([]);
  });

  test('an empty range (head already in base) lists nothing', async () => {
    const { range, commits } = await expectSameAsResolveThenList(world.origin.dir, {
      from: world.mainTip,
      to: world.forkPoint,
    });
    expect(range.base).toBe(world.forkPoint);
    expect(commits).toEqual([]);
  });

  test('histories without a common ancestor are an error, as from resolveRange', async () => {
    const repo = tempRepo('flow-unrelated-');
    cleanup.push(repo);
    const one = repo.commit('chore: one', { 'a.txt': '1\n' });
    repo.git('checkout', '-q', '--orphan', 'other');
    const two = repo.commit('chore: two', { 'b.txt': '1\n' });
    await expect(rangeCommits(repo.dir, { from: one, to: two }, () => 0)).rejects.toThrow(
      /have no common ancestor/,
    );
  });
});
