import {
  countBySeverity,
  demoteErrors,
  hasErrors,
  sortFindings,
  type Report,
  type RunFunction,
} from '@flow-actions/kit';
import { labelsOf } from '@flow-actions/github/event';
import type { BreakingEntry } from './breaking/check.ts';
import { checkCompanions } from './checks/companions.ts';
import { checkContracts } from './checks/contracts.ts';
import { requireMatch } from './checks/matches.ts';
import { checkRouteDrift } from './checks/route-drift.ts';
import { checkSpecs } from './checks/specs.ts';
import type { CheckedOperation } from './openapi/lint.ts';
import { checkOrdering, timeline, type TimelineEntry } from './ordering/commit-order.ts';
import { readChanges } from './repository.ts';
import type { DriftRow } from './routes/drift.ts';
import { readSettings } from './settings.ts';
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

export const run: RunFunction<GuardReport> = async (context) => {
  const settings = await readSettings(context.inputs, context.workspace);
  const changes = await readChanges(context.workspace, {
    event: context.event,
    from: settings.from,
    to: settings.to,
    log: (message) => context.log.info(message),
  });
  const everything = [...changes.headFiles, ...changes.changed];
  requireMatch(settings.specPaths, everything, "input 'spec-paths'", 'spec-paths');
  // A spec-only repository turns off the checks that read the implementation, and needs none.
  if (settings.requireSpec || settings.specFirst || settings.routeDrift !== 'off') {
    requireMatch(
      settings.implementationPaths,
      everything,
      "input 'implementation-paths'",
      'implementation-paths',
    );
  }

  const ordering = {
    commits: changes.commits,
    filesByCommit: changes.filesByCommit,
    changed: changes.changed,
    spec: settings.specPaths,
    implementation: settings.implementationPaths,
  };
  const entries = timeline(ordering);
  const specs = await checkSpecs(settings, changes);
  const drift = await checkRouteDrift(settings, changes, specs);
  const contracts = await checkContracts(settings, changes, context.event);
  let findings = sortFindings([
    ...checkOrdering(ordering, entries, settings),
    ...specs.findings,
    ...(await checkCompanions(settings, changes, context.workspace)),
    ...(drift?.findings ?? []),
    ...contracts.findings,
  ]);
  const violations = countBySeverity(findings).error;
  const skippedBy =
    settings.skipLabel && labelsOf(context.event).includes(settings.skipLabel)
      ? settings.skipLabel
      : undefined;
  if (skippedBy) findings = demoteErrors(findings);
  const passed = !hasErrors(findings);
  const counts = countBySeverity(findings);
  const headline =
    `${violations} violation${violations === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}; ` +
    `${specs.operations.length} operation${specs.operations.length === 1 ? '' : 's'} checked` +
    (skippedBy ? `; errors demoted by the ${skippedBy} label` : '');
  const report: GuardReport = {
    passed,
    findings,
    range: { base: changes.range.base, head: changes.range.head, source: changes.range.source },
    violations,
    ...(skippedBy ? { skippedBy } : {}),
    timeline: entries,
    documents: specs.documents,
    operations: specs.operations,
    ...(drift ? { drift: drift.rows } : {}),
    breaking: contracts.breaking.entries,
  };
  const summary = buildSummary({
    passed,
    headline,
    source: changes.range.source,
    skippedBy,
    timeline: entries,
    findings,
    drift: drift?.rows,
    operations: specs.operations,
    documents: specs.documents,
    breaking: contracts.breaking,
  });
  const outputs = { violations: String(violations), ...contracts.outputs };
  return { report, summary, outputs, headline };
};
