import {
  addedLines,
  changedFiles,
  fileAt,
  filesByCommit,
  git,
  listCommits,
  resolveRange,
  type ChangedFile,
} from '@flow-actions/git';
import { readRange, UsageError, type RunContext } from '@flow-actions/kit';
import type { AddedLine } from '@flow-actions/rules';
import type { Settings } from './settings.ts';

/** A changed file with its line counts; binary files count no lines. */
export interface ChangedPath extends ChangedFile {
  lines: number;
}

export interface CommitFiles {
  sha: string;
  subject: string;
  files: string[];
}

/** What git says the pull request changes (merge-base..head); read only, nothing is run. */
export interface Changes {
  files: ChangedPath[];
  commits: CommitFiles[];
  addedLines: Map<string, AddedLine[]>;
  /** Files at head that rules' `require-mention` reads. */
  contents: Map<string, string | undefined>;
}

/** `git diff --numstat -z`: added + deleted lines per path (the new path of a rename). */
async function lineCounts(cwd: string, base: string, head: string): Promise<Map<string, number>> {
  const fields = (
    await git(cwd, ['diff', '--numstat', '-z', '-M', '--no-relative', base, head, '--'])
  ).split('\0');
  const counts = new Map<string, number>();
  for (let index = 0; index < fields.length - 1;) {
    const [added = '-', deleted = '-', path = ''] = fields[index++]!.split('\t');
    // A rename prints an empty path, then the old and the new path as fields of their own.
    const target = path === '' ? (index++, fields[index++]!) : path;
    counts.set(target, (Number(added) || 0) + (Number(deleted) || 0));
  }
  return counts;
}

export async function readChanges(context: RunContext, settings: Settings): Promise<Changes> {
  const cwd = context.workspace;
  const range = await resolveRange(cwd, readRange(context));
  if (!range.base)
    throw new UsageError(`${range.source} has no base to compare with: give --from (and --to)`, {
      input: 'from',
    });
  const base = range.base;
  const [files, counts, commits] = await Promise.all([
    changedFiles(cwd, base, range.head),
    lineCounts(cwd, base, range.head),
    listCommits(cwd, { base, head: range.head }),
  ]);
  const byCommit = await filesByCommit(
    cwd,
    commits.map((commit) => commit.sha),
  );
  const rules = settings.rules;
  const changed = files.map((file) => file.path);
  const mentions = [...new Set(rules.flatMap((rule) => rule.requireMention ?? []))];
  return {
    files: files.map((file) => ({ ...file, lines: counts.get(file.path) ?? 0 })),
    commits: commits.map((commit) => ({
      sha: commit.sha,
      subject: commit.message.split('\n', 1)[0] ?? '',
      files: commit.parents.length > 1 ? [] : (byCommit.get(commit.sha) ?? []),
    })),
    addedLines: rules.some((rule) => rule.whenAddedLines)
      ? await addedLines(cwd, { base, head: range.head }, changed, (file) =>
          fileAt(cwd, range.head, file),
        )
      : new Map(),
    contents: new Map(
      await Promise.all(
        mentions.map(async (file) => [file, await fileAt(cwd, range.head, file)] as const),
      ),
    ),
  };
}
