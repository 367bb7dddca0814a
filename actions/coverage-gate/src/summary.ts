import { md, Summary } from '@flow-actions/kit';
import { METRICS } from './model.ts';
import { meets } from './totals.ts';
import type { CoverageReport, MetricJson, TotalsJson } from './report.ts';

/** Rows of a table that a job summary shows in full; the JSON report has every row. */
const MAX_ROWS = 50;

function cell(metric: MetricJson | undefined): string {
  return metric ? `${metric.display}%` : '–';
}

function status(metric: MetricJson | undefined, minimum: number | undefined): string {
  if (minimum === undefined) return '';
  return md.passFail(metric !== undefined && meets(metric, minimum));
}

function totalsTable(summary: Summary, totals: TotalsJson, report: CoverageReport): void {
  const rows = METRICS.filter(
    (metric) => totals[metric] || report.thresholds[metric] !== undefined,
  ).map((metric) => {
    const value = totals[metric];
    const minimum = report.thresholds[metric];
    const delta = report.baseline?.deltas[metric];
    return [
      metric,
      cell(value),
      value ? `${value.covered} / ${value.total}` : 'no data',
      minimum === undefined ? '' : `${minimum}% ${status(value, minimum)}`,
      ...(report.baseline
        ? [delta === undefined ? '' : `${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`]
        : []),
    ];
  });
  summary.table(
    [
      'Metric',
      'Coverage',
      'Covered / total',
      'Threshold',
      ...(report.baseline ? ['vs baseline'] : []),
    ],
    rows,
  );
}

function patchSection(summary: Summary, patch: NonNullable<CoverageReport['patch']>): void {
  summary.heading('Patch coverage', 3);
  const threshold =
    patch.threshold === undefined
      ? ''
      : ` (threshold ${patch.threshold}% ${md.passFail(meets(patch, patch.threshold))})`;
  if (patch.total === 0)
    summary.paragraph(
      `No instrumented line changed in ${md.code(patch.range.source)}.${threshold}`,
    );
  else {
    summary.paragraph(
      `**${patch.display}%** of changed instrumented lines are covered: ${patch.covered} of ${patch.total} in ${md.code(patch.range.source)}${threshold}.`,
    );
  }
  const uncovered = patch.files.filter((file) => file.uncovered);
  if (uncovered.length > 0) {
    summary.paragraph('Uncovered changed lines:');
    summary.list(
      uncovered.slice(0, MAX_ROWS).map((file) => `${md.code(file.path)}: ${file.uncovered}`),
    );
    if (uncovered.length > MAX_ROWS) {
      summary.paragraph(`${uncovered.length - MAX_ROWS} more files are in the JSON report.`);
    }
  }
  if (patch.unreported.length > 0) {
    summary.paragraph('Changed files no report covers, their added code counted as uncovered:');
    summary.list(patch.unreported.slice(0, MAX_ROWS).map((path) => md.code(path)));
  }
  if (patch.notMeasured.length > 0) {
    summary.paragraph('Changed files with no coverage data (not measured):');
    summary.list(patch.notMeasured.slice(0, MAX_ROWS).map((path) => md.code(path)));
  }
}

/** The job summary (and the PR comment): totals, patch, packages, most missed, unmapped. */
export function buildSummary(report: CoverageReport): Summary {
  const summary = new Summary();
  summary.heading(`${md.passFail(report.passed)} Coverage`);
  if (report.reports.length === 0) {
    summary.paragraph('No coverage report was found.');
    return summary;
  }
  totalsTable(summary, report.totals, report);
  const failures = report.findings.filter((finding) => finding.severity === 'error');
  if (failures.length > 0)
    summary.list(failures.map((finding) => `❌ ${md.text(finding.message)}`));
  if (report.patch) patchSection(summary, report.patch);

  if (report.packages.length > 0) {
    summary.heading('Packages', 3);
    const withThresholds = report.packages.some((pkg) => pkg.thresholds);
    summary.table(
      ['Package', 'Files', ...METRICS, ...(withThresholds ? ['Thresholds'] : [])],
      report.packages.slice(0, MAX_ROWS).map((pkg) => [
        md.code(pkg.name),
        String(pkg.files),
        ...METRICS.map((metric) => cell(pkg.totals[metric])),
        ...(withThresholds
          ? [
              pkg.thresholds
                ? `${Object.entries(pkg.thresholds)
                    .map(([m, v]) => `${m}=${v}`)
                    .join(' ')} ${md.passFail(pkg.passed)}`
                : '',
            ]
          : []),
      ]),
    );
    if (report.packages.length > MAX_ROWS)
      summary.paragraph(
        `${report.packages.length - MAX_ROWS} more packages are in the JSON report.`,
      );
  }

  if (report.mostMissed.length > 0) {
    summary.heading('Files with the most missed lines', 3);
    summary.table(
      ['File', 'Missed lines', 'Lines'],
      report.mostMissed.map((file) => [
        md.code(file.path),
        String(file.missed),
        `${file.lines.display}%`,
      ]),
    );
  }
  if (report.unmapped.length > 0) {
    summary.details(
      `⚠️ ${report.unmapped.length} report paths match no file of the repository`,
      report.unmapped
        .slice(0, MAX_ROWS)
        .map((entry) => `- ${md.code(entry.path)} (in ${md.code(entry.report)})`)
        .join('\n'),
    );
  }
  summary.details(
    'Reports',
    report.reports
      .map((entry) => `- ${md.code(entry.file)}: ${entry.format}, ${entry.files} files`)
      .join('\n'),
  );
  return summary;
}
