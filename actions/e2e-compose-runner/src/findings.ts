import type { Finding } from '@flow-actions/kit';
import type { ServiceLogs } from './collect-logs.ts';
import { isPortTaken } from './compose.ts';
import { errorLines } from './log-errors.ts';
import type { TestCommandResult } from './test-command.ts';
import type { ReadinessOutcome } from './wait-ready.ts';

// What each stage of a run found wrong, as findings with the rule names the README lists.

export function error(rule: string, message: string): Finding {
  return { rule, severity: 'error', message };
}

/**
 * A failed `up`: a port taken on the host is named as such, else Compose's error line followed
 * by the last lines `up` printed (a failing build step's own output).
 */
export function upFailure(message: string, lastLines: readonly string[] = []): Finding {
  const lines = message.split('\n').filter((line) => line.trim());
  const taken = lines.find(isPortTaken);
  const line = taken ?? lines.find((entry) => /error/i.test(entry)) ?? lines.pop() ?? '';
  const cause = line.replace(/^ERROR:\s*/, '').trim();
  if (taken) return error('port-taken', `a published port is already taken on the host: ${cause}`);
  const output = lastLines.length ? `\nlast lines of its output:\n${lastLines.join('\n')}` : '';
  return error('compose-up-failed', `compose up failed: ${cause}${output}`);
}

export function readinessFindings(outcome: ReadinessOutcome, waitSeconds: number): Finding[] {
  switch (outcome.kind) {
    case 'ready':
      return [];
    case 'no-containers':
      return [
        error('no-containers', 'compose up started no containers: check services and profiles'),
      ];
    case 'stream-ended':
      return [
        error('docker-unavailable', `lost Docker's event stream while waiting: ${outcome.reason}`),
      ];
    case 'failed':
      return [
        error(
          'service-failed',
          `service ${outcome.container.service} (${outcome.container.name}) ${outcome.container.failure} before the stack was ready`,
        ),
      ];
    case 'timeout':
      return [
        error(
          'wait-timeout',
          `not ready after ${waitSeconds} s: ${outcome.pending
            .map(
              (progress) =>
                `${progress.service} (${progress.health ?? progress.state}${progress.healthcheck ? `; last check ${outcome.lastHealth.get(progress.id) ?? 'unknown'}` : ''})`,
            )
            .join(', ')}`,
        ),
      ];
  }
}

export function testFindings(test: TestCommandResult, timeoutMs: number): Finding[] {
  if (test.timedOut)
    return [
      error(
        'test-timeout',
        `the test command ran over test-timeout (${timeoutMs / 1000} s); its process group was killed`,
      ),
    ];
  if (test.exitCode === 127)
    return [
      error(
        'test-not-found',
        'the test command was not found (exit code 127): check test-command and working-directory',
      ),
    ];
  if (test.exitCode !== 0)
    return [error('test-failed', `the test command failed with exit code ${test.exitCode}`)];
  return [];
}

export function logFindings(logs: readonly ServiceLogs[], max: number | undefined): Finding[] {
  const total = logs.reduce((n, log) => n + log.errorCount, 0);
  if (max !== undefined && total > max) {
    return [
      error(
        'log-errors',
        `${errorLines(total)} in the service logs, more than max-log-errors ${max}`,
      ),
    ];
  }
  return logs
    .filter((log) => log.errorCount > 0)
    .map((log) => ({
      rule: 'log-errors',
      severity: 'notice',
      message: `${errorLines(log.errorCount)} in the log of ${log.service}`,
    }));
}
