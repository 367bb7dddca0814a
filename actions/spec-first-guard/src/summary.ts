import { md, Summary, type Finding } from '@flow-actions/kit';
import { breakingSection } from './breaking/summary.ts';
import type { BreakingResult } from './breaking/check.ts';
import type { TimelineEntry } from './ordering/commit-order.ts';
import type { CheckedOperation } from './openapi/lint.ts';
import type { DriftRow } from './routes/drift.ts';
import { normalisePath } from './routes/route.ts';

export interface SummaryInput {
  passed: boolean;
  headline: string;
  source: string;
  /** The skip label, when the pull request carries it. */
  skippedBy: string | undefined;
  timeline: readonly TimelineEntry[];
  findings: readonly Finding[];
  drift: readonly DriftRow[] | undefined;
  operations: readonly CheckedOperation[];
  documents: readonly string[];
  breaking?: BreakingResult;
}

const TOUCHES: Record<TimelineEntry['touches'], string> = {
  spec: '📘 spec',
  code: '🛠️ code',
  both: '📘🛠️ both',
  neither: '—',
};

const where = (place: { file?: string; line?: number } | undefined) =>
  place?.file ? md.code(`${place.file}${place.line ? `:${place.line}` : ''}`) : '';

const icon = (finding: Finding) =>
  finding.severity === 'error' ? '❌' : finding.severity === 'warning' ? '⚠️' : 'ℹ️';

/** A table open when short, folded when longer than this many rows. */
const OPEN_ROWS = 5;

const HEADERS = ['', 'Where', 'Finding'];
const rowsOf = (findings: readonly Finding[]) =>
  findings.map((finding) => [icon(finding), where(finding), md.text(finding.message)]);
const findingsTable = (findings: readonly Finding[]) => md.table(HEADERS, rowsOf(findings));

/** One table per rule, errors' rules first; a long one folded. */
function findingsByRule(summary: Summary, findings: readonly Finding[]): void {
  const rules = [...new Set(findings.map((finding) => finding.rule))].sort();
  const worst = (rule: string) =>
    findings.some((finding) => finding.rule === rule && finding.severity === 'error') ? 0 : 1;
  for (const rule of rules.sort((a, b) => worst(a) - worst(b))) {
    const ofRule = findings.filter((finding) => finding.rule === rule);
    const title = `${md.code(rule)} (${ofRule.length})`;
    if (ofRule.length > OPEN_ROWS) summary.details(title, findingsTable(ofRule));
    else summary.heading(title, 4).table(HEADERS, rowsOf(ofRule));
  }
}

/** Spec first and require-spec: what the pull request is judged on, before any detail. */
function verdict(summary: Summary, input: SummaryInput): void {
  const verdicts = input.findings.filter((finding) => finding.verdict);
  summary.heading('Verdict', 3);
  if (verdicts.length > 0) {
    summary.table(HEADERS, rowsOf(verdicts));
    return;
  }
  const code = input.timeline.some((entry) => entry.touches === 'code' || entry.touches === 'both');
  summary.paragraph(
    code
      ? '✅ The implementation changes come with their spec, and the spec came first.'
      : '✅ No implementation change: nothing to order.',
  );
}

/** The job summary: verdict, commit timeline, findings by rule, route drift. */
export function buildSummary(input: SummaryInput): Summary {
  const summary = new Summary().heading(`${md.passFail(input.passed)} spec-first-guard`);
  summary.paragraph(`${md.text(input.headline)} (${md.text(input.source)})`);
  if (input.skippedBy) {
    summary.paragraph(
      `> [!WARNING]\n> **The ${md.code(input.skippedBy)} label is set: every error below was turned into a warning and the check passes. The spec-first rules were NOT enforced on this pull request.**`,
    );
  }
  breakingSection(summary, input.breaking);
  verdict(summary, input);
  const timeline = md.table(
    ['#', 'Commit', 'Touches', 'Subject'],
    input.timeline.map((entry, index) => [
      String(index + 1),
      md.code(entry.sha.slice(0, 7)),
      TOUCHES[entry.touches],
      md.text(entry.subject),
    ]),
  );
  if (input.timeline.length === 0)
    summary.heading('Commit order', 3).paragraph('No commits in the range.');
  else if (input.timeline.length > 2 * OPEN_ROWS)
    summary.details(`Commit order (${input.timeline.length} commits)`, timeline);
  else summary.heading('Commit order', 3).paragraph(timeline);
  summary.paragraph(
    `OpenAPI documents: ${input.documents.length ? input.documents.map((file) => md.code(file)).join(', ') : 'none'}; operations checked: ${input.operations.length}.`,
  );
  if (input.operations.length) {
    const rows = input.operations.map((operation) => [
      md.code(operation.method),
      md.code(operation.path),
      where(operation),
      String(operation.findings),
    ]);
    summary.details(
      `Operations checked (${input.operations.length})`,
      md.table(['Method', 'Path', 'Where', 'Findings'], rows),
    );
  }
  const details = input.findings.filter((finding) => !finding.verdict);
  if (details.length) {
    summary.heading('Findings by rule', 3);
    findingsByRule(summary, details);
  }
  if (input.drift) {
    summary.heading('Route drift', 3);
    if (input.drift.length === 0) summary.paragraph('No routes in code or spec.');
    summary.table(
      ['Method', 'Path', 'Code', 'Spec'],
      [...input.drift]
        .sort(
          (a, b) =>
            normalisePath(a.path).localeCompare(normalisePath(b.path)) ||
            a.method.localeCompare(b.method),
        )
        .map((row) => [
          md.code(row.method),
          md.code(row.path),
          row.code ? where(row.code) : '❌ missing',
          row.spec ? where(row.spec) : '❌ missing',
        ]),
    );
  }
  return summary;
}
