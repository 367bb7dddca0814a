import { eachCommit, logSync, OLDEST_FIRST, streamLog, type Commit } from './commits.ts';
import { gitSync } from './exec.ts';
import { mergeBase, shallowFile, shallowFileExists } from './clone-history.ts';
import { resolveBounds } from './range.ts';
import { boundsFrom, type Bounds, type GitRange, type RangeRequest } from './range-bounds.ts';

/** How far a line of commits may run older than base before it is given up on: clocks disagree. */
const CLOCK_SLOP_SECONDS = 24 * 60 * 60;

/** Commits checked while git prints them, newest first, and whether the line reached base. */
interface Line<T> {
  reached: boolean;
  shas: string[];
  results: T[];
}

/**
 * The newest commits read with one synchronous git before the rest of a line is streamed: they
 * hold most pull requests.
 */
const FIRST_COMMITS = 100;
/** The most that read may print; a longer one is streamed instead. */
const FIRST_BYTES = 16 * 1024 * 1024;

/**
 * Follows head's line of single-parent commits down to base, checking each commit on it; the
 * line ends at base, at a merge, at a root, at a commit that is not the next on the line, or at one
 * committed before `oldest`.
 */
function lineWalk<T>(
  cwd: string,
  base: string,
  head: string,
  check: (commit: Commit) => T,
  oldest = -Infinity,
) {
  const line: Line<T> = { reached: false, shas: [], results: [] };
  let next = head;
  let ended = false;
  const follow = (commit: Commit): boolean => {
    if (ended) return false;
    line.reached = commit.sha === base;
    ended =
      line.reached ||
      commit.sha !== next ||
      commit.parents.length !== 1 ||
      commit.committedAt < oldest;
    if (ended) return false;
    line.shas.push(commit.sha);
    line.results.push(check(commit));
    next = commit.parents[0]!;
    return true;
  };
  return {
    line,
    /**
     * The first `count` commits of the line from one synchronous git (gitSync says why). Throws
     * when git cannot show head; nothing is taken when it prints more than FIRST_BYTES.
     */
    readFirst(count: number): void {
      logSync(cwd, ['-n', String(count), next], follow, FIRST_BYTES);
    },
    /** The rest of the line, checked as git prints it. */
    async readRest(): Promise<void> {
      if (ended) return;
      const stop = new AbortController();
      await streamLog(cwd, [next], (commit) => follow(commit) || stop.abort(), stop.signal);
    },
  };
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
  const walk = lineWalk(cwd, base.sha, head, check, base.committedAt - CLOCK_SLOP_SECONDS);
  walk.readFirst(FIRST_COMMITS);
  await walk.readRest();
  return walk.line;
}

/** A full SHA (SHA-1 or SHA-256), as events give both ends: git need not resolve them. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Where a pull request or push event says how many commits its range holds, and both ends are full
 * SHAs: that many commits of head's line and one more, from the one git process most pull requests
 * and pushes need. Base lies on the line exactly when it is among them, which also shows it is in
 * the clone; otherwise the line is given up. Undefined when there is no such count, or when git
 * cannot show head.
 */
function firstOfLine<T>(
  cwd: string,
  bounds: Bounds,
  check: (commit: Commit) => T,
): Line<T> | undefined {
  const { base, head, commits } = bounds;
  if (!base || commits === undefined || commits >= FIRST_COMMITS) return undefined;
  if (!FULL_SHA.test(base) || !FULL_SHA.test(head)) return undefined;
  const walk = lineWalk(cwd, base, head, check);
  try {
    walk.readFirst(commits + 1);
  } catch {
    return undefined;
  }
  return walk.line;
}

/**
 * Both bounds' SHAs and base's commit time, in one git process; undefined when either is not in
 * the clone. git shows a commit given twice once: then base is head.
 */
function presentEnds(
  cwd: string,
  base: string,
  head: string,
): { base: string; head: string; baseTime: number } | undefined {
  try {
    const [baseSha, time, headSha = baseSha] = (
      gitSync(
        cwd,
        ['show', '-s', '--format=%H%n%ct', `${base}^{commit}`, `${head}^{commit}`, '--'],
        4096,
      )?.toString('utf8') ?? ''
    )
      .trim()
      .split('\n');
    return baseSha && headSha
      ? { base: baseSha, head: headSha, baseTime: Number(time) || Infinity }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The range of an event, and the result of `check` for each of its commits, oldest first (parents
 * before children). Commits are checked as git prints them, not kept. In the common case, an
 * event that counts its commits and base on head's line of commits, one `git log` of head does it
 * all (firstOfLine), in a shallow clone too. Otherwise both ends are looked up (one `git show`)
 * and, where the event gave no count, the line followed (lineToBase). When the line does not reach
 * base, in a full clone, one `git log --boundary base..head` lists the commits and finds the
 * merge-base: a single boundary commit is the merge-base (every common ancestor lies behind it),
 * so no second walk of the history is needed. A shallow clone or a missing end is resolved as
 * resolveRange does. Commits the line checked are not checked again, and those outside the range
 * are dropped.
 */
export async function rangeCommits<T>(
  cwd: string,
  request: RangeRequest,
  check: (commit: Commit) => T,
): Promise<{ range: GitRange; results: T[] }> {
  const bounds = boundsFrom(request);
  // Down a line of single-parent commits from head to base the range is exact, shallow or not.
  const line = firstOfLine(cwd, bounds, check);
  if (bounds.base && line?.reached) {
    const range = { base: bounds.base, head: bounds.head, source: bounds.source };
    return { range, results: line.results.reverse() };
  }
  const ends = bounds.base ? presentEnds(cwd, bounds.base, bounds.head) : undefined;
  const walked =
    line ??
    (ends
      ? await lineToBase(cwd, { sha: ends.base, committedAt: ends.baseTime }, ends.head, check)
      : undefined);
  if (ends && walked?.reached) {
    const range = { base: ends.base, head: ends.head, source: bounds.source };
    return { range, results: walked.results.reverse() };
  }
  const checked = new Map(walked?.shas.map((sha, index) => [sha, walked.results[index]!]));
  const once = (commit: Commit) =>
    checked.has(commit.sha) ? checked.get(commit.sha)! : check(commit);
  const results: T[] = [];
  const present = ends && { ...ends, shallow: await shallowFile(cwd) };
  if (!present || (await shallowFileExists(cwd, present.shallow))) {
    const range = await resolveBounds(cwd, request, bounds, present);
    await eachCommit(cwd, range, (commit) => results.push(once(commit)));
    return { range, results };
  }
  const boundary: string[] = [];
  await streamLog(
    cwd,
    [...OLDEST_FIRST, '--boundary', `${present.base}..${present.head}`],
    (commit, isBoundary) => {
      if (isBoundary) boundary.push(commit.sha);
      else results.push(once(commit));
    },
  );
  const start =
    boundary.length === 1
      ? boundary[0]!
      : await mergeBase(cwd, request.remote ?? 'origin', present.base, present.head, () => {});
  return { range: { base: start, head: present.head, source: bounds.source }, results };
}
