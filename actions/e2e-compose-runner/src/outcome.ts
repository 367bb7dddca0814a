import { md, Summary, type Outcome } from '@flow-actions/kit';
import type { E2eReport } from './e2e.ts';
import type { Settings } from './settings.ts';
import { errorLines } from './log-errors.ts';

const FIRST_ERROR_LINES = 10;

function seconds(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(1)} s`;
}

/**
 * Untrusted text with every URL in it as code: a `http://localhost:…` of the stack is not a link
 * anyone should follow from the summary.
 */
export function textWithUrls(message: string): string {
  return message
    .split(/(https?:\/\/[^\s)]+)/)
    .map((part, index) => (index % 2 === 1 ? md.code(part) : md.text(part)))
    .join('');
}

function headline(report: E2eReport): string {
  const firstError = report.findings.find((finding) => finding.severity === 'error');
  if (firstError) return firstError.message;
  const parts = [`stack ${report.project} ready in ${seconds(report.readySeconds)}`];
  if (report.checks.length) parts.push(`${report.checks.length} URL checks passed`);
  if (report.test) parts.push(`tests passed in ${seconds(report.test.seconds)}`);
  parts.push(`${errorLines(report.logErrors)} in the logs`);
  return parts.join('; ');
}

function summaryOf(report: E2eReport, settings: Settings): Summary {
  const summary = new Summary().heading(
    `${md.passFail(report.passed)} E2E on compose project ${md.code(report.project)}`,
  );
  if (report.compose)
    summary.paragraph(
      `Compose: ${md.text(report.compose)}.${report.readySeconds === undefined ? '' : ` Every service ready ${seconds(report.readySeconds)} after compose up started.`}`,
    );
  for (const finding of report.findings.filter((entry) => entry.severity === 'error')) {
    // The first line: a failed `up` adds its output, shown whole below.
    summary.paragraph(`❌ ${textWithUrls(finding.message.split('\n')[0]!)}`);
  }
  if (report.upOutput) {
    summary.paragraph('Last lines `compose up` printed:');
    summary.paragraph(md.pre(report.upOutput));
  }
  if (report.failureLog) {
    summary.paragraph(`Last log lines of ${md.code(report.failureLog.service)}:`);
    summary.paragraph(md.pre(report.failureLog.text || '(no output)'));
  }
  summary.table(
    ['Service', 'State', 'Health', 'Ready after', 'Restarts', 'Error lines'],
    report.services.map((service) => [
      md.code(service.service),
      md.text(service.state),
      md.text(service.health ?? '–'),
      seconds(service.secondsToReady),
      String(service.restarts),
      String(service.errorLines),
    ]),
  );
  summary.table(
    ['Check', 'URL', 'Result', 'Time'],
    report.checks.map((check) => [
      `${md.passFail(check.passed)} ${check.kind} ${md.code(check.name)}`,
      md.code(check.url),
      textWithUrls(check.message),
      seconds(check.seconds),
    ]),
  );
  summary.table(
    ['Latency', 'Budget', 'p50', 'p95', 'max', 'Requests'],
    report.latency.map((result) => [
      `${md.passFail(result.passed)} ${md.code(result.name)}`,
      `${result.budgetMs} ms`,
      `${result.p50Ms} ms`,
      `${result.p95Ms} ms`,
      `${result.maxMs} ms`,
      result.failures
        ? `${result.samples} (${result.failures} unanswered)`
        : String(result.samples),
    ]),
  );
  if (report.test) {
    const test = report.test;
    const result = test.timedOut
      ? `ran over test-timeout (${settings.testTimeoutMs / 1000} s), ended with all it started,`
      : `exit code ${test.exitCode}`;
    summary.paragraph(
      `${md.passFail(test.exitCode === 0 && !test.timedOut)} Test command ${md.code(test.command)}: ${result} after ${seconds(test.seconds)}.`,
    );
    if (test.exitCode !== 0 && test.tail.length)
      summary.details('Last lines of the test output', md.pre(test.tail.join('\n')));
  }
  for (const log of report.logs.filter((entry) => entry.errorCount > 0)) {
    const lines = log.errors
      .slice(0, FIRST_ERROR_LINES)
      .map((line) => `${line.line}: ${line.text}`);
    summary.details(
      `${errorLines(log.errorCount)} in ${md.code(log.service)}`,
      md.pre(lines.join('\n')),
    );
  }
  summary.paragraph(`Logs and \`docker inspect\` state: ${md.code(report.logsDir)}`);
  return summary;
}

export function outcomeOf(report: E2eReport, settings: Settings): Outcome<E2eReport> {
  return {
    report,
    summary: summaryOf(report, settings),
    headline: headline(report),
    outputs: {
      'project-name': report.project,
      'ready-seconds': report.readySeconds === undefined ? '' : String(report.readySeconds),
      'test-exit-code': report.test ? String(report.test.exitCode) : '',
      'log-errors': String(report.logErrors),
      'logs-dir': report.logsDir,
      ports: JSON.stringify(report.ports),
    },
  };
}
