import { dirname, relative } from 'node:path';
import { UsageError, Workspace } from '@flow-actions/kit';
import { goFunctionExtents, type FunctionExtent } from './formats/go-functions.ts';
import { formatOf, parseReport } from './formats/parse.ts';
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
  /** Auto-discovered files that hold no coverage report this action reads. */
  skipped: string[];
}

/** Go sources beyond this are not read: their blocks all count. */
const MAX_GO_SOURCE_BYTES = 8 << 20;

/** A tracked Go file's function declarations, read from the checkout; undefined when not at hand. */
function goFunctionsOf(
  workspace: Workspace,
  tracked: string | undefined,
): FunctionExtent[] | undefined {
  if (tracked === undefined || !tracked.endsWith('.go')) return undefined;
  try {
    return goFunctionExtents(workspace.readBytesSync(tracked, { maxBytes: MAX_GO_SOURCE_BYTES }));
  } catch {
    return undefined;
  }
}

/**
 * Parse every report, map its paths onto the repository and merge all of them per file and line.
 * A report with nothing instrumented is an error: it is the wrong file, or the tests ran nothing.
 * A file of unknown content is an error too, unless auto-discovery found it (`discovered`): a
 * coverage.json may be some tool's settings; it is skipped and listed.
 */
export async function collectCoverage(
  workspace: string,
  reportFiles: readonly string[],
  format: Format | 'auto',
  resolver: PathResolver | Promise<PathResolver>,
  discovered = false,
): Promise<Collected> {
  const files = new Map<string, FileCoverage>();
  const unmapped: Collected['unmapped'] = [];
  const reports: ReportSummary[] = [];
  const skipped: string[] = [];
  const confined = new Workspace(workspace);
  for (const given of reportFiles) {
    const name = relative(workspace, given).startsWith('..') ? given : relative(workspace, given);
    // a report is a stranger's file: a link that leads outside the workspace is refused, unread
    const reportFile = confined.resolve(given, { input: 'reports' }).real;
    if (reportFile === undefined || (await confined.stat(given))?.kind !== 'file') {
      throw new UsageError(`${name} is not a readable file`, {
        input: 'reports',
        location: { file: name },
      });
    }
    const detected = await formatOf(reportFile, format);
    if (!detected && discovered) {
      skipped.push(name);
      continue;
    }
    if (!detected) {
      throw new UsageError(
        `${name} is not a coverage report this action reads (lcov, Cobertura, JaCoCo, Clover, Go coverprofile, Istanbul JSON, coverage.py JSON); set format to say which it is`,
        { input: 'reports', location: { file: name } },
      );
    }
    const hints = { reportDir: dirname(name), roots: [] as string[] };
    // the repository's files may still be listed (see gate.ts): a Go profile needs them to parse
    const early = detected === 'go' ? await resolver : undefined;
    const parsed = await parseReport(reportFile, detected, name, {
      functionsOf: (path) => goFunctionsOf(confined, early?.resolve(path, hints)),
    });
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
    hints.roots = parsed.roots;
    const paths = await resolver;
    for (const coverage of parsed.files) {
      const mapped = paths.resolve(coverage.path, hints);
      if (mapped === undefined) unmapped.push({ path: coverage.path, report: name });
      const key = mapped ?? coverage.path;
      coverage.path = key;
      const existing = files.get(key);
      if (existing) existing.merge(coverage);
      else files.set(key, coverage);
    }
  }
  return { files, unmapped, reports, skipped };
}
