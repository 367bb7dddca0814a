import { dirname, relative } from 'node:path';
import { UsageError } from '@flow-actions/kit';
import { parseReport } from './formats/parse.ts';
import type { FileCoverage, Format } from './model.ts';
import type { PathResolver } from './paths.ts';

export interface ReportSummary {
  file: string;
  format: Format;
  files: number;
}

export interface Collected {
  /** Coverage by repository path (or by the report's path when it maps to no tracked file). */
  files: Map<string, FileCoverage>;
  /** Report paths that map to no tracked file, with the report that named them. */
  unmapped: { path: string; report: string }[];
  reports: ReportSummary[];
}

/**
 * Parse every report, map its paths onto the repository and merge all of them per file and line.
 * A report with nothing instrumented is an error: it is the wrong file, or the tests ran nothing.
 */
export async function collectCoverage(
  workspace: string,
  reportFiles: readonly string[],
  format: Format | 'auto',
  resolver: PathResolver,
): Promise<Collected> {
  const files = new Map<string, FileCoverage>();
  const unmapped: Collected['unmapped'] = [];
  const reports: ReportSummary[] = [];
  for (const reportFile of reportFiles) {
    const name = relative(workspace, reportFile).startsWith('..')
      ? reportFile
      : relative(workspace, reportFile);
    const parsed = await parseReport(reportFile, format, name);
    if (parsed.files.every((file) => file.isEmpty)) {
      throw new UsageError(
        `${name} (${parsed.format}) has no instrumented lines: did the tests run with coverage on?`,
        {
          input: 'reports',
          location: { file: name },
        },
      );
    }
    reports.push({ file: name, format: parsed.format, files: parsed.files.length });
    const hints = { reportDir: dirname(name), roots: parsed.roots };
    for (const coverage of parsed.files) {
      const mapped = resolver.resolve(coverage.path, hints);
      if (mapped === undefined) unmapped.push({ path: coverage.path, report: name });
      const key = mapped ?? coverage.path;
      coverage.path = key;
      const existing = files.get(key);
      if (existing) existing.merge(coverage);
      else files.set(key, coverage);
    }
  }
  return { files, unmapped, reports };
}
