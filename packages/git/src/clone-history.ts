/**
 * Making a range's commits present in the clone: a shallow clone (actions/checkout's default
 * fetch-depth: 1) is deepened, and missing commits fetched, only as far as the range needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { git, GitError, gitSucceeds } from './exec.ts';

export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** Where the clone lists its shallow boundary commits (a file that exists only in a shallow clone). */
export async function shallowFile(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--git-path', 'shallow'])).trim();
}

/** A path `git rev-parse --git-path` printed, relative to the working tree unless absolute. */
function inClone(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

async function shallowCommits(cwd: string, file: string): Promise<Set<string>> {
  try {
    return new Set(readFileSync(inClone(cwd, file), 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/**
 * The common case in one git process: both bounds already here. Returns their SHAs and the
 * shallow file's path, or undefined when a bound is missing (then each is fetched on its own).
 */
export async function presentBounds(
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

async function fetchFrom(cwd: string, remote: string, args: string[], what: string): Promise<void> {
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
export async function ensureCommit(
  cwd: string,
  remote: string,
  rev: string,
  log: (m: string) => void,
): Promise<string> {
  const present = await verifyCommit(cwd, rev);
  if (present) return present;
  log(`fetching ${rev} from ${remote}`);
  const depth = (await isShallow(cwd)) ? ['--depth=50'] : [];
  await fetchFrom(cwd, remote, [...depth, remote, rev], `commit ${rev}`);
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
    await fetchFrom(cwd, remote, [...how, remote, ...tips], `the history of ${tips.join(' and ')}`);
    if (await test()) return true;
  }
  return false;
}

export async function mergeBase(
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
export async function ensureComplete(
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
export async function defaultBranchTip(
  cwd: string,
  remote: string,
  branch: string,
  log: (m: string) => void,
) {
  const ref = `refs/remotes/${remote}/${branch}`;
  if (await gitSucceeds(cwd, ['rev-parse', '--verify', '--quiet', ref])) return ref;
  try {
    const depth = (await isShallow(cwd)) ? ['--depth=50'] : [];
    await fetchFrom(
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

/** A clone is shallow when git's shallow file exists. */
export async function shallowFileExists(cwd: string, file: string): Promise<boolean> {
  return existsSync(inClone(cwd, file));
}
