import { access, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '@flow-actions/kit';
import {
  dispatchInputsOf,
  mergeGroupOf,
  pullRequestOf,
  pushOf,
  type GitHubEvent,
} from '@flow-actions/github/event';
import { eachCommit, OLDEST_FIRST, streamLog, type Commit } from './commits.ts';
import { git, GitError, gitSucceeds } from './exec.ts';

export interface RangeRequest {
  event?: GitHubEvent | undefined;
  /** Explicit bounds (workflow_dispatch inputs, CLI --from/--to) win over the event. */
  from?: string | undefined;
  to?: string | undefined;
  remote?: string;
  log?: (message: string) => void;
}

/** The commits to check: `base..head`; `base` undefined means head alone. */
export interface GitRange {
  base: string | undefined;
  head: string;
  /** Where the range came from, for messages: "pull request #12", "push", ... */
  source: string;
}

const ZERO_SHA = /^0+$/;

interface Bounds {
  base: string | undefined;
  head: string;
  source: string;
  /** For a new branch: the default branch whose merge-base starts the range. */
  defaultBranch?: string;
}

/**
 * The range a user names (CLI --from/--to, workflow_dispatch inputs). A revision never starts with
 * "-": such a value would reach git as an option (`--output=<file>` writes a file).
 */
function namedBounds(from: string, to: string | undefined): Bounds {
  const head = to || 'HEAD';
  for (const [input, value] of [
    ['from', from],
    ['to', head],
  ] as const) {
    if (value.startsWith('-'))
      throw new UsageError(`${JSON.stringify(value)} is not a revision: it starts with "-"`, {
        input,
      });
  }
  return { base: from, head, source: `${from}..${head}` };
}

function boundsFrom(request: RangeRequest): Bounds {
  const { event } = request;
  if (request.from) return namedBounds(request.from, request.to);
  const pullRequest = pullRequestOf(event);
  if (pullRequest)
    return {
      base: pullRequest.base.sha,
      head: pullRequest.head.sha,
      source: `pull request #${pullRequest.number}`,
    };
  const push = pushOf(event);
  if (push) {
    const defaultBranch = push.repository.default_branch;
    if (ZERO_SHA.test(push.before))
      return {
        base: undefined,
        head: push.after,
        source: `push of new branch ${push.ref}`,
        defaultBranch,
      };
    return { base: push.before, head: push.after, source: `push to ${push.ref}`, defaultBranch };
  }
  const group = mergeGroupOf(event);
  if (group)
    return { base: group.base_sha, head: group.head_sha, source: `merge group ${group.head_ref}` };
  if (event?.name === 'workflow_dispatch') {
    const inputs = dispatchInputsOf(event);
    const from = typeof inputs.from === 'string' ? inputs.from : '';
    if (!from)
      throw new UsageError(
        'a workflow_dispatch run needs a `from` input (and optionally `to`) naming the range to check',
        { input: 'from' },
      );
    return namedBounds(from, typeof inputs.to === 'string' ? inputs.to : undefined);
  }
  throw new UsageError(
    event
      ? `cannot tell which commits to check from a ${event.name} event; give the range with from and to`
      : 'no range to check: give --from (and --to), or run on a push, pull_request or merge_group event',
    { input: 'from' },
  );
}

async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** Where the clone lists its shallow boundary commits (a file that exists only in a shallow clone). */
async function shallowFile(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--git-path', 'shallow'])).trim();
}

/** A path `git rev-parse --git-path` printed, relative to the working tree unless absolute. */
function inClone(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

async function shallowCommits(cwd: string, file: string): Promise<Set<string>> {
  try {
    return new Set((await readFile(inClone(cwd, file), 'utf8')).split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/**
 * The common case in one git process: both bounds already here. Returns their SHAs and the
 * shallow file's path, or undefined when a bound is missing (then each is fetched on its own).
 */
async function presentBounds(
  cwd: string,
  base: string,
  head: string,
): Promise<{ base: string; head: string; shallow: string } | undefined> {
  try {
    const [shallow, baseSha, headSha] = (
      await git(cwd, ['rev-parse', '--git-path', 'shallow', `${base}^{commit}`, `${head}^{commit}`])
    )
      .trim()
      .split('\n');
    return baseSha && headSha && shallow ? { base: baseSha, head: headSha, shallow } : undefined;
  } catch {
    return undefined;
  }
}

async function fetch(cwd: string, remote: string, args: string[], what: string): Promise<void> {
  try {
    await git(cwd, ['fetch', '--no-tags', '--quiet', ...args]);
  } catch (error) {
    const detail = (error instanceof GitError ? error.stderr : String(error))
      .split('\n')
      .join('; ');
    throw new Error(
      `${what} is not in the clone and cannot be fetched from ${remote}: ${detail}. ` +
        'Check out with actions/checkout and fetch-depth: 0, or make the remote reachable.',
    );
  }
}

async function verifyCommit(cwd: string, rev: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim();
  } catch {
    return undefined;
  }
}

/** The full SHA of a revision, fetching it (shallowly in a shallow clone) when it is missing. */
async function ensureCommit(
  cwd: string,
  remote: string,
  rev: string,
  log: (m: string) => void,
): Promise<string> {
  const present = await verifyCommit(cwd, rev);
  if (present) return present;
  log(`fetching ${rev} from ${remote}`);
  const depth = (await isShallow(cwd)) ? ['--depth=50'] : [];
  await fetch(cwd, remote, [...depth, remote, rev], `commit ${rev}`);
  return (
    (await verifyCommit(cwd, rev)) ??
    (await git(cwd, ['rev-parse', '--verify', 'FETCH_HEAD^{commit}'])).trim()
  );
}

const DEEPEN_STEPS = [50, 200, 1000, 5000];

/** Deepen a shallow clone until `test` holds; at the end unshallow. False when it never holds. */
async function deepenUntil(
  cwd: string,
  remote: string,
  tips: string[],
  test: () => Promise<boolean>,
  log: (m: string) => void,
): Promise<boolean> {
  if (await test()) return true;
  for (const step of [...DEEPEN_STEPS, 0]) {
    if (!(await isShallow(cwd))) return false;
    log(step ? `deepening the shallow clone by ${step} commits` : 'unshallowing the clone');
    const how = step ? [`--deepen=${step}`] : ['--unshallow'];
    await fetch(cwd, remote, [...how, remote, ...tips], `the history of ${tips.join(' and ')}`);
    if (await test()) return true;
  }
  return false;
}

async function mergeBase(
  cwd: string,
  remote: string,
  base: string,
  head: string,
  log: (m: string) => void,
): Promise<string> {
  let found: string | undefined;
  const test = async () => {
    try {
      found = (await git(cwd, ['merge-base', base, head])).trim();
      return true;
    } catch {
      return false;
    }
  };
  if (!(await deepenUntil(cwd, remote, [base, head], test, log)) || !found) {
    throw new Error(
      `${base} and ${head} have no common ancestor: cannot tell which commits are new`,
    );
  }
  return found;
}

/** Deepen until no commit of base..head is a shallow boundary, so no commit is silently missing. */
async function ensureComplete(
  cwd: string,
  remote: string,
  range: { base: string; head: string; shallow: string },
  log: (m: string) => void,
) {
  const complete = async () => {
    const shallow = await shallowCommits(cwd, range.shallow);
    if (shallow.size === 0) return true;
    const listed = (await git(cwd, ['rev-list', `${range.base}..${range.head}`])).split('\n');
    return !listed.some((sha) => shallow.has(sha));
  };
  await deepenUntil(cwd, remote, [range.base, range.head], complete, log);
}

/** The default branch's tip, fetched if needed; undefined when the remote does not have it. */
async function defaultBranchTip(
  cwd: string,
  remote: string,
  branch: string,
  log: (m: string) => void,
) {
  const ref = `refs/remotes/${remote}/${branch}`;
  if (await gitSucceeds(cwd, ['rev-parse', '--verify', '--quiet', ref])) return ref;
  try {
    const depth = (await isShallow(cwd)) ? ['--depth=50'] : [];
    await fetch(
      cwd,
      remote,
      [...depth, remote, `+refs/heads/${branch}:${ref}`],
      `branch ${branch}`,
    );
    return ref;
  } catch (error) {
    log(`cannot fetch the default branch ${branch}: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * The range of commits an event asks about, made present in the clone: a shallow clone is
 * deepened until the merge-base of base and head and every commit between are there.
 */
export async function resolveRange(cwd: string, request: RangeRequest): Promise<GitRange> {
  const bounds = boundsFrom(request);
  const present = bounds.base ? await presentBounds(cwd, bounds.base, bounds.head) : undefined;
  return resolveBounds(cwd, request, bounds, present);
}

/** resolveRange once the bounds are known and looked up in the clone. */
async function resolveBounds(
  cwd: string,
  request: RangeRequest,
  bounds: Bounds,
  present: Awaited<ReturnType<typeof presentBounds>>,
): Promise<GitRange> {
  const remote = request.remote ?? 'origin';
  const log = request.log ?? (() => {});
  const head = present?.head ?? (await ensureCommit(cwd, remote, bounds.head, log));
  let base = bounds.base;
  if (base === undefined && bounds.defaultBranch) {
    const tip = await defaultBranchTip(cwd, remote, bounds.defaultBranch, log);
    if (!tip) {
      log(`new branch and no ${bounds.defaultBranch} to compare with: checking ${head} alone`);
      return { base: undefined, head, source: bounds.source };
    }
    base = tip;
  }
  if (base === undefined) return { base: undefined, head, source: bounds.source };
  const baseSha = present?.base ?? (await ensureCommit(cwd, remote, base, log));
  const start = await mergeBase(cwd, remote, baseSha, head, log);
  const shallow = present?.shallow ?? (await shallowFile(cwd));
  await ensureComplete(cwd, remote, { base: start, head, shallow }, log);
  return { base: start, head, source: bounds.source };
}

/** A clone is shallow when git's shallow file exists. */
async function shallowFileExists(cwd: string, file: string): Promise<boolean> {
  return access(inClone(cwd, file)).then(
    () => true,
    () => false,
  );
}

/** How far a line of commits may run older than base before it is given up on: clocks disagree. */
const CLOCK_SLOP_SECONDS = 24 * 60 * 60;

/** Commits checked while git prints them, newest first, and whether the line reached base. */
interface Line<T> {
  reached: boolean;
  shas: string[];
  results: T[];
}

/**
 * base..head when base lies on head's line of single-parent commits, checked as git prints them.
 * `git log base..head` prints nothing until git has walked the whole range (50 ms for 10,000
 * commits), while `git log head` prints at once. Down such a line the range is exact: every way
 * from head into older history passes base, and no commit above base can be one of its ancestors.
 * The line is given up (`reached` false, with what was checked so far) at a merge, at a root, or
 * once it runs a day older than base without meeting it; git then works the range out.
 */
export async function lineToBase<T>(
  cwd: string,
  base: { sha: string; committedAt: number },
  head: string,
  check: (commit: Commit) => T,
): Promise<Line<T>> {
  const line: Line<T> = { reached: false, shas: [], results: [] };
  const stop = new AbortController();
  const oldest = base.committedAt - CLOCK_SLOP_SECONDS;
  let next = head;
  await streamLog(
    cwd,
    [head],
    (commit) => {
      line.reached = commit.sha === base.sha;
      if (
        line.reached ||
        commit.sha !== next ||
        commit.parents.length !== 1 ||
        commit.committedAt < oldest
      )
        return stop.abort();
      line.shas.push(commit.sha);
      line.results.push(check(commit));
      next = commit.parents[0]!;
    },
    stop.signal,
  );
  return line;
}

/** When a revision was committed (seconds since the epoch); Infinity when git cannot tell. */
async function commitTime(cwd: string, rev: string): Promise<number> {
  return git(cwd, ['log', '-1', '--format=%ct', rev, '--']).then(
    (output) => Number(output) || Infinity,
    () => Infinity,
  );
}

/**
 * The range of an event, and the result of `check` for each of its commits, oldest first (parents
 * before children). Commits are checked as git prints them, not kept. In the common case, a full
 * clone with both ends present, that starts at once when base lies on head's line of commits
 * (lineToBase); otherwise one `git log --boundary base..head` lists the commits and finds the
 * merge-base: a single boundary commit is the merge-base (every common ancestor lies behind it),
 * so no second walk of the history is needed. Commits the line checked are not checked again, and
 * those outside the range are dropped. A shallow clone or a missing end is resolved first, as
 * resolveRange does.
 */
export async function rangeCommits<T>(
  cwd: string,
  request: RangeRequest,
  check: (commit: Commit) => T,
): Promise<{ range: GitRange; results: T[] }> {
  const bounds = boundsFrom(request);
  // The base's commit time, for lineToBase, is read while the bounds are looked up.
  const [present, baseTime] = bounds.base
    ? await Promise.all([
        presentBounds(cwd, bounds.base, bounds.head),
        commitTime(cwd, bounds.base),
      ])
    : [];
  const results: T[] = [];
  if (!present || (await shallowFileExists(cwd, present.shallow))) {
    const range = await resolveBounds(cwd, request, bounds, present);
    await eachCommit(cwd, range, (commit) => results.push(check(commit)));
    return { range, results };
  }
  const base = { sha: present.base, committedAt: baseTime! };
  const line = await lineToBase(cwd, base, present.head, check);
  if (line.reached) {
    const range = { base: present.base, head: present.head, source: bounds.source };
    return { range, results: line.results.reverse() };
  }
  const checked = new Map(line.shas.map((sha, index) => [sha, line.results[index]!]));
  const boundary: string[] = [];
  await streamLog(
    cwd,
    [...OLDEST_FIRST, '--boundary', `${present.base}..${present.head}`],
    (commit, isBoundary) => {
      if (isBoundary) boundary.push(commit.sha);
      else results.push(checked.has(commit.sha) ? checked.get(commit.sha)! : check(commit));
    },
  );
  const start =
    boundary.length === 1
      ? boundary[0]!
      : await mergeBase(cwd, request.remote ?? 'origin', present.base, present.head, () => {});
  return { range: { base: start, head: present.head, source: bounds.source }, results };
}
