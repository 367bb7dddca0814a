import { eachCommit, OLDEST_FIRST, streamLog, type Commit } from './commits.ts';
import { git } from './exec.ts';
import { mergeBase, shallowFile, shallowFileExists } from './clone-history.ts';
import { resolveBounds } from './range.ts';
import { boundsFrom, type GitRange, type RangeRequest } from './range-bounds.ts';

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

/**
 * Both bounds' SHAs and base's commit time, in one git process; undefined when either is not in
 * the clone. git shows a commit given twice once: then base is head.
 */
async function presentEnds(
  cwd: string,
  base: string,
  head: string,
): Promise<{ base: string; head: string; baseTime: number } | undefined> {
  try {
    const [baseSha, time, headSha = baseSha] = (
      await git(cwd, [
        'show',
        '-s',
        '--format=%H%n%ct',
        `${base}^{commit}`,
        `${head}^{commit}`,
        '--',
      ])
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
 * before children). Commits are checked as git prints them, not kept. In the common case, both
 * ends present (one `git show` finds them), that starts at once when base lies on head's line of
 * commits (lineToBase), in a shallow clone too; otherwise, in a full clone, one
 * `git log --boundary base..head` lists the commits and finds the merge-base: a single boundary
 * commit is the merge-base (every common ancestor lies behind it), so no second walk of the
 * history is needed. A shallow clone or a missing end is resolved as resolveRange does. Commits the
 * line checked are not checked again, and those outside the range are dropped.
 */
export async function rangeCommits<T>(
  cwd: string,
  request: RangeRequest,
  check: (commit: Commit) => T,
): Promise<{ range: GitRange; results: T[] }> {
  const bounds = boundsFrom(request);
  const ends = bounds.base ? await presentEnds(cwd, bounds.base, bounds.head) : undefined;
  // Down a line of single-parent commits from head to base the range is exact, shallow or not.
  const line = ends
    ? await lineToBase(cwd, { sha: ends.base, committedAt: ends.baseTime }, ends.head, check)
    : undefined;
  if (ends && line?.reached) {
    const range = { base: ends.base, head: ends.head, source: bounds.source };
    return { range, results: line.results.reverse() };
  }
  const checked = new Map(line?.shas.map((sha, index) => [sha, line.results[index]!]));
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
