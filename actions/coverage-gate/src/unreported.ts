import { matchesGlob } from '@flow-actions/kit';
import type { LineRanges } from '@flow-actions/git';
import { FileCoverage } from './model.ts';
import { extensionOf } from './patch.ts';

/** Tests are not expected in a coverage report: a changed test file is never "unreported". */
export const TEST_PATTERNS = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  '**/test/**',
  '**/tests/**',
  '**/*_test.go',
  '**/test_*.py',
  '**/*_test.py',
];

const isTest = (path: string) => TEST_PATTERNS.some((pattern) => matchesGlob(path, pattern));

/** A line that holds code: not blank, not only a comment (`//`, `/*`, `*`, `#`). */
const isCode = (line: string) => !/^\s*(\/\/|\/\*|\*|#|$)/.test(line);

/**
 * The changed files that no report covers though they look like the source it covers (the
 * extension of a covered file, accepted by include/exclude, no test): as if reported with each
 * added line of code uncovered, so a file no test imports cannot pass a patch threshold.
 */
export async function unreportedFiles(
  changed: ReadonlyMap<string, LineRanges>,
  files: ReadonlyMap<string, FileCoverage>,
  accept: (path: string) => boolean,
  contentOf: (path: string) => Promise<string | undefined>,
): Promise<Map<string, FileCoverage>> {
  const extensions = new Set([...files.keys()].map(extensionOf));
  const unreported = new Map<string, FileCoverage>();
  for (const [path, ranges] of changed) {
    if (files.has(path) || !accept(path) || isTest(path)) continue;
    if (!extensions.has(extensionOf(path))) continue;
    const lines = (await contentOf(path))?.split('\n') ?? [];
    const coverage = new FileCoverage(path);
    for (const [start, end] of ranges)
      for (let line = start; line <= Math.min(end, lines.length); line++)
        if (isCode(lines[line - 1]!)) coverage.lines.add(line, 0);
    if (coverage.lines.size > 0) unreported.set(path, coverage);
  }
  return unreported;
}
