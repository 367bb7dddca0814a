import type { Finding, Severity } from './report.ts';
import { sortFindings } from './report.ts';

/** GitHub shows at most 10 error and 10 warning annotations of a step; more are lost silently. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationPlan {
  shown: Finding[];
  /** Findings left out, by severity; they are in the summary and the JSON report. */
  hidden: Record<Severity, number>;
}

/** The findings to annotate: errors first, each severity capped. */
export function planAnnotations(
  findings: readonly Finding[],
  cap = ANNOTATIONS_PER_SEVERITY,
): AnnotationPlan {
  const shown: Finding[] = [];
  const hidden: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of sortFindings(findings)) {
    if (taken[finding.severity] < cap) {
      taken[finding.severity]++;
      shown.push(finding);
    } else hidden[finding.severity]++;
  }
  return { shown, hidden };
}

export function hiddenNotice(plan: AnnotationPlan): string | undefined {
  const parts = (Object.entries(plan.hidden) as [Severity, number][])
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`);
  if (parts.length === 0) return undefined;
  return `and ${parts.join(', ')} more, not annotated: see the job summary and the JSON report`;
}
