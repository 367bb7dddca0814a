import { Minimatch } from 'minimatch';

/**
 * The one glob engine of every action (minimatch underneath):
 * - paths are repository-relative with `/` separators (a `\` in a path is read as `/`);
 * - `*` and `**` match names starting with a dot too: `**\/compose*.yml` matches
 *   `.devcontainer/compose.yml`;
 * - a leading `./` or `/` is dropped (globs are anchored at the repository root anyway), and a
 *   trailing `/` means everything under that directory;
 * - in a list, a leading `!` negates and the LAST matching glob decides, as in .gitignore:
 *   `src/**`, `!src/gen/**`, `src/gen/keep.ts` includes keep.ts again. A list of negations only
 *   starts from "everything".
 */
export interface GlobSet {
  readonly patterns: readonly string[];
  matches(path: string): boolean;
}

/** The pattern as minimatch reads it, without our leading `!`, `./` or `/`. */
export function normalizeGlob(pattern: string): string {
  let glob = pattern.trim();
  while (glob.startsWith('./')) glob = glob.slice(2);
  glob = glob.replace(/^\/+/, '');
  if (glob.endsWith('/')) glob += '**';
  return glob;
}

export function normalizePath(path: string): string {
  let posix = path.replace(/\\/g, '/');
  while (posix.startsWith('./')) posix = posix.slice(2);
  return posix;
}

function compile(pattern: string): Minimatch {
  return new Minimatch(normalizeGlob(pattern), {
    dot: true,
    nocomment: true,
    nonegate: true,
    // a brace set expanding to millions of patterns is a cheap way to stall a step
    braceExpandMax: 1000,
  });
}

/** One glob against one path. */
export function matchesGlob(path: string, pattern: string): boolean {
  return compile(pattern).match(normalizePath(path));
}

export function isNegated(pattern: string): boolean {
  return pattern.trim().startsWith('!');
}

/** An ordered list of globs; see the rules above. */
export function globSet(patterns: readonly string[]): GlobSet {
  const rules = patterns.map((pattern) => ({
    negated: isNegated(pattern),
    glob: compile(isNegated(pattern) ? pattern.trim().slice(1) : pattern),
  }));
  const startIncluded = rules.length > 0 && rules.every((rule) => rule.negated);
  return {
    patterns,
    matches(path) {
      const posix = normalizePath(path);
      for (let index = rules.length - 1; index >= 0; index--) {
        const rule = rules[index]!;
        if (rule.glob.match(posix)) return !rule.negated;
      }
      return startIncluded;
    },
  };
}
