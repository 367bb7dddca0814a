import { UsageError } from '@flow-actions/kit';
import type { GlobSet } from '../globs.ts';

/**
 * A glob that matches no file at head or in the pull request is a mistake (a typo, a moved
 * folder), not an empty policy: a gate that silently checks nothing fails instead.
 */
export function requireMatch(
  globs: GlobSet,
  files: readonly string[],
  what: string,
  input: string,
): void {
  if (files.some((file) => globs.matches(file))) return;
  throw new UsageError(
    `${what} (${globs.patterns.join(', ')}) matches no file at head or in the pull request`,
    {
      input,
    },
  );
}
