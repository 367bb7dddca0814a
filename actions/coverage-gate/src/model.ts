import { LineHits } from './line-hits.ts';

export const METRICS = ['lines', 'branches', 'functions', 'statements'] as const;
export type Metric = (typeof METRICS)[number];

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
  /** Line → hits of each branch on that line, in the report's order. */
  readonly branches = new Map<number, number[]>();
  /** Function id (name, or the report's key) → hits. */
  readonly functions = new Map<string, number>();
  /** Statement id → [weight (statements in the block), hits]. */
  readonly statements = new Map<string, [number, number]>();
  /**
   * Totals a report states for this file, which win over counting its items: Istanbul's summary
   * and JaCoCo's METHOD counter have no items, Clover's conditionals count branches its lines
   * omit, coverage.py 6 lists a docstring among executed lines but not among statements.
   */
  readonly counters: Partial<Record<Metric, Counter>> = {};
  /** Metrics the report measures for this file, even when it has no such items. */
  readonly measured = new Set<Metric>();

  constructor(path: string) {
    this.path = path;
  }

  addBranches(line: number, hits: readonly number[]): void {
    const current = this.branches.get(line);
    if (!current) this.branches.set(line, [...hits]);
    else
      for (let index = 0; index < hits.length; index++)
        current[index] = (current[index] ?? 0) + hits[index]!;
  }

  addFunction(id: string, hits: number): void {
    this.functions.set(id, (this.functions.get(id) ?? 0) + hits);
  }

  addStatement(id: string, weight: number, hits: number): void {
    const current = this.statements.get(id);
    if (current) current[1] += hits;
    else this.statements.set(id, [weight, hits]);
  }

  /** Merge another report's coverage of the same file into this one. */
  merge(other: FileCoverage): void {
    this.lines.addAll(other.lines);
    for (const [line, hits] of other.branches) this.addBranches(line, hits);
    for (const [id, hits] of other.functions) this.addFunction(id, hits);
    for (const [id, [weight, hits]] of other.statements) this.addStatement(id, weight, hits);
    for (const metric of METRICS) {
      const theirs = other.counters[metric];
      const ours = this.counters[metric];
      // Totals alone cannot be united line by line: keep the better-covered of the two.
      if (theirs && (!ours || theirs.covered > ours.covered)) this.counters[metric] = { ...theirs };
    }
    for (const metric of other.measured) this.measured.add(metric);
  }

  /** This file's counter for a metric; undefined when the report does not measure it. */
  counter(metric: Metric): Counter | undefined {
    const stated = this.counters[metric];
    if (stated) return stated;
    const detailed = this.detailed(metric);
    if (detailed) return detailed;
    return this.measured.has(metric) ? { covered: 0, total: 0 } : undefined;
  }

  private detailed(metric: Metric): Counter | undefined {
    switch (metric) {
      case 'lines':
        return this.lines.size
          ? { covered: this.lines.covered(), total: this.lines.size }
          : undefined;
      case 'branches': {
        if (this.branches.size === 0) return undefined;
        const counter = { covered: 0, total: 0 };
        for (const hits of this.branches.values()) {
          counter.total += hits.length;
          for (const hit of hits) if (hit > 0) counter.covered++;
        }
        return counter;
      }
      case 'functions': {
        if (this.functions.size === 0) return undefined;
        let covered = 0;
        for (const hits of this.functions.values()) if (hits > 0) covered++;
        return { covered, total: this.functions.size };
      }
      case 'statements': {
        if (this.statements.size === 0) return undefined;
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

/** One parsed report file. */
export interface ParsedReport {
  file: string;
  format: Format;
  files: FileCoverage[];
  /** Directories the report's relative paths are relative to (Cobertura's `<sources>`). */
  roots: string[];
}
