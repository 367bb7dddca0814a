import { gitBytes } from './exec.ts';

export interface Person {
  name: string;
  email: string;
}

export interface Commit {
  sha: string;
  parents: string[];
  author: Person;
  committer: Person;
  /** The message exactly as stored: CRLF, trailing newlines and all. */
  message: string;
}

function person(value: string | undefined): Person {
  const match = /^(.*?)\s*<([^>]*)>/.exec(value ?? '');
  return { name: match?.[1] ?? '', email: match?.[2] ?? '' };
}

const BLANK_LINE = Buffer.from('\n\n');

/** Parse a raw commit object: headers (with continuation lines), a blank line, the message. */
export function parseCommitObject(sha: string, raw: Buffer): Commit {
  const split = raw.indexOf(BLANK_LINE);
  const headerText = raw.subarray(0, split === -1 ? raw.length : split).toString('utf8');
  const message = split === -1 ? '' : raw.subarray(split + 2).toString('utf8');
  const parents: string[] = [];
  const headers = new Map<string, string>();
  for (const line of headerText.split('\n')) {
    if (line.startsWith(' ')) continue; // continuation of gpgsig or mergetag
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'parent') parents.push(value);
    else if (!headers.has(key)) headers.set(key, value);
  }
  return {
    sha,
    parents,
    author: person(headers.get('author')),
    committer: person(headers.get('committer')),
    message,
  };
}

const NEWLINE = 0x0a;

/**
 * Read whole commit objects with one `git cat-file --batch`: no parsing of log output by
 * newlines, so messages keep every byte.
 */
export async function readCommits(cwd: string, shas: readonly string[]): Promise<Commit[]> {
  if (shas.length === 0) return [];
  const output = await gitBytes(cwd, ['cat-file', '--batch'], `${shas.join('\n')}\n`);
  const commits: Commit[] = [];
  let offset = 0;
  for (const sha of shas) {
    const headerEnd = output.indexOf(NEWLINE, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    const [objectSha, type, size] = header.split(' ');
    if (type !== 'commit' || !objectSha || size === undefined) {
      throw new Error(`git cat-file: ${sha} is not a commit here (${header})`);
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    commits.push(parseCommitObject(objectSha, output.subarray(start, end)));
    offset = end + 1; // the newline after each object
  }
  return commits;
}

/** The commits of a range, oldest first, parents before children. */
export async function listCommits(
  cwd: string,
  range: { base?: string; head: string },
): Promise<Commit[]> {
  const spec = range.base ? [`${range.base}..${range.head}`] : [range.head, '-n', '1'];
  const shas = (await gitBytes(cwd, ['rev-list', '--topo-order', '--reverse', ...spec, '--']))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  return readCommits(cwd, shas);
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
