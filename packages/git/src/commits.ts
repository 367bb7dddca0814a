import { gitBytes, gitStream, gitSync } from './exec.ts';

export interface Person {
  name: string;
  email: string;
}

export interface Commit {
  sha: string;
  parents: string[];
  author: Person;
  committer: Person;
  /** When it was committed, in seconds since the epoch (git's %ct). */
  committedAt: number;
  /** The message exactly as stored: CRLF, trailing newlines and all. */
  message: string;
}

const FIELDS = ['%m', '%H', '%P', '%an', '%ae', '%cn', '%ce', '%ct', '%B'];
const SEPARATOR = '\x01';
const LOG_ARGS = ['log', '-z', '--encoding=UTF-8', `--format=${FIELDS.join('%x01')}`];
/** Oldest first, parents before children: the order a range is reported in. */
export const OLDEST_FIRST = ['--topo-order', '--reverse'];

/**
 * One record of `git log -z --format=<FIELDS>`: the mark (`-` for a boundary commit of
 * `--boundary`), seven fields, then the message, which may hold anything. Fields are cut out one
 * after the other: a record is read for each of thousands of commits.
 */
function parseRecord(record: string, onCommit: (commit: Commit, boundary: boolean) => void): void {
  let start = 0;
  const next = () => {
    const end = record.indexOf(SEPARATOR, start);
    const field = record.slice(start, end);
    start = end + 1;
    return field;
  };
  const boundary = next() === '-';
  const sha = next();
  const parents = next();
  const author = { name: next(), email: next() };
  const committer = { name: next(), email: next() };
  const committedAt = Number(next());
  const commit: Commit = {
    sha,
    parents: parents ? parents.split(' ') : [],
    author,
    committer,
    committedAt,
    message: record.slice(start),
  };
  onCommit(commit, boundary);
}

/**
 * Records ended by NUL (which no commit message can hold), from chunks of UTF-8 however they cut
 * them: each chunk is decoded once, and the decoder keeps a character cut in two for the next.
 */
export function nulRecords(onRecord: (record: string) => void) {
  const decoder = new TextDecoder();
  let pending = ''; // the start of a record the next chunk ends
  const take = (text: string) => {
    let start = 0;
    for (let end = text.indexOf('\0'); end !== -1; end = text.indexOf('\0', start)) {
      const record = text.slice(start, end);
      onRecord(start === 0 ? pending + record : record);
      start = end + 1;
    }
    pending = start === 0 ? pending + text : text.slice(start);
  };
  return {
    push: (chunk: Uint8Array) => take(decoder.decode(chunk, { stream: true })),
    end: () => {
      take(decoder.decode());
      if (pending) onRecord(pending);
    },
  };
}

/**
 * Stream `git log -z` (LOG_ARGS plus `args`), one parsed record at a time while git goes on, so
 * nothing is split by newlines. Once `stop` is aborted, no more commits are handed over.
 */
export async function streamLog(
  cwd: string,
  args: readonly string[],
  onCommit: (commit: Commit, boundary: boolean) => void,
  stop?: AbortSignal,
): Promise<void> {
  const records = nulRecords((record) => {
    if (!stop?.aborted) parseRecord(record, onCommit);
  });
  await gitStream(cwd, [...LOG_ARGS, ...args, '--'], records.push, undefined, stop);
  if (!stop?.aborted) records.end();
}

/**
 * `git log -z` (LOG_ARGS plus `args`) run to its end synchronously, then each commit handed over;
 * false, with nothing handed over, when git printed more than `maxBytes`. For a log bounded
 * with -n, read before anything else can go on.
 */
export function logSync(
  cwd: string,
  args: readonly string[],
  onCommit: (commit: Commit, boundary: boolean) => void,
  maxBytes: number,
): boolean {
  const output = gitSync(cwd, [...LOG_ARGS, ...args, '--'], maxBytes);
  if (!output) return false;
  const records = nulRecords((record) => parseRecord(record, onCommit));
  records.push(output);
  records.end();
  return true;
}

/**
 * The commits of a range, oldest first, parents before children, from one `git log -z`: `%B` is
 * the message exactly as stored (CRLF and trailing newlines kept). Each is handed to `onCommit`
 * as git prints it, while git goes on, and not kept: a caller that needs only a verdict per
 * commit does not hold every message of a long range.
 */
export async function eachCommit(
  cwd: string,
  range: { base?: string | undefined; head: string },
  onCommit: (commit: Commit) => void,
): Promise<void> {
  const spec = range.base ? [`${range.base}..${range.head}`] : ['-n', '1', range.head];
  await streamLog(cwd, [...OLDEST_FIRST, ...spec], (commit) => onCommit(commit));
}

/** The commits of a range as eachCommit hands them over, in a list. */
export async function listCommits(
  cwd: string,
  range: { base?: string | undefined; head: string },
): Promise<Commit[]> {
  const commits: Commit[] = [];
  await eachCommit(cwd, range, (commit) => commits.push(commit));
  return commits;
}

/** The files each commit changed against its first parent (merges show none), in the given order. */
export async function filesByCommit(
  cwd: string,
  shas: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(shas.map((sha) => [sha, []]));
  if (shas.length === 0) return result;
  const output = (
    await gitBytes(
      cwd,
      ['diff-tree', '--stdin', '-r', '--root', '--name-only', '-z', '--no-renames'],
      `${shas.join('\n')}\n`,
    )
  ).toString('utf8');
  let current: string[] | undefined;
  for (const field of output.split('\0')) {
    if (field === '') continue;
    const sha = field.trim();
    if (result.has(sha) && /^[0-9a-f]{40,64}$/.test(sha)) current = result.get(sha);
    else current?.push(field);
  }
  return result;
}
