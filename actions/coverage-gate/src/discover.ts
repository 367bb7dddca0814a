import { glob, stat } from 'node:fs/promises';
import { dirname, isAbsolute, posix, relative, resolve } from 'node:path';
import { git } from '@flow-actions/git';
import { matchesGlob } from '@flow-actions/kit';

/**
 * Where coverage tools write their reports by default; each file's format is read from its
 * content. Earlier entries are preferred among reports of one directory (see `oneReportPerDirectory`).
 */
export const DEFAULT_REPORT_GLOBS = [
  '**/coverage/coverage-final.json',
  '**/coverage/lcov.info',
  '**/lcov.info',
  '**/*.lcov',
  '**/coverage.xml',
  '**/cobertura*.xml',
  '**/jacoco*.xml',
  '**/jacocoTestReport.xml',
  '**/clover.xml',
  '**/coverage.out',
  '**/cover.out',
  '**/*.coverprofile',
  '**/coverage-summary.json',
  '**/coverage.json',
];

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

function skipped(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => SKIPPED_DIRS.has(segment));
}

/**
 * The report files the globs match (relative to the workspace unless absolute; `!glob` excludes),
 * outside node_modules and .git, sorted, each once; and the globs that matched nothing.
 */
export async function findReports(
  workspace: string,
  patterns: readonly string[],
): Promise<{ files: string[]; unmatched: string[] }> {
  const { found, unmatched } = await findByPattern(workspace, patterns);
  return { files: [...found.keys()].sort(), unmatched };
}

/**
 * Auto-discovery takes only files git does not track (untracked or ignored: what this run
 * produced), never a report committed to the repository (a fixture, an old run). Jest writes
 * coverage-final.json, lcov.info and clover.xml of one run side by side, coverage.py coverage.xml
 * and coverage.json. Merging several reports of one run in different formats would count some
 * items twice, so each directory gives one report: the one whose default glob comes first.
 * Outside a git repository every file is untracked.
 */
export async function findDefaultReports(workspace: string): Promise<string[]> {
  const untracked = await untrackedFiles(workspace);
  const found = untracked
    ? rankByPattern(workspace, untracked, DEFAULT_REPORT_GLOBS)
    : (await findByPattern(workspace, DEFAULT_REPORT_GLOBS)).found;
  const best = new Map<string, { path: string; rank: number }>();
  for (const [path, rank] of found) {
    const current = best.get(dirname(path));
    if (!current || rank < current.rank) best.set(dirname(path), { path, rank });
  }
  return [...best.values()].map((entry) => entry.path).sort();
}

/** Files git does not track, outside node_modules and .git; undefined outside a repository. */
async function untrackedFiles(workspace: string): Promise<string[] | undefined> {
  try {
    const listed = await git(workspace, ['ls-files', '-z', '--others', '--', '.']);
    return listed.split('\0').filter((path) => path && !skipped(path));
  } catch {
    return undefined;
  }
}

/** Absolute path → index of the first pattern each repository-relative path matches. */
function rankByPattern(
  workspace: string,
  paths: readonly string[],
  patterns: readonly string[],
): Map<string, number> {
  const found = new Map<string, number>();
  for (const path of paths) {
    const rank = patterns.findIndex((pattern) => matchesGlob(path, pattern));
    if (rank !== -1) found.set(resolve(workspace, path), rank);
  }
  return found;
}

/** An absolute path as kit's globs read an absolute pattern: without its leading `/`. */
function rootless(path: string): string {
  return path.replace(/^\/+/, '');
}

/** Matching files, each with the index of the first pattern that matched it; patterns that matched none. */
async function findByPattern(
  workspace: string,
  patterns: readonly string[],
): Promise<{ found: Map<string, number>; unmatched: string[] }> {
  const include = patterns
    .filter((pattern) => !pattern.startsWith('!'))
    .map((pattern) => pattern.replace(/^\.\//, ''));
  const exclude = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => pattern.slice(1).replace(/^\.\//, ''));
  const found = new Map<string, number>();
  const matched = new Set<number>();
  // one walk of the tree for all patterns; each file is ranked by the first pattern it matches
  const matches = glob(include, {
    cwd: workspace,
    exclude: (name: string) => SKIPPED_DIRS.has(posix.basename(name.replace(/\\/g, '/'))),
  });
  for await (const match of matches) {
    const full = resolve(workspace, match);
    const path = relative(workspace, full).replace(/\\/g, '/');
    if (skipped(path) || !(await stat(full)).isFile()) continue;
    let rank = include.length;
    include.forEach((pattern, index) => {
      if (!matchesGlob(isAbsolute(pattern) ? rootless(full) : path, pattern)) return;
      rank = Math.min(rank, index);
      matched.add(index);
    });
    found.set(full, rank);
  }
  for (const path of found.keys()) {
    const local = relative(workspace, path).replace(/\\/g, '/');
    if (
      exclude.some((pattern) => matchesGlob(isAbsolute(pattern) ? rootless(path) : local, pattern))
    )
      found.delete(path);
  }
  return { found, unmatched: include.filter((_, index) => !matched.has(index)) };
}
