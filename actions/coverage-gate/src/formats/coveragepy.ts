import { FileCoverage } from '../model.ts';
import { malformed } from './malformed.ts';

interface FileData {
  executed_lines?: number[];
  missing_lines?: number[];
  executed_branches?: [number, number][];
  missing_branches?: [number, number][];
  summary?: { covered_lines?: number; num_statements?: number };
}

/**
 * coverage.py's JSON report (`coverage json`): executed and missing lines; with --branch, the
 * executed and missing arcs, counted per source line as coverage.py counts branches.
 */
export function parseCoveragePy(file: string, data: unknown): FileCoverage[] {
  const files = (data as { files?: Record<string, FileData> } | null)?.files;
  if (!files || typeof files !== 'object')
    throw malformed(file, undefined, 'coverage.py JSON without "files"');
  return Object.entries(files).map(([path, entry]) => {
    if (!Array.isArray(entry.executed_lines) || !Array.isArray(entry.missing_lines)) {
      throw malformed(
        file,
        undefined,
        `${JSON.stringify(path)} has no executed_lines and missing_lines`,
      );
    }
    const coverage = new FileCoverage(path);
    coverage.measure('lines');
    for (const line of entry.executed_lines) coverage.lines.add(line, 1);
    for (const line of entry.missing_lines) coverage.lines.add(line, 0);
    const { covered_lines: covered, num_statements: total } = entry.summary ?? {};
    // coverage.py 6 lists a docstring line as executed though it is no statement: its summary is exact
    if (typeof covered === 'number' && typeof total === 'number')
      coverage.state('lines', { covered, total });
    if (entry.executed_branches || entry.missing_branches) {
      coverage.measure('branches');
      const arcs = [
        ...(entry.executed_branches ?? []).map(([from, to]) => [from, to, 1] as const),
        ...(entry.missing_branches ?? []).map(([from, to]) => [from, to, 0] as const),
      ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const byLine = new Map<number, number[]>();
      for (const [from, , hit] of arcs) byLine.set(from, [...(byLine.get(from) ?? []), hit]);
      for (const [line, hits] of byLine) coverage.addBranches(line, hits);
    }
    return coverage;
  });
}
