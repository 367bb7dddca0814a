import { glob, stat } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve } from 'node:path';

/** Where coverage tools write their reports by default; each file's format is read from its content. */
export const DEFAULT_REPORT_GLOBS = [
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
  '**/coverage/coverage-final.json',
  '**/coverage-summary.json',
  '**/coverage.json',
];

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

function skipped(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => SKIPPED_DIRS.has(segment));
}

/**
 * The report files the globs match (relative to the workspace unless absolute; `!glob` excludes),
 * outside node_modules and .git, sorted, each once.
 */
export async function findReports(
  workspace: string,
  patterns: readonly string[],
): Promise<string[]> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const exclude = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => pattern.slice(1));
  const found = new Set<string>();
  for (const pattern of include) {
    const absolute = isAbsolute(pattern);
    const matches = glob(absolute ? pattern : pattern.replace(/^\.\//, ''), {
      cwd: workspace,
      exclude: (name: string) => SKIPPED_DIRS.has(posix.basename(name.replace(/\\/g, '/'))),
    });
    for await (const match of matches) {
      const full = resolve(workspace, match);
      if (skipped(relative(workspace, full)) || !(await stat(full)).isFile()) continue;
      found.add(full);
    }
  }
  const excluded = new Set<string>();
  for (const pattern of exclude) {
    for await (const match of glob(pattern, { cwd: workspace }))
      excluded.add(resolve(workspace, match));
  }
  return [...found].filter((path) => !excluded.has(path)).sort();
}
