import { glob, stat } from 'node:fs/promises';
import { dirname, isAbsolute, posix, relative, resolve } from 'node:path';

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
  const found = await findByPattern(workspace, patterns);
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const matched = new Set(found.values());
  return {
    files: [...found.keys()].sort(),
    unmatched: include.filter((_, rank) => !matched.has(rank)),
  };
}

/**
 * Auto-discovery: jest writes coverage-final.json, lcov.info and clover.xml of one run side by
 * side, coverage.py coverage.xml and coverage.json. Merging several reports of one run in
 * different formats would count some items twice, so each directory gives one report: the one
 * whose default glob comes first.
 */
export async function findDefaultReports(workspace: string): Promise<string[]> {
  const best = new Map<string, { path: string; rank: number }>();
  for (const [path, rank] of await findByPattern(workspace, DEFAULT_REPORT_GLOBS)) {
    const current = best.get(dirname(path));
    if (!current || rank < current.rank) best.set(dirname(path), { path, rank });
  }
  return [...best.values()].map((entry) => entry.path).sort();
}

/** Matching files, each with the index of the first pattern that matched it. */
async function findByPattern(
  workspace: string,
  patterns: readonly string[],
): Promise<Map<string, number>> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const exclude = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => pattern.slice(1));
  const found = new Map<string, number>();
  for (const [rank, pattern] of include.entries()) {
    const absolute = isAbsolute(pattern);
    const matches = glob(absolute ? pattern : pattern.replace(/^\.\//, ''), {
      cwd: workspace,
      exclude: (name: string) => SKIPPED_DIRS.has(posix.basename(name.replace(/\\/g, '/'))),
    });
    for await (const match of matches) {
      const full = resolve(workspace, match);
      if (skipped(relative(workspace, full)) || !(await stat(full)).isFile()) continue;
      if (!found.has(full)) found.set(full, rank);
    }
  }
  const excluded = new Set<string>();
  for (const pattern of exclude) {
    for await (const match of glob(pattern, { cwd: workspace }))
      excluded.add(resolve(workspace, match));
  }
  for (const path of excluded) found.delete(path);
  return found;
}
