import { METRICS, type Counter, type FileCoverage, type Metric } from './model.ts';

export type Totals = Partial<Record<Metric, Counter>>;

/** The sum of the files' counters; a metric no file measures is left out. */
export function totalsOf(files: Iterable<FileCoverage>): Totals {
  const totals: Totals = {};
  for (const file of files) file.addTo(totals);
  return totals;
}

/** The sum of totals (of groups that hold each file once). */
export function sumOf(parts: Iterable<Totals>): Totals {
  const totals: Totals = {};
  for (const part of parts) {
    for (const metric of METRICS) {
      const counter = part[metric];
      if (!counter) continue;
      const sum = (totals[metric] ??= { covered: 0, total: 0 });
      sum.covered += counter.covered;
      sum.total += counter.total;
    }
  }
  return totals;
}

/** The exact percentage; nothing to cover counts as fully covered. */
export function percent(counter: Counter): number {
  return counter.total === 0 ? 100 : (counter.covered * 100) / counter.total;
}

/**
 * Two decimals, cut rather than rounded, so a displayed number never claims more than was
 * measured: 79.996% shows as 79.99, not 80.00.
 */
export function formatPercent(counter: Counter | undefined): string {
  if (!counter) return '';
  if (counter.total === 0) return '100.00';
  return (Math.floor((counter.covered * 10000) / counter.total) / 100).toFixed(2);
}

/** covered/total ≥ minimum%, in exact arithmetic: 79.996 is not 80. */
export function meets(counter: Counter, minimum: number): boolean {
  return counter.covered * 100 >= minimum * counter.total;
}
