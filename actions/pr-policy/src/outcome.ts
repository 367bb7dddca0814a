import { md, Summary, type Outcome } from '@flow-actions/kit';
import type { CheckResult, PolicyReport } from './policy.ts';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function headline(report: PolicyReport): string {
  const ran = report.checks.filter((check) => check.findings !== undefined).length;
  if (report.passed) return `pull request policy: ${plural(ran, 'check')} passed`;
  return `pull request policy: ${plural(report.violations, 'violation')} in ${plural(ran, 'check')}`;
}

function resultOf(check: CheckResult): string {
  if (check.findings === undefined)
    return check.skipped === 'off' ? 'off' : `not checked: ${md.text(check.skipped ?? '')}`;
  return check.findings === 0 ? '✅ passed' : `❌ ${plural(check.findings, 'finding')}`;
}

function summaryOf(report: PolicyReport): Summary {
  const summary = new Summary().heading(
    `${md.passFail(report.passed)} Pull request policy: ${report.passed ? 'passed' : plural(report.violations, 'violation')}`,
  );
  summary.table(
    ['Check', 'Result'],
    report.checks.map((check) => [md.code(check.id), resultOf(check)]),
  );
  // Messages quote the body, branch names, paths and commit subjects: untrusted, so escaped.
  for (const finding of report.findings) {
    const where = finding.file ? ` ${md.code(finding.file)}` : '';
    summary.paragraph(
      `${finding.severity === 'error' ? '❌' : '⚠️'} ${md.code(finding.rule)}${where}: ${md.text(finding.message)}`,
    );
  }
  summary.paragraph(
    `Size: ${plural(report.size.lines, 'changed line')} in ${plural(report.size.files, 'file')}` +
      `${report.size.excluded ? ` (${report.size.excluded} more left out by size-exclude)` : ''}, ${plural(report.commits, 'commit')}.`,
  );
  return summary;
}

export function outcomeOf(report: PolicyReport): Outcome<PolicyReport> {
  return {
    report,
    summary: summaryOf(report),
    headline: headline(report),
    outputs: { violations: String(report.violations) },
  };
}
