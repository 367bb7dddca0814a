import type { RunFunction } from '@flow-actions/kit';
import { gateCoverage } from './gate.ts';
import { METRICS } from './model.ts';
import { outputsOf, type CoverageReport } from './report.ts';
import { readSettings } from './settings.ts';
import { buildSummary } from './summary.ts';

/** Marks the sticky PR comment so later runs update it in place. */
const COMMENT_MARKER = 'flow-actions:coverage-gate';
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

export const run: RunFunction<CoverageReport> = async (context) => {
  const settings = readSettings(context.inputs);
  const report = await gateCoverage({
    settings,
    workspace: context.workspace,
    event: context.event,
    log: context.log,
  });
  const summary = buildSummary(report);
  return {
    report,
    summary,
    outputs: outputsOf(report),
    headline: headline(report),
    ...(settings.comment
      ? {
          comment: {
            marker: COMMENT_MARKER,
            body: summary.render(COMMENT_LIMIT, 'the job summary'),
          },
        }
      : {}),
  };
};
