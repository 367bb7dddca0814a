import type { Outcome } from '@flow-actions/kit';
import { METRICS } from './model.ts';
import { outputsOf, type CoverageReport } from './report.ts';
import type { Settings } from './settings.ts';
import { buildSummary } from './summary.ts';

/** GitHub rejects comments over 65,536 characters. */
const COMMENT_LIMIT = 60_000;

function headline(report: CoverageReport): string {
  const parts = METRICS.filter((metric) => report.totals[metric]).map(
    (metric) => `${metric} ${report.totals[metric]!.display}%`,
  );
  if (report.patch && report.patch.total > 0) parts.push(`patch ${report.patch.display}%`);
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const verdict = errors ? `${errors} gate(s) failed` : 'all gates passed';
  return parts.length
    ? `${parts.join(', ')}: ${verdict}`
    : (report.findings[0]?.message ?? verdict);
}

/** The report as the runner publishes it: headline, summary, outputs and the sticky comment. */
export function outcomeOf(report: CoverageReport, settings: Settings): Outcome<CoverageReport> {
  const summary = buildSummary(report);
  return {
    report,
    summary,
    outputs: outputsOf(report),
    headline: headline(report),
    ...(settings.comment
      ? {
          comment: {
            marker: settings.commentMarker,
            body: summary.render(COMMENT_LIMIT, 'the job summary'),
          },
        }
      : {}),
  };
}
