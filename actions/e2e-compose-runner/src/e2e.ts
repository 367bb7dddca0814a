import { UsageError, type Finding, type Logger, type Report } from '@flow-actions/kit';
import { collectLogs, type ServiceLogs } from './collect-logs.ts';
import {
  compose,
  composeMessage,
  detectCompose,
  isPortTaken,
  upArgs,
  type ComposeCli,
  type ComposeProject,
} from './compose.ts';
import {
  containerLog,
  engineVersion,
  inspectContainers,
  projectContainerIds,
  serviceOf,
  type InspectedContainer,
} from './docker.ts';
import { EventStream } from './events.ts';
import {
  checkHealthUrl,
  checkMetricsUrl,
  expandUrl,
  type NamedUrl,
  type UrlCheck,
} from './http-checks.ts';
import { errorLines } from './log-errors.ts';
import { publishedPorts, portVariables, type PortMap } from './ports.ts';
import type { ContainerProgress } from './readiness.ts';
import type { Settings } from './settings.ts';
import { runTestCommand, type TestCommandResult } from './test-command.ts';
import { waitForReadiness, type ReadinessOutcome } from './wait-ready.ts';

export interface ServiceResult {
  service: string;
  state: string;
  health: string | undefined;
  secondsToReady: number | undefined;
  restarts: number;
  errorLines: number;
  logFile: string | undefined;
}

/** The JSON report: the gate's findings plus everything the summary shows. */
export interface E2eReport extends Report {
  project: string;
  compose: string | undefined;
  readySeconds: number | undefined;
  services: ServiceResult[];
  checks: UrlCheck[];
  test: (TestCommandResult & { command: string }) | undefined;
  logErrors: number;
  logsDir: string;
  ports: PortMap;
  /** The failing service's last log lines, when one failed while starting. */
  failureLog: { service: string; text: string } | undefined;
  logs: ServiceLogs[];
}

const FAILURE_LOG_LINES = 40;
const VERSION_LABEL = 'com.docker.compose.version';

export function projectOf(settings: Settings): ComposeProject {
  return {
    name: settings.projectName,
    files: settings.composeFiles,
    envFile: settings.envFile,
    profiles: settings.profiles,
    cwd: settings.workingDirectory,
  };
}

function error(rule: string, message: string): Finding {
  return { rule, severity: 'error', message };
}

/** A failed `up`: a port taken on the host is named as such, else Compose's error line. */
function upFailure(message: string): Finding {
  const lines = message.split('\n').filter((line) => line.trim());
  const taken = lines.find(isPortTaken);
  const line = taken ?? lines.find((entry) => /error/i.test(entry)) ?? lines.pop() ?? '';
  const what = taken ? 'a published port is already taken on the host' : 'compose up failed';
  return error(
    taken ? 'port-taken' : 'compose-up-failed',
    `${what}: ${line.replace(/^ERROR:\s*/, '').trim()}`,
  );
}

