import { FileCoverage } from '../model.ts';
import { malformed } from './malformed.ts';

interface FileData {
  executed_lines?: number[];
  missing_lines?: number[];
  executed_branches?: [number, number][];
  missing_branches?: [number, number][];
  summary?: {
    covered_lines?: number;
    num_statements?: number;
    covered_branches?: number;
    num_branches?: number;
  };
}

/**
 * A line's branches from the arc lists: each arc once (coverage.py 6 on Python 3.11 lists some
 * twice), a line's arcs to itself left out (a comprehension's loop, which coverage.py does not
 * count as a branch), an arc executed when either list says so.
 */
function branchesByLine(entry: FileData): Map<number, number[]> {
  const arcs = new Map<string, [number, number, number]>();
  for (const [list, hit] of [
    [entry.missing_branches, 0],
    [entry.executed_branches, 1],
  ] as const) {
    for (const arc of list ?? []) {
      if (!Array.isArray(arc) || arc[0] === arc[1]) continue;
      arcs.set(`${arc[0]},${arc[1]}`, [Number(arc[0]), Number(arc[1]), hit]);
    }
  }
  const sorted = [...arcs.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const byLine = new Map<number, number[]>();
  for (const [from, , hit] of sorted) byLine.set(from, [...(byLine.get(from) ?? []), hit]);
  return byLine;
}

/**
 * coverage.py's JSON report (`coverage json`). Its file summaries are what `coverage report`
 * prints, and they are the totals; the executed and missing lines and arcs give the per-line data
 * (for merging and patch coverage). Where those lists count otherwise than the summary (a
 * docstring listed as executed, arcs that are no branch), the summary wins for the file.
 */
export function parseCoveragePy(file: string, data: unknown): FileCoverage[] {
  const files = (data as { files?: Record<string, FileData> } | null)?.files;
  if (!files || typeof files !== 'object')
    throw malformed(file, undefined, 'coverage.py JSON without "files"');
  return Object.entries(files).map(([path, entry]) => {
    if (!Array.isArray(entry?.executed_lines) || !Array.isArray(entry.missing_lines)) {
      throw malformed(
        file,
        undefined,
        `${JSON.stringify(path)} has no executed_lines and missing_lines`,
      );
    }
    const coverage = new FileCoverage(path);
    coverage.measure('lines');
    for (const [list, hits] of [
      [entry.executed_lines, 1],
      [entry.missing_lines, 0],
    ] as const) {
      for (const line of list) {
        if (!Number.isInteger(line))
          throw malformed(
            file,
            undefined,
            `${JSON.stringify(path)} lists a line ${JSON.stringify(line)}`,
          );
        coverage.lines.add(line, hits);
      }
    }
    const summary = entry.summary ?? {};
    stateIfOther(coverage, 'lines', summary.covered_lines, summary.num_statements);
    if (entry.executed_branches || entry.missing_branches) {
      coverage.measure('branches');
      for (const [line, hits] of branchesByLine(entry)) coverage.addBranches(line, hits);
      stateIfOther(coverage, 'branches', summary.covered_branches, summary.num_branches);
    }
    return coverage;
  });
}

function stateIfOther(
  coverage: FileCoverage,
  metric: 'lines' | 'branches',
  covered: unknown,
  total: unknown,
): void {
  if (typeof covered !== 'number' || typeof total !== 'number') return;
  const counted = coverage.counter(metric);
  if (counted?.covered !== covered || counted.total !== total)
    coverage.state(metric, { covered, total });
}
