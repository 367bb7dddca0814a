import {
  countBySeverity,
  demoteErrors,
  hasErrors,
  sortFindings,
  UsageError,
  type Finding,
  type Report,
  type RunFunction,
} from '@flow-actions/kit';
import { labelsOf } from '@flow-actions/github';
import type { GlobSet } from './globs.ts';
import type { CheckedOperation } from './openapi/lint.ts';
import { checkOrdering, timeline, type TimelineEntry } from './ordering/commit-order.ts';
import { addedLines, readChanges, type PullRequestChanges } from './repository.ts';
import { compareRoutes, type DriftRow } from './routes/drift.ts';
import { extractRoutes, isRouteSource } from './routes/extract.ts';
import type { Route } from './routes/route.ts';
import { evaluateRules } from './rules/evaluate.ts';
import { readSettings, type Settings } from './settings.ts';
import { checkSpecs, type SpecResult } from './specs.ts';
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
}

/** A glob input that matches no file of the repository is a mistake, not an empty policy. */
function requireMatch(globs: GlobSet, files: readonly string[], input: string, what: string): void {
  if (files.some((file) => globs.matches(file))) return;
  throw new UsageError(
    `input '${input}' (${globs.patterns.join(', ')}) matches no file at head or in the pull request: it should match the ${what}`,
    { input },
  );
}

async function companionFindings(
  settings: Settings,
  changes: PullRequestChanges,
  workspace: string,
): Promise<Finding[]> {
  if (settings.rules.length === 0) return [];
  for (const rule of settings.userRules) {
    if (
      rule.when &&
      !changes.headFiles.some((file) => rule.when!.matches(file)) &&
      !changes.changed.some((file) => rule.when!.matches(file))
    ) {
      throw new UsageError(
        `${rule.origin}: \`when\` of rule \`${rule.name}\` (${rule.when.patterns.join(', ')}) matches no file`,
        {
          input: 'rules',
        },
      );
    }
  }
  const needsLines = settings.rules.some((rule) => rule.whenAddedLines);
  const lines = needsLines ? await addedLines(workspace, changes, changes.changed) : new Map();
  const mentions = [...new Set(settings.rules.flatMap((rule) => rule.requireMention ?? []))];
  const contents = new Map(
    await Promise.all(mentions.map(async (file) => [file, await changes.head.read(file)] as const)),
  );
  return evaluateRules(settings.rules, {
    changed: changes.changed,
    addedLines: lines,
    contentAt: (file) => contents.get(file),
  });
}

async function routeDrift(settings: Settings, changes: PullRequestChanges, specs: SpecResult) {
  if (settings.routeDrift === 'off') return undefined;
  const severity = settings.routeDrift === 'error' ? 'error' : 'warning';
  const code: Route[] = [];
  for (const file of changes.headFiles.filter(
    (path) => settings.implementationPaths.matches(path) && isRouteSource(path),
  )) {
    code.push(...extractRoutes(file, (await changes.head.read(file)) ?? ''));
  }
  if (code.length === 0 && specs.specRoutes.length === 0) return { rows: [], findings: [] };
  if (code.length === 0) {
    const finding: Finding = {
      rule: 'route-drift',
      severity,
      message: `no routes were found in implementation-paths (${settings.implementationPaths.patterns.join(', ')}): route drift cannot be checked`,
    };
    return { rows: [], findings: [finding] };
  }
  return compareRoutes(code, specs.specRoutes, specs.basePaths, severity);
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
  requireMatch(settings.specPaths, everything, 'spec-paths', 'OpenAPI specs');
  requireMatch(
    settings.implementationPaths,
    everything,
    'implementation-paths',
    'API implementation',
  );

  const ordering = {
    commits: changes.commits,
    filesByCommit: changes.filesByCommit,
    changed: changes.changed,
    spec: settings.specPaths,
    implementation: settings.implementationPaths,
  };
  const entries = timeline(ordering);
  const specs = await checkSpecs(settings, changes);
  const drift = await routeDrift(settings, changes, specs);
  let findings = sortFindings([
    ...checkOrdering(ordering, entries, settings),
    ...specs.findings,
    ...(await companionFindings(settings, changes, context.workspace)),
    ...(drift?.findings ?? []),
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
  });
  return { report, summary, outputs: { violations: String(violations) }, headline };
};
