import type { Commit } from '@flow-actions/git';
import { lintMessage, type LintConfig, type Problem } from './lint.ts';
import { suggestHeader } from './suggest.ts';

export interface CommitVerdict {
  sha: string;
  header: string;
  valid: boolean;
  /** Why the commit was not checked: an ignored author, a merge commit, a version bump... */
  skipped?: string;
  problems: Problem[];
  suggestion?: string;
}

export interface TitleVerdict {
  text: string;
  valid: boolean;
  skipped?: string;
  problems: Problem[];
  suggestion?: string;
}

export interface BranchVerdict {
  name: string;
  pattern: string;
  valid: boolean;
}

/** The first line of a message, as the report shows it. */
export function headerOf(message: string): string {
  const end = message.indexOf('\n');
  if (end === -1) return message;
  return message.slice(0, message[end - 1] === '\r' ? end - 1 : end);
}

function isIgnoredAuthor(commit: Commit, authors: readonly string[]): boolean {
  const name = commit.author.name.toLowerCase();
  const email = commit.author.email.toLowerCase();
  return authors.some(
    (author) =>
      name === author ||
      email === author ||
      email.includes(`+${author}@`) ||
      email.startsWith(`${author}@`),
  );
}

function verdict(message: string, config: LintConfig) {
  const result = lintMessage(message, config);
  const suggestion =
    result.parsed && result.problems.length
      ? suggestHeader(result.parsed, result.problems, config)
      : undefined;
  return {
    valid: result.valid,
    ...(result.skipped ? { skipped: result.skipped } : {}),
    problems: result.problems,
    ...(suggestion ? { suggestion } : {}),
  };
}

export function checkCommit(
  commit: Commit,
  config: LintConfig,
  ignoreAuthors: readonly string[],
): CommitVerdict {
  const header = headerOf(commit.message);
  if (isIgnoredAuthor(commit, ignoreAuthors)) {
    return {
      sha: commit.sha,
      header,
      valid: true,
      skipped: `author ${commit.author.name}`,
      problems: [],
    };
  }
  return { sha: commit.sha, header, ...verdict(commit.message, config) };
}

/** A message given on the command line (--message, --edit): no commit, so no SHA. */
export function checkMessage(message: string, config: LintConfig): CommitVerdict {
  return { sha: '', header: headerOf(message), ...verdict(message, config) };
}

/** A pull request title is linted as a message of one line: it becomes the squash commit's header. */
export function checkTitle(title: string, config: LintConfig): TitleVerdict {
  return { text: title, ...verdict(title, config) };
}

export function checkBranch(name: string, pattern: RegExp): BranchVerdict {
  // RegExp#source escapes "/"; show the pattern as it was written.
  return { name, pattern: pattern.source.replace(/\\\//g, '/'), valid: pattern.test(name) };
}
