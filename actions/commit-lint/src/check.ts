import type { Commit } from '@flow-actions/git';
import { lintMessage, type LintConfig, type Problem } from './lint.ts';
import { suggestHeader } from './suggest.ts';

/** What linting says of a message. `skipped` and `suggestion` may be undefined: JSON leaves them out. */
interface Verdict {
  valid: boolean;
  /** Why the message was not checked: an ignored author, a merge commit, a version bump... */
  skipped?: string | undefined;
  problems: Problem[];
  suggestion?: string | undefined;
}

export interface CommitVerdict extends Verdict {
  sha: string;
  header: string;
}

export interface TitleVerdict extends Verdict {
  text: string;
}

export interface BranchVerdict {
  name: string;
  pattern: string;
  valid: boolean;
  /** Why the branch was not held to the pattern: the default branch, a protected branch. */
  exempt?: string;
}

/** The first line of a message, as the report shows it. */
export function headerOf(message: string): string {
  const end = message.indexOf('\n');
  if (end === -1) return message;
  return message.slice(0, message[end - 1] === '\r' ? end - 1 : end);
}

function isIgnoredAuthor(commit: Commit, authors: readonly string[]): boolean {
  if (authors.length === 0) return false;
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

// Every verdict has the same fields in the same order, whether or not they are set: one shape
// for the thousands of commits of a range.
function verdict(message: string, config: LintConfig): Verdict {
  const result = lintMessage(message, config);
  return {
    valid: result.valid,
    skipped: result.skipped,
    problems: result.problems,
    suggestion:
      result.parsed && result.problems.length
        ? suggestHeader(result.parsed, result.problems, config)
        : undefined,
  };
}

export function checkCommit(
  commit: Commit,
  config: LintConfig,
  ignoreAuthors: readonly string[],
): CommitVerdict {
  const header = headerOf(commit.message);
  const { valid, skipped, problems, suggestion } = isIgnoredAuthor(commit, ignoreAuthors)
    ? { valid: true, skipped: `author ${commit.author.name}`, problems: [], suggestion: undefined }
    : verdict(commit.message, config);
  return { sha: commit.sha, header, valid, skipped, problems, suggestion };
}

/** A message given on the command line (--message, --edit): no commit, so no SHA. */
export function checkMessage(message: string, config: LintConfig): CommitVerdict {
  return { sha: '', header: headerOf(message), ...verdict(message, config) };
}

/** A pull request title is linted as a message of one line: it becomes the squash commit's header. */
export function checkTitle(title: string, config: LintConfig): TitleVerdict {
  return { text: title, ...verdict(title, config) };
}

/**
 * The branch held to branch-pattern. The default branch and the protected ones are exempt: pushes
 * and merges to them are not feature branches.
 */
export function checkBranch(
  name: string,
  pattern: RegExp,
  exempt: { defaultBranch: string | undefined; protectedBranches: readonly string[] },
): BranchVerdict {
  // RegExp#source escapes "/"; show the pattern as it was written.
  const shown = pattern.source.replace(/\\\//g, '/');
  if (name === exempt.defaultBranch)
    return { name, pattern: shown, valid: true, exempt: 'the default branch' };
  if (exempt.protectedBranches.includes(name))
    return { name, pattern: shown, valid: true, exempt: 'a protected branch' };
  return { name, pattern: shown, valid: pattern.test(name) };
}
