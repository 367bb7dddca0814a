import { BranchHits } from './branch-hits.ts';
import { FunctionHits } from './function-hits.ts';
import { LineHits } from './line-hits.ts';
import { checkBranchCount, checkLine } from './limits.ts';

export const METRICS = ['lines', 'branches', 'functions', 'statements'] as const;
export type Metric = (typeof METRICS)[number];

const BIT: Record<Metric, number> = { lines: 1, branches: 2, functions: 4, statements: 8 };

export interface Counter {
  covered: number;
  total: number;
}

export const FORMATS = [
  'lcov',
  'cobertura',
  'jacoco',
  'clover',
  'go',
  'istanbul',
  'istanbul-summary',
  'coveragepy',
] as const;
export type Format = (typeof FORMATS)[number];

/**
 * One source file's coverage as a report gives it. Items keep their identity so that several
 * reports merge per line: a line, branch, function or statement is covered when any report
 * covers it, and the same report given twice changes nothing.
 */
export class FileCoverage {
  /** The path as the report wrote it; mapped onto a repository file later. */
  path: string;
  readonly lines = new LineHits();
  /** Per line, the hits of each branch on it, in the report's order. */
  readonly branches = new BranchHits();
  /** Function id (its name, or name and line) → hits. */
  readonly functions = new FunctionHits();
  // What a big report has for each of tens of thousands of files is kept small and made on demand:
  // every object a file holds makes the garbage collector's young generation grow.
  /** Statement id → [weight (statements in the block), hits]. */
  private statements: Map<string, [number, number]> | undefined;
  /**
   * Totals a report states for this file, which win over counting its items: Istanbul's summary
   * and JaCoCo's METHOD counter have no items, Clover's conditionals count branches its lines
   * omit, coverage.py 6 lists a docstring among executed lines but not among statements.
   */
  private stated: Partial<Record<Metric, Counter>> | undefined;
  /** Whether a report gave this file's branches only as counts per line (see addBranchCount). */
  private branchesByCount = false;
  /** Metrics the report measures for this file even when it has no such items, as bits. */
  private measuredBits = 0;

  constructor(path: string) {
    this.path = path;
  }

  measure(metric: Metric): void {
    this.measuredBits |= BIT[metric];
  }

  /** A total the report states (see `stated`). */
  state(metric: Metric, counter: Counter): void {
    (this.stated ??= {})[metric] = counter;
    this.measure(metric);
  }

  addBranches(line: number, hits: readonly number[]): void {
    checkLine(line);
    this.branches.add(line, hits);
  }

  /** A line's branches as a count only (Cobertura, JaCoCo, Clover): which of them ran is unknown. */
  addBranchCount(line: number, covered: number, total: number): void {
    checkLine(line);
    checkBranchCount(covered, total);
    this.branchesByCount = true;
    this.branches.add(
      line,
      Array.from({ length: total }, (_, index) => (index < covered ? 1 : 0)),
    );
  }

  addFunction(id: string, hits: number): void {
    this.functions.add(id, hits);
  }

  addStatement(id: string, weight: number, hits: number): void {
    this.statements ??= new Map();
    const current = this.statements.get(id);
    if (current) current[1] += hits;
    else this.statements.set(id, [weight, hits]);
  }

  /** Merge another report's coverage of the same file into this one. */
  merge(other: FileCoverage): void {
    this.lines.addAll(other.lines);
    this.branches.addAll(other.branches, this.branchesByCount || other.branchesByCount);
    this.branchesByCount ||= other.branchesByCount;
    this.functions.addAll(other.functions);
    for (const [id, [weight, hits]] of other.statements ?? []) this.addStatement(id, weight, hits);
    for (const metric of METRICS) {
      const theirs = other.stated?.[metric];
      const ours = this.stated?.[metric];
      // Totals alone cannot be united line by line: keep the better-covered of the two.
      if (theirs && (!ours || theirs.covered > ours.covered)) this.state(metric, { ...theirs });
    }
    this.measuredBits |= other.measuredBits;
  }

  /** This file's counter for a metric; undefined when the report does not measure it. */
  counter(metric: Metric): Counter | undefined {
    const stated = this.stated?.[metric];
    if (stated) return stated;
    const counted = this.items(metric);
    if (counted) return counted;
    return this.measuredBits & BIT[metric] ? { covered: 0, total: 0 } : undefined;
  }

  /**
   * Add this file's counters to `totals` (a metric it does not measure is left as it is). The
   * common case, counted items only, makes no counter objects: a big report has tens of
   * thousands of files, summed for the total and for their packages.
   */
  addTo(totals: Partial<Record<Metric, Counter>>): void {
    if (this.stated || this.statements) {
      for (const metric of METRICS) {
        const counter = this.counter(metric);
        if (counter) add((totals[metric] ??= zero()), counter.covered, counter.total);
      }
      return;
    }
    // each metric by name: a property named by a variable is a slower, generic lookup
    const measured = this.measuredBits;
    const { lines, branches, functions } = this;
    if (lines.size || measured & 1) add((totals.lines ??= zero()), lines.covered(), lines.size);
    if (branches.size || measured & 2)
      add((totals.branches ??= zero()), branches.covered(), branches.size);
    if (functions.size || measured & 4)
      add((totals.functions ??= zero()), functions.covered(), functions.size);
    if (measured & 8) totals.statements ??= zero();
  }

  private items(metric: Metric): Counter | undefined {
    switch (metric) {
      case 'lines':
        return this.lines.size
          ? { covered: this.lines.covered(), total: this.lines.size }
          : undefined;
      case 'branches':
        return this.branches.size
          ? { covered: this.branches.covered(), total: this.branches.size }
          : undefined;
      case 'functions':
        return this.functions.size
          ? { covered: this.functions.covered(), total: this.functions.size }
          : undefined;
      case 'statements': {
        if (!this.statements?.size) return undefined;
        const counter = { covered: 0, total: 0 };
        for (const [weight, hits] of this.statements.values()) {
          counter.total += weight;
          if (hits > 0) counter.covered += weight;
        }
        return counter;
      }
    }
  }

  /** Whether the file has anything instrumented at all. */
  get isEmpty(): boolean {
    return METRICS.every((metric) => !this.counter(metric)?.total);
  }
}

function zero(): Counter {
  return { covered: 0, total: 0 };
}

function add(sum: Counter, covered: number, total: number): void {
  sum.covered += covered;
  sum.total += total;
}

/** One parsed report file. */
export interface ParsedReport {
  file: string;
  format: Format;
  files: FileCoverage[];
  /** Directories the report's relative paths are relative to (Cobertura's `<sources>`). */
  roots: string[];
}
