import { functionKeys } from '../function-hits.ts';
import { FileCoverage, METRICS } from '../model.ts';
import { malformed } from './malformed.ts';

interface Position {
  line: number;
  column: number;
}
interface FileData {
  path?: string;
  statementMap: Record<string, { start: Position; end: Position }>;
  fnMap: Record<string, { name: string; decl?: { start: Position }; loc?: { start: Position } }>;
  branchMap: Record<
    string,
    { loc?: { start: Position }; locations?: { start: Position }[]; line?: number }
  >;
  s: Record<string, number>;
  f: Record<string, number>;
  b: Record<string, number[]>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Istanbul's coverage-final.json (the `json` reporter). Lines are derived as Istanbul derives
 * them (a statement's start line, the highest count wins), so totals equal its coverage-summary.
 */
export function parseIstanbulFinal(file: string, data: unknown): FileCoverage[] {
  if (!isObject(data)) throw malformed(file, 1, 'expected an object of files');
  const files: FileCoverage[] = [];
  for (const [key, value] of Object.entries(data)) {
    const entry = value as FileData;
    if (!isObject(entry) || !isObject(entry.statementMap) || !isObject(entry.s)) {
      throw malformed(file, undefined, `${JSON.stringify(key)} has no statementMap and s`);
    }
    const coverage = new FileCoverage(typeof entry.path === 'string' ? entry.path : key);
    for (const metric of METRICS) coverage.measure(metric);
    const lineHits = new Map<number, number>();
    for (const [id, hits] of Object.entries(entry.s)) {
      const location = entry.statementMap[id];
      if (!location) continue;
      coverage.addStatement(id, 1, hits);
      const line = location.start.line;
      if (!(lineHits.get(line)! >= hits)) lineHits.set(line, hits);
    }
    for (const [line, hits] of lineHits) coverage.lines.add(line, hits);
    // functions by start line, as every format of the run gives them (see functionKeys)
    const functionIds = Object.keys(entry.f ?? {});
    const keys = functionKeys(
      functionIds.map((id) => {
        const fn = entry.fnMap?.[id];
        return fn?.decl?.start.line ?? fn?.loc?.start.line ?? 0;
      }),
      functionIds.map((id) => entry.fnMap?.[id]?.name ?? `(function ${id})`),
    );
    functionIds.forEach((id, index) => coverage.addFunction(keys[index]!, entry.f[id]!));
    const branchesByLine = new Map<number, number[]>();
    for (const [id, hits] of Object.entries(entry.b ?? {})) {
      const branch = entry.branchMap?.[id];
      const line =
        branch?.loc?.start.line ?? branch?.locations?.[0]?.start.line ?? branch?.line ?? 0;
      // several branch points on one line: each gets its own slots, in key order
      branchesByLine.set(line, [...(branchesByLine.get(line) ?? []), ...hits]);
    }
    for (const line of [...branchesByLine.keys()].sort((a, b) => a - b)) {
      coverage.addBranches(line, branchesByLine.get(line)!);
    }
    files.push(coverage);
  }
  return files;
}

const SUMMARY_METRICS = METRICS;

/** Istanbul's coverage-summary.json (`json-summary`): per-file totals only, no lines. */
export function parseIstanbulSummary(file: string, data: unknown): FileCoverage[] {
  if (!isObject(data)) throw malformed(file, 1, 'expected an object of files');
  const files: FileCoverage[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'total') continue;
    if (!isObject(value))
      throw malformed(file, undefined, `${JSON.stringify(key)} is not an object of metrics`);
    const coverage = new FileCoverage(key);
    for (const metric of SUMMARY_METRICS) {
      const counter = value[metric];
      if (!isObject(counter)) continue;
      if (typeof counter.total !== 'number' || typeof counter.covered !== 'number') {
        throw malformed(
          file,
          undefined,
          `${JSON.stringify(key)}: ${metric} has no numeric total and covered`,
        );
      }
      coverage.state(metric, { covered: counter.covered, total: counter.total });
      coverage.measure(metric);
    }
    files.push(coverage);
  }
  return files;
}
