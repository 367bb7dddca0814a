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
    const where = `${JSON.stringify(key)}`;
    const coverage = new FileCoverage(typeof entry.path === 'string' ? entry.path : key);
    for (const metric of METRICS) coverage.measure(metric);
    const lineHits = new Map<number, number>();
    for (const [id, value] of Object.entries(entry.s)) {
      const location = entry.statementMap[id];
      if (!location) continue;
      const hits = count(file, value, `${where} s.${id}`);
      coverage.addStatement(id, 1, hits);
      const line = lineOf(file, location, `${where} statementMap.${id}`);
      if (!(lineHits.get(line)! >= hits)) lineHits.set(line, hits);
    }
    for (const [line, hits] of lineHits) coverage.lines.add(line, hits);
    addFunctions(file, entry, coverage, where);
    addBranchPoints(file, entry, coverage, where);
    files.push(coverage);
  }
  return files;
}

/** A hit count: a number (Istanbul writes whole numbers). */
function count(file: string, value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw malformed(file, undefined, `${where} is not a count`);
  return value;
}

/** The start line of a location ({ start: { line } }), or 0 when `optional` and there is none. */
function lineOf(file: string, location: unknown, where: string, optional = false): number {
  const line = (location as { start?: { line?: unknown } } | undefined)?.start?.line;
  if (typeof line === 'number') return line;
  if (optional) return 0;
  throw malformed(file, undefined, `${where} has no start line`);
}

/** Functions by start line, as every format of the run gives them (see functionKeys). */
function addFunctions(file: string, entry: FileData, coverage: FileCoverage, where: string) {
  if (!isObject(entry.f)) return;
  const fnMap = isObject(entry.fnMap) ? entry.fnMap : {};
  const ids = Object.keys(entry.f);
  const keys = functionKeys(
    ids.map((id) => lineOf(file, fnMap[id]?.decl ?? fnMap[id]?.loc, '', true)),
    ids.map((id) => String(fnMap[id]?.name ?? `(function ${id})`)),
  );
  ids.forEach((id, index) =>
    coverage.addFunction(keys[index]!, count(file, entry.f[id], `${where} f.${id}`)),
  );
}

/** Several branch points on one line: each gets its own slots, in key order. */
function addBranchPoints(file: string, entry: FileData, coverage: FileCoverage, where: string) {
  if (!isObject(entry.b)) return;
  const branchMap = isObject(entry.branchMap) ? entry.branchMap : {};
  const branchesByLine = new Map<number, number[]>();
  for (const [id, hits] of Object.entries(entry.b)) {
    if (!Array.isArray(hits)) throw malformed(file, undefined, `${where} b.${id} is not a list`);
    const branch = branchMap[id];
    const line =
      lineOf(file, branch?.loc, '', true) ||
      lineOf(file, branch?.locations?.[0], '', true) ||
      (typeof branch?.line === 'number' ? branch.line : 0);
    const counts = hits.map((hit, slot) => count(file, hit, `${where} b.${id}[${slot}]`));
    branchesByLine.set(line, [...(branchesByLine.get(line) ?? []), ...counts]);
  }
  for (const line of [...branchesByLine.keys()].sort((a, b) => a - b))
    coverage.addBranches(line, branchesByLine.get(line)!);
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
