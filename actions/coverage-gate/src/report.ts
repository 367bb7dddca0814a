import type { Report } from '@flow-actions/kit';
import type { ReportSummary } from './collect.ts';
import { METRICS, type Counter, type FileCoverage, type Metric } from './model.ts';
import type { PackageGroup } from './packages.ts';
import { formatRanges, type PatchCoverage } from './patch.ts';
import type { Thresholds } from './thresholds.ts';
import { formatPercent, meets, percent, type Totals } from './totals.ts';

export interface MetricJson extends Counter {
  /** The exact percentage. */
  percent: number;
  /** Two decimals, cut (never rounded up). */
  display: string;
}

export type TotalsJson = Partial<Record<Metric, MetricJson>>;

export interface CoverageReport extends Report {
  totals: TotalsJson;
  thresholds: Thresholds;
  packages: {
    name: string;
    glob?: string;
    files: number;
    totals: TotalsJson;
    thresholds?: Thresholds;
    passed: boolean;
  }[];
  patch:
    | (MetricJson & {
        range: { base: string; head: string; source: string };
        threshold?: number;
        files: { path: string; covered: number; total: number; uncovered: string }[];
        notMeasured: string[];
        unreported: string[];
      })
    | null;
  baseline: { file: string; deltas: Partial<Record<Metric, number>> } | null;
  /** The files with the most uncovered lines. */
  mostMissed: { path: string; missed: number; lines: MetricJson }[];
  unmapped: { path: string; report: string }[];
  reports: ReportSummary[];
}

export function metricJson(counter: Counter): MetricJson {
  return {
    covered: counter.covered,
    total: counter.total,
    percent: percent(counter),
    display: formatPercent(counter),
  };
}

export function totalsJson(totals: Totals): TotalsJson {
  const json: TotalsJson = {};
  for (const metric of METRICS) if (totals[metric]) json[metric] = metricJson(totals[metric]);
  return json;
}

export function packageJson(group: PackageGroup): CoverageReport['packages'][number] {
  const passed = METRICS.every((metric) => {
    const minimum = group.thresholds?.[metric];
    const counter = group.totals[metric];
    return minimum === undefined || (counter !== undefined && meets(counter, minimum));
  });
  return {
    name: group.name,
    ...(group.glob ? { glob: group.glob } : {}),
    files: group.files.length,
    totals: totalsJson(group.totals),
    ...(group.thresholds ? { thresholds: group.thresholds } : {}),
    passed,
  };
}

export function patchJson(
  patch: PatchCoverage,
  range: { base: string; head: string; source: string },
  threshold: number | undefined,
): NonNullable<CoverageReport['patch']> {
  return {
    ...metricJson(patch),
    range,
    ...(threshold === undefined ? {} : { threshold }),
    files: patch.files.map((file) => ({
      path: file.path,
      covered: file.covered,
      total: file.total,
      uncovered: formatRanges(file.uncovered),
    })),
    notMeasured: patch.notMeasured,
    unreported: patch.unreported,
  };
}

/** The files with the most missed lines, most first. */
export function mostMissed(
  files: Iterable<FileCoverage>,
  count: number,
): CoverageReport['mostMissed'] {
  const ranked: { path: string; missed: number; lines: Counter }[] = [];
  const before = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    b.missed - a.missed || a.path.localeCompare(b.path);
  for (const file of files) {
    const lines = file.counter('lines');
    if (!lines || lines.total === lines.covered) continue;
    const entry = { path: file.path, missed: lines.total - lines.covered, lines };
    // keep only the top `count`: a big report has tens of thousands of files
    if (ranked.length === count && before(ranked[count - 1]!, entry) <= 0) continue;
    ranked.push(entry);
    ranked.sort(before);
    if (ranked.length > count) ranked.pop();
  }
  return ranked.map((entry) => ({ ...entry, lines: metricJson(entry.lines) }));
}

export function outputsOf(
  report: Pick<CoverageReport, 'totals' | 'patch'>,
): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const metric of METRICS) outputs[metric] = report.totals[metric]?.display ?? '';
  outputs.patch = report.patch && report.patch.total > 0 ? report.patch.display : '';
  return outputs;
}
