import type { LineRanges } from '@flow-actions/git';
import type { FileCoverage, Counter } from './model.ts';

export interface PatchFile {
  path: string;
  covered: number;
  total: number;
  /** Uncovered changed lines as ranges; non-instrumented lines between them join a range. */
  uncovered: LineRanges;
}

export interface PatchCoverage extends Counter {
  files: PatchFile[];
  /** Changed source files that no report covers. */
  notMeasured: string[];
  /** Changed source files no report covers, counted with every added line of code uncovered. */
  unreported: string[];
}

/**
 * Coverage of the changed lines: only instrumented lines count. A changed file without coverage
 * data is "not measured" when it looks like source the reports cover (same extension).
 */
export function patchCoverage(
  changed: ReadonlyMap<string, LineRanges>,
  reported: ReadonlyMap<string, FileCoverage>,
  accept: (path: string) => boolean,
  unreported: ReadonlyMap<string, FileCoverage> = new Map(),
): PatchCoverage {
  const extensions = new Set([...reported.keys()].map(extensionOf));
  const files = new Map([...reported, ...unreported]);
  const patch: PatchCoverage = {
    covered: 0,
    total: 0,
    files: [],
    notMeasured: [],
    unreported: [...unreported.keys()].sort(),
  };
  for (const [path, ranges] of changed) {
    if (!accept(path)) continue;
    const coverage = files.get(path);
    // a report of totals only (Istanbul's coverage-summary.json) says nothing about lines
    if (!coverage || coverage.lines.size === 0) {
      if (extensions.has(extensionOf(path))) patch.notMeasured.push(path);
      continue;
    }
    const file: PatchFile = { path, covered: 0, total: 0, uncovered: [] };
    for (const [start, end] of ranges) {
      let open: [number, number] | undefined;
      for (let line = start; line <= end; line++) {
        const hits = coverage.lines.get(line);
        if (hits === undefined) continue;
        file.total++;
        if (hits > 0) {
          file.covered++;
          open = undefined;
        } else if (open) open[1] = line;
        else {
          open = [line, line];
          file.uncovered.push(open);
        }
      }
    }
    if (file.total === 0) continue;
    patch.covered += file.covered;
    patch.total += file.total;
    patch.files.push(file);
  }
  patch.files.sort((a, b) => a.path.localeCompare(b.path));
  patch.notMeasured.sort();
  return patch;
}

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : name;
}

/** `12-14, 20` */
export function formatRanges(ranges: LineRanges): string {
  return ranges.map(([start, end]) => (start === end ? `${start}` : `${start}-${end}`)).join(', ');
}
