import type { Finding } from '@flow-actions/kit';
import { ruleFor, type BranchRule } from '../arrows.ts';
import type { ChangedPath } from '../changes.ts';

export function checkBaseBranch(
  rules: readonly BranchRule[],
  headRef: string,
  baseRef: string,
): Finding[] {
  const rule = ruleFor(rules, headRef);
  if (!rule || rule.targets.matches(baseRef)) return [];
  return [
    {
      rule: 'base-branch',
      severity: 'error',
      message: `${headRef} targets ${baseRef}, but "${rule.text}" allows only ${rule.targets.patterns.join(', ')}: change the pull request's base branch (Edit, next to the title)`,
    },
  ];
}

/** Paths outside what the head branch may change; a rename counts at both of its paths. */
export function checkBranchPaths(
  rules: readonly BranchRule[],
  headRef: string,
  files: readonly ChangedPath[],
): Finding[] {
  const rule = ruleFor(rules, headRef);
  if (!rule) return [];
  const paths = files.flatMap((file) =>
    file.previousPath ? [file.previousPath, file.path] : [file.path],
  );
  return [...new Set(paths)]
    .filter((path) => !rule.targets.matches(path))
    .map((path) => ({
      rule: 'branch-paths',
      severity: 'error',
      file: path,
      message: `${headRef} may change only ${rule.targets.patterns.join(', ')} ("${rule.text}"): move ${path} to a pull request from another branch`,
    }));
}
