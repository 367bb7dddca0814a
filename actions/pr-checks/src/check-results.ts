import type { Finding, Report, Workspace } from '@flow-actions/kit';

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'error';

/** What one check of pr-checks left: its step's outputs and its JSON report. */
export interface CheckResult {
  name: string;
  status: CheckStatus;
  /** Why it did not pass: "did not run", "exit code 2", an invalid `enabled` input. */
  problem: string;
  exitCode?: string;
  reportPath?: string;
  findings: Finding[];
}

export interface CombinedReport extends Report {
  checks: (Omit<CheckResult, 'findings'> & { findings: number })[];
}

/** The step's environment variable holding a check's output: COMMIT_LINT_EXIT_CODE. */
export function checkVariable(check: string, field: string): string {
  return `${check.toUpperCase().replace(/-/g, '_')}_${field}`;
}

/** A check's report, or undefined when there is none, it is not a report or lies outside `temp`. */
function readReport(temp: Workspace, path: string): Report | undefined {
  if (!path) return undefined;
  try {
    const report = JSON.parse(temp.readTextSync(path)) as Partial<Report> | null;
    return typeof report?.passed === 'boolean' && Array.isArray(report.findings)
      ? (report as Report)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One check's result, its report read inside the runner's temp folder (`temp`); fails closed: a check that did not run, crashed or left no verdict failed.
 */
export function checkResult(name: string, env: NodeJS.ProcessEnv, temp: Workspace): CheckResult {
  const read = (field: string) => env[checkVariable(name, field)] ?? '';
  const enabled = read('ENABLED');
  if (enabled !== 'true' && enabled !== 'false') {
    const problem = `input '${name}' must be true or false, got '${enabled}'`;
    return { name, status: 'error', problem, findings: [] };
  }
  if (enabled === 'false') return { name, status: 'skipped', problem: '', findings: [] };
  const exitCode = read('EXIT_CODE');
  const reportPath = read('REPORT');
  const report = readReport(temp, reportPath);
  const passed = exitCode === '0' && read('PASSED') === 'true' && report?.passed === true;
  const problem = exitCode === '' ? 'did not run' : passed ? '' : `exit code ${exitCode}`;
  return {
    name,
    status: passed ? 'passed' : 'failed',
    problem,
    exitCode,
    reportPath,
    findings: report?.findings ?? [],
  };
}

export function isFailure(result: CheckResult): boolean {
  return result.status === 'failed' || result.status === 'error';
}

/** One report: every check's findings, each rule prefixed with its check, and each check's verdict. */
export function combinedReport(results: readonly CheckResult[]): CombinedReport {
  return {
    passed: !results.some(isFailure),
    checks: results.map(({ findings, ...result }) => ({ ...result, findings: findings.length })),
    findings: results.flatMap((result) =>
      result.findings.map((finding) => ({ ...finding, rule: `${result.name}/${finding.rule}` })),
    ),
  };
}
