import {
  countBySeverity,
  demoteErrors,
  hasErrors,
  sortFindings,
  type Finding,
  type Outcome,
  type Report,
} from '@flow-actions/kit';
import type { BreakingEntry } from './breaking/check.ts';
import type { checkContracts } from './checks/contracts.ts';
import type { SpecResult } from './checks/specs.ts';
import type { TimelineEntry } from './ordering/commit-order.ts';
import type { CheckedOperation } from './openapi/lint.ts';
import type { DriftResult, DriftRow } from './routes/drift.ts';
import type { Settings } from './settings.ts';
import { buildSummary } from './summary.ts';

export interface GuardReport extends Report {
  range: { base: string; head: string; source: string };
  /** Error findings before a skip label demoted them. */
  violations: number;
  skippedBy?: string;
  timeline: TimelineEntry[];
  documents: string[];
  operations: CheckedOperation[];
  drift?: DriftRow[];
  breaking: BreakingEntry[];
}

/** What the checks found, before the skip label and the verdict. */
export interface GuardResults {
  range: { base: string; head: string; source: string };
  /** The pull request's labels. */
  labels: readonly string[];
  timeline: TimelineEntry[];
  /** Ordering and companion findings; the spec, drift and contract findings are in their results. */
  findings: Finding[];
  specs: SpecResult;
  drift: DriftResult | undefined;
  contracts: Awaited<ReturnType<typeof checkContracts>>;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The verdict (after the skip label), the JSON report, the summary and the outputs. */
export function outcomeOf(results: GuardResults, settings: Settings): Outcome<GuardReport> {
  const { specs, drift, contracts } = results;
  let findings = sortFindings([
    ...results.findings,
    ...specs.findings,
    ...(drift?.findings ?? []),
    ...contracts.findings,
  ]);
  const violations = countBySeverity(findings).error;
  const skippedBy =
    settings.skipLabel && results.labels.includes(settings.skipLabel)
      ? settings.skipLabel
      : undefined;
  if (skippedBy) findings = demoteErrors(findings);
  const passed = !hasErrors(findings);
  const headline =
    `${plural(violations, 'violation')}, ${plural(countBySeverity(findings).warning, 'warning')}; ` +
    `${plural(specs.operations.length, 'operation')} checked` +
    (skippedBy ? `; errors demoted by the ${skippedBy} label` : '');
  const report: GuardReport = {
    passed,
    findings,
    range: results.range,
    violations,
    ...(skippedBy ? { skippedBy } : {}),
    timeline: results.timeline,
    documents: specs.documents,
    operations: specs.operations,
    ...(drift ? { drift: drift.rows } : {}),
    breaking: contracts.breaking.entries,
  };
  const summary = buildSummary({
    passed,
    headline,
    source: results.range.source,
    skippedBy,
    timeline: results.timeline,
    findings,
    drift: drift?.rows,
    operations: specs.operations,
    documents: specs.documents,
    breaking: contracts.breaking,
  });
  const outputs = { violations: String(violations), ...contracts.outputs };
  return { report, summary, outputs, headline };
}
