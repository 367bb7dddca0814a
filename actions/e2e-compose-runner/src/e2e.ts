import { describeError, passedOf, UsageError, type Report } from '@flow-actions/kit';
import { collectLogs, type CollectedLogs, type ServiceLogs } from './collect-logs.ts';
import { detectCompose, type ComposeCli } from './compose.ts';
import { engine, inspectContainers, projectContainerIds, type Engine } from './docker.ts';
import { error, logFindings, testFindings } from './findings.ts';
import type { UrlCheck } from './http-checks.ts';
import { latencyFindings, measureLatency, type LatencyResult } from './latency.ts';
import { publishedPorts, portVariables, type PortMap } from './ports.ts';
import { serviceResults, type ServiceResult } from './service-results.ts';
import { projectOf, type Settings } from './settings.ts';
import { startStack, type RunIo, type StartedStack } from './start-stack.ts';
import { runTestCommand, type TestCommandResult } from './test-command.ts';
import { runChecks } from './url-checks.ts';

/** The JSON report: the gate's findings plus everything the summary shows. */
export interface E2eReport extends Report {
  project: string;
  compose: string | undefined;
  readySeconds: number | undefined;
  services: ServiceResult[];
  checks: UrlCheck[];
  /** p50/p95/max per URL with a latency budget. */
  latency: LatencyResult[];
  test: (TestCommandResult & { command: string }) | undefined;
  logErrors: number;
  logsDir: string;
  ports: PortMap;
  failureLog: StartedStack['failureLog'];
  upOutput: StartedStack['upOutput'];
  logs: ServiceLogs[];
}

const VERSION_LABEL = 'com.docker.compose.version';

function emptyReport(settings: Settings): E2eReport {
  return {
    passed: false,
    findings: [],
    project: settings.projectName,
    compose: undefined,
    readySeconds: undefined,
    services: [],
    checks: [],
    latency: [],
    test: undefined,
    logErrors: 0,
    logsDir: settings.logsDir,
    ports: {},
    failureLog: undefined,
    upOutput: undefined,
    logs: [],
  };
}

const finish = (report: E2eReport): E2eReport =>
  Object.assign(report, { passed: passedOf(report.findings) });

/**
 * The whole run: engine and Compose checks, `up`, readiness, URL checks, the test command and
 * the logs. Each stage runs only when the ones before passed; the logs are read whenever
 * `up` ran. Teardown is not here: the post step (or the CLI) does it.
 */
export async function runE2e(settings: Settings, io: RunIo): Promise<E2eReport> {
  const { log, signal } = io;
  const report = emptyReport(settings);
  let cli: ComposeCli;
  let docker: Engine;
  try {
    docker = await engine(signal);
    cli = await detectCompose(settings.composeCommand);
    report.compose = `${[cli.program, ...cli.prefix].join(' ')} (${cli.generation}), engine ${docker.version}`;
    log.info(`using ${report.compose}; project ${report.project}`);
  } catch (failure) {
    signal.throwIfAborted();
    report.findings.push(error('docker-unavailable', (failure as Error).message));
    return finish(report);
  }
  const started = await startStack(cli, docker, settings, io);
  report.findings.push(...started.findings);
  report.readySeconds = started.readySeconds;
  report.failureLog = started.failureLog;
  report.upOutput = started.upOutput;

  const containers = await inspectContainers(await projectContainerIds(report.project));
  report.ports = publishedPorts(containers);
  const composeVersion = containers
    .map((container) => container.Config.Labels?.[VERSION_LABEL])
    .find(Boolean);
  if (composeVersion) report.compose += `; containers made by Compose ${composeVersion}`;
  if (report.findings.length === 0) await checkAndTest(settings, report, io);
  await readLogs(settings, report, started);
  return finish(report);
}

/** Once the stack is ready: the URL checks, then the test command (when they passed). */
async function checkAndTest(settings: Settings, report: E2eReport, io: RunIo): Promise<void> {
  const { log, signal } = io;
  const variables = { FLOW_E2E_PROJECT: report.project, ...portVariables(report.ports) };
  const { checks, findings } = await runChecks(settings, variables, { log, signal });
  report.checks = checks;
  report.findings.push(...findings);
  if (report.findings.length > 0) return;
  if (settings.latencyBudgets.length > 0) {
    report.latency = await measureLatency(
      checks,
      settings.latencyBudgets,
      settings.latencySamples,
      signal,
    );
    for (const result of report.latency)
      log.info(
        `latency of ${result.name}: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms (budget ${result.budgetMs} ms)`,
      );
    // A slow URL is a finding, not a reason to skip the tests.
    report.findings.push(...latencyFindings(report.latency));
  }
  if (!settings.testCommand) return;
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
  report.findings.push(...testFindings(test, settings.testTimeoutMs));
}

/** Every service's log into logs-dir, its error lines counted; then each service's result. */
async function readLogs(
  settings: Settings,
  report: E2eReport,
  started: StartedStack,
): Promise<void> {
  let logs: CollectedLogs;
  try {
    logs = await collectLogs(
      projectOf(settings).name,
      { path: settings.logsDir, files: settings.files },
      settings.logErrorPattern,
    );
  } catch (failure) {
    if (!(failure instanceof UsageError)) throw failure;
    report.findings.push(error('logs-dir', `logs-dir: ${describeError(failure)}`));
    return;
  }
  report.logs = logs.services;
  report.logErrors = logs.services.reduce((n, entry) => n + entry.errorCount, 0);
  report.findings.push(...logFindings(logs.services, settings.maxLogErrors));
  report.services = serviceResults(logs.containers, started.progress, logs.services);
}