function readinessFindings(outcome: ReadinessOutcome, waitSeconds: number): Finding[] {
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

function serviceResults(
  containers: readonly InspectedContainer[],
  progress: readonly ContainerProgress[],
  logs: readonly ServiceLogs[],
): ServiceResult[] {
  const byId = new Map(progress.map((entry) => [entry.id, entry]));
  const results = new Map<string, ServiceResult>();
  for (const container of containers) {
    const tracked = byId.get(container.Id);
    const service = tracked?.service ?? serviceOf(container);
    const ready =
      tracked?.readyAt !== undefined && tracked.startedAt !== undefined
        ? Math.max(0, tracked.readyAt - tracked.startedAt) / 1000
        : undefined;
    const previous = results.get(service);
    const state =
      container.State.Status === 'exited'
        ? `exited (${container.State.ExitCode})`
        : container.State.Status;
    results.set(service, {
      service,
      state: previous && previous.state !== state ? `${previous.state}, ${state}` : state,
      health: container.State.Health?.Status ?? tracked?.health,
      secondsToReady:
        previous?.secondsToReady !== undefined && ready !== undefined
          ? Math.max(previous.secondsToReady, ready)
          : (ready ?? previous?.secondsToReady),
      restarts:
        (previous?.restarts ?? 0) + Math.max(container.RestartCount, tracked?.restarts ?? 0),
      errorLines: 0,
      logFile: undefined,
    });
  }
  for (const log of logs) {
    const result = results.get(log.service);
    if (result) Object.assign(result, { errorLines: log.errorCount, logFile: log.file });
  }
  return [...results.values()].sort((a, b) => a.service.localeCompare(b.service));
}

async function runChecks(
  settings: Settings,
  variables: Record<string, string>,
  signal: AbortSignal,
): Promise<{ checks: UrlCheck[]; findings: Finding[] }> {
  const deadline = Date.now() + settings.waitTimeoutMs;
  const expand = (target: NamedUrl): NamedUrl | Finding => {
    try {
      return { ...target, url: expandUrl(target.url, variables) };
    } catch (failure) {
      return error('url-placeholder', `${target.name}: ${(failure as Error).message}`);
    }
  };
  const findings: Finding[] = [];
  const pending: Promise<UrlCheck>[] = [];
  for (const target of settings.healthUrls.map(expand)) {
    if ('rule' in target) findings.push(target);
    else pending.push(checkHealthUrl(target, { expect: settings.expectStatus, deadline, signal }));
  }
  for (const target of settings.metricsUrls.map(expand)) {
    if ('rule' in target) findings.push(target);
    else
      pending.push(
        checkMetricsUrl(target, { required: settings.requiredMetrics, deadline, signal }),
      );
  }
  const checks = await Promise.all(pending);
  for (const check of checks.filter((entry) => !entry.passed)) {
    findings.push(error(`${check.kind}-url`, `${check.name}: ${check.message}`));
  }
  return { checks, findings };
}

function testFindings(test: TestCommandResult, settings: Settings): Finding[] {
  if (test.timedOut)
    return [
      error(
        'test-timeout',
        `the test command ran over test-timeout (${settings.testTimeoutMs / 1000} s); its process group was killed`,
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

function logFindings(logs: readonly ServiceLogs[], max: number | undefined): Finding[] {
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

/**
 * The whole run: engine and Compose checks, `up`, readiness, URL checks, the test command and
 * the logs. Each stage runs only when the ones before passed; the logs are read whenever
 * `up` ran. Teardown is not here: the post step (or the CLI) does it.
 */
export async function runE2e(
  settings: Settings,
  io: { log: Logger; env: NodeJS.ProcessEnv; signal: AbortSignal },
): Promise<E2eReport> {
  const { log, signal } = io;
  const project = projectOf(settings);
  const report: E2eReport = {
    passed: false,
    findings: [],
    project: project.name,
    compose: undefined,
    readySeconds: undefined,
    services: [],
    checks: [],
    test: undefined,
    logErrors: 0,
    logsDir: settings.logsDir,
    ports: {},
    failureLog: undefined,
    logs: [],
  };
  const finish = () =>
    Object.assign(report, {
      passed: !report.findings.some((finding) => finding.severity === 'error'),
    });

  let cli: ComposeCli;
  try {
    const engine = await engineVersion(signal);
    cli = await detectCompose(settings.composeCommand);
    report.compose = `${[cli.program, ...cli.prefix].join(' ')} (${cli.generation}), engine ${engine}`;
    log.info(`using ${report.compose}; project ${project.name}`);
  } catch (failure) {
    signal.throwIfAborted();
    report.findings.push(error('docker-unavailable', (failure as Error).message));
    return finish();
  }
  const events = new EventStream(project.name, Date.now() - 100);
  signal.addEventListener('abort', () => events.close(), { once: true });
  let progress: ContainerProgress[] = [];
  try {
    log.info(
      `compose up (${settings.build ? 'with' : 'without'} --build)${settings.services.length ? ` for ${settings.services.join(', ')}` : ''}`,
    );
    const upStarted = Date.now();
    const up = await compose(cli, project, upArgs(settings), signal);
    signal.throwIfAborted();
    // Only after a failed `up` is `config` asked whether the compose file itself is broken (bad
    // input): asking first would add a Compose start-up (a second, for v1) to every run.
    const config = up.code === 0 ? up : await compose(cli, project, ['config', '--quiet'], signal);
    if (config.code !== 0) {
      throw new UsageError(
        `input 'compose-files': Compose rejects the configuration:\n${composeMessage(config)}`,
        {
          input: 'compose-files',
          location: { file: settings.composeFiles[0]! },
        },
      );
    }
    if (up.code !== 0) {
      const message = composeMessage(up);
      log.untrusted(message);
      report.findings.push(upFailure(message));
    } else {
      const readiness = await waitForReadiness({
        project: project.name,
        events,
        deadline: Date.now() + settings.waitTimeoutMs,
      });
      signal.throwIfAborted();
      progress = readiness.containers;
      report.findings.push(...readinessFindings(readiness, settings.waitTimeoutMs / 1000));
      if (readiness.kind === 'ready') {
        report.readySeconds =
          Math.max(...progress.map((entry) => entry.readyAt ?? upStarted), upStarted) / 1000 -
          upStarted / 1000;
        report.readySeconds = Math.round(report.readySeconds * 100) / 100;
        log.info(
          `all ${progress.length} containers ready ${report.readySeconds} s after compose up started`,
        );
      } else if (readiness.kind === 'failed') {
        const text = await containerLog(readiness.container.id, { tail: FAILURE_LOG_LINES });
        report.failureLog = { service: readiness.container.service, text };
        log.info(`last ${FAILURE_LOG_LINES} log lines of ${readiness.container.service}:`);
        log.untrusted(text || '(no output)');
      }
    }
  } finally {
    events.close();
  }

  const containers = await inspectContainers(await projectContainerIds(project.name));
  report.ports = publishedPorts(containers);
  const composeVersion = containers
    .map((container) => container.Config.Labels?.[VERSION_LABEL])
    .find(Boolean);
  if (composeVersion) report.compose += `; containers made by Compose ${composeVersion}`;
  const variables = { FLOW_E2E_PROJECT: project.name, ...portVariables(report.ports) };
  if (report.findings.length === 0) {
    const { checks, findings } = await runChecks(settings, variables, signal);
    report.checks = checks;
    report.findings.push(...findings);
  }
  if (report.findings.length === 0 && settings.testCommand) {
    log.info(`running the test command in ${settings.workingDirectory}`);
    const test = await runTestCommand({
      command: settings.testCommand,
      cwd: settings.workingDirectory,
      env: { ...io.env, ...variables },
      timeoutMs: settings.testTimeoutMs,
      print: (line) => log.untrusted(line),
      signal,
    });
    signal.throwIfAborted();
    report.test = { command: settings.testCommand, ...test };
    report.findings.push(...testFindings(test, settings));
  }

  const logs = await collectLogs(project.name, settings.logsDir, settings.logErrorPattern);
  report.logs = logs.services;
  report.logErrors = logs.services.reduce((n, entry) => n + entry.errorCount, 0);
  report.findings.push(...logFindings(logs.services, settings.maxLogErrors));
  report.services = serviceResults(logs.containers, progress, logs.services);
  return finish();
}
