import { Minimatch } from 'minimatch';

/** A list of globs (a leading `!` excludes) matched against repository-relative paths. */
export interface GlobSet {
  patterns: readonly string[];
  matches(path: string): boolean;
}

export function globSet(patterns: readonly string[]): GlobSet {
  const include = patterns
    .filter((pattern) => !pattern.startsWith('!'))
    .map((pattern) => new Minimatch(pattern, { dot: true }));
  const exclude = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => new Minimatch(pattern.slice(1), { dot: true }));
  return {
    patterns,
    matches: (path) =>
      include.some((glob) => glob.match(path)) && !exclude.some((glob) => glob.match(path)),
  };
}
