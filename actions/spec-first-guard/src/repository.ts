import {
  changedFiles,
  BlobReader,
  BlobTooLargeError,
  filesByCommit,
  git,
  listCommits,
  resolveRange,
  type GitRange,
} from '@flow-actions/git';
import type { GitHubEvent } from '@flow-actions/github/event';
import { UsageError } from '@flow-actions/kit';
import type { FileSource } from './openapi/refs.ts';

/** What the pull request changes, read from git once. */
export interface PullRequestChanges {
  range: GitRange & { base: string };
  /** Paths changed base..head (deleted ones included). */
  changed: string[];
  /** Renamed files: path at head → path at base. */
  renamedFrom: Map<string, string>;
  /** Paths that exist at head. */
  headFiles: string[];
  commits: { sha: string; message: string }[];
  filesByCommit: Map<string, string[]>;
  head: FileSource;
  base: FileSource;
}

/** A revision's files, each read once, all through the one `git cat-file --batch` of `blobs`. */
function revisionSource(blobs: BlobReader, rev: string): FileSource {
  const cache = new Map<string, Promise<string | undefined>>();
  const read = (path: string) =>
    blobs.read(rev, path).catch((error: unknown) => {
      if (!(error instanceof BlobTooLargeError)) throw error;
      throw new UsageError(`${path} is too large to read (${error.size} bytes)`, {
        location: { file: path },
      });
    });
  return {
    read: (path) => {
      let text = cache.get(path);
      if (!text) cache.set(path, (text = read(path)));
      return text;
    },
  };
}

export async function readChanges(
  cwd: string,
  request: {
    event: GitHubEvent | undefined;
    from: string | undefined;
    to: string | undefined;
    log: (message: string) => void;
  },
): Promise<PullRequestChanges> {
  const range = await resolveRange(cwd, request);
  if (!range.base) {
    throw new UsageError(
      `${range.source} has no base to compare with: run on a pull request, or give from and to`,
      { input: 'from' },
    );
  }
  const base = range.base;
  const blobs = new BlobReader(cwd);
  const [changed, commits, listing] = await Promise.all([
    changedFiles(cwd, base, range.head),
    listCommits(cwd, { base, head: range.head }),
    git(cwd, ['ls-tree', '-r', '-z', '--name-only', range.head]),
  ]);
  return {
    range: { ...range, base },
    changed: changed.flatMap((file) =>
      file.previousPath ? [file.path, file.previousPath] : [file.path],
    ),
    renamedFrom: new Map(
      changed.flatMap((file) =>
        file.previousPath ? [[file.path, file.previousPath] as const] : [],
      ),
    ),
    headFiles: listing.split('\0').filter(Boolean),
    commits,
    filesByCommit: await filesByCommit(
      cwd,
      commits.map((commit) => commit.sha),
    ),
    head: revisionSource(blobs, range.head),
    base: revisionSource(blobs, base),
  };
}
