import { md, SUMMARY_LIMIT_BYTES, type Workspace } from '@flow-actions/kit';
import { isFailure, type CheckResult } from './check-results.ts';

const STATUS: Record<CheckResult['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '➖ skipped',
  error: '❌ invalid input',
};

const count = (result: CheckResult, severity: string) =>
  result.findings.filter((finding) => finding.severity === severity).length;

/** The verdict table, then each check's own summary while they fit GitHub's 1 MiB limit. */
export function combinedSummary(
  results: readonly CheckResult[],
  ownSummary: (result: CheckResult) => string,
  limit = SUMMARY_LIMIT_BYTES - 4096,
): string {
  const passed = !results.some(isFailure);
  const rows = results.map((result) => [
    result.name, // one of the checks pr-checks lists, not user text
    `${STATUS[result.status]}${isFailure(result) ? ` (${md.text(result.problem)})` : ''}`,
    String(count(result, 'error')),
    String(count(result, 'warning')),
  ]);
  let summary = `## PR checks: ${passed ? '✅ passed' : '❌ failed'}\n\n${md.table(
    ['Check', 'Result', 'Errors', 'Warnings'],
    rows,
  )}\n`;
  for (const result of results) {
    // Each check wrote its summary through kit, which escapes what it quotes.
    const text = ownSummary(result).trim();
    if (!text) continue;
    const section = `\n${text}\n`;
    summary +=
      Buffer.byteLength(summary) + Buffer.byteLength(section) <= limit
        ? section
        : `\n_${result.name}: its summary does not fit in the step summary; see its report._\n`;
  }
  return summary;
}

/** The summary file a check's step wrote (inside the runner's temp folder), or nothing. */
export function summaryFile(temp: Workspace, path: string | undefined): string {
  try {
    return path ? temp.readTextSync(path) : '';
  } catch {
    return '';
  }
}
