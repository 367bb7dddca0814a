import type { Finding } from '@flow-actions/kit';
import { evaluateRules, type CompanionInput, type GlobSet } from '@flow-actions/rules';
import type { Changes, CommitFiles } from '../changes.ts';

/** The pull request as the rule engine reads it: a rename counts at both paths, its old one deleted. */
export function companionInput(changes: Changes): CompanionInput {
  const changed = changes.files.flatMap((file) =>
    file.previousPath ? [file.path, file.previousPath] : [file.path],
  );
  const deleted = new Set(
    changes.files.flatMap((file) =>
      file.status === 'deleted'
        ? [file.path]
        : file.status === 'renamed'
          ? [file.previousPath!]
          : [],
    ),
  );
  return {
    changed,
    deleted,
    addedLines: changes.addedLines,
    contentAt: (path) => changes.contents.get(path),
  };
}

/** forbidden-paths is a companion rule that forbids, run by the same engine as `rules`. */
export function checkForbiddenPaths(forbid: GlobSet, input: CompanionInput): Finding[] {
  return evaluateRules(
    [
      {
        name: 'forbidden-path',
        origin: 'forbidden-paths',
        forbid,
        message: `no pull request may add or modify it (forbidden-paths): drop it from the branch (git rm --cached, or restore it from the base branch)`,
      },
    ],
    input,
  );
}

function short(commit: CommitFiles): string {
  return `${commit.sha.slice(0, 7)} "${commit.subject}"`;
}

/** A commit touching one line's globs touches nothing else. */
export function checkSeparateCommits(
  groups: readonly GlobSet[],
  commits: readonly CommitFiles[],
): Finding[] {
  return commits.flatMap((commit) =>
    groups.flatMap((group): Finding[] => {
      const inside = commit.files.filter((file) => group.matches(file));
      const outside = commit.files.filter((file) => !group.matches(file));
      if (inside.length === 0 || outside.length === 0) return [];
      return [
        {
          rule: 'separate-commit',
          severity: 'error',
          file: inside[0]!,
          message: `commit ${short(commit)} changes ${inside.join(', ')} together with ${outside.length} other file(s) (${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ', …' : ''}): commit ${group.patterns.join(', ')} on its own (git rebase -i, then split the commit)`,
        },
      ];
    }),
  );
}
