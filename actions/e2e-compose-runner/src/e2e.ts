import { UsageError, type Finding, type Logger, type Report } from '@flow-actions/kit';
import { collectLogs, type CollectedLogs, type ServiceLogs } from './collect-logs.ts';
import {
  compose,
  composeMessage,
  detectCompose,
  upArgs,
  type ComposeCli,
  type ComposeProject,
} from './compose.ts';
import {
  containerLog,
  engine,
  inspectContainers,
  projectContainerIds,
  type Engine,
} from './docker.ts';
import { EventStream } from './events.ts';
import { error, logFindings, readinessFindings, testFindings, upFailure } from './findings.ts';
import type { UrlCheck } from './http-checks.ts';
import { OutsideRoots } from './logs-dir.ts';
import { publishedPorts, portVariables, type PortMap } from './ports.ts';
import type { ContainerProgress } from './readiness.ts';
import { serviceResults, type ServiceResult } from './service-results.ts';
import type { Settings } from './settings.ts';
import { runTestCommand, type TestCommandResult } from './test-command.ts';
import { runChecks } from './url-checks.ts';
import { waitForReadiness } from './wait-ready.ts';

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
  let docker: Engine;
  try {
    docker = await engine(signal);
    cli = await detectCompose(settings.composeCommand);
    report.compose = `${[cli.program, ...cli.prefix].join(' ')} (${cli.generation}), engine ${docker.version}`;
    log.info(`using ${report.compose}; project ${project.name}`);
  } catch (failure) {
    signal.throwIfAborted();
    report.findings.push(error('docker-unavailable', (failure as Error).message));
    return finish();
  }
  const started = await startStack(cli, docker, settings, { log, signal });
  report.findings.push(...started.findings);
  report.readySeconds = started.readySeconds;
  report.failureLog = started.failureLog;

  const containers = await inspectContainers(await projectContainerIds(project.name));
  report.ports = publishedPorts(containers);
  const composeVersion = containers
    .map((container) => container.Config.Labels?.[VERSION_LABEL])
    .find(Boolean);
  if (composeVersion) report.compose += `; containers made by Compose ${composeVersion}`;
  const variables = { FLOW_E2E_PROJECT: project.name, ...portVariables(report.ports) };
  if (report.findings.length === 0) {
    const { checks, findings } = await runChecks(settings, variables, { log, signal });
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
    report.findings.push(...testFindings(test, settings.testTimeoutMs));
  }

  let logs: CollectedLogs;
  try {
    logs = await collectLogs(
      project.name,
      { path: settings.logsDir, roots: settings.logsRoots },
      settings.logErrorPattern,
    );
  } catch (failure) {
    if (!(failure instanceof OutsideRoots)) throw failure;
    report.findings.push(error('logs-dir', failure.message));
    return finish();
  }
  report.logs = logs.services;
  report.logErrors = logs.services.reduce((n, entry) => n + entry.errorCount, 0);
  report.findings.push(...logFindings(logs.services, settings.maxLogErrors));
  report.services = serviceResults(logs.containers, started.progress, logs.services);
  return finish();
}

interface StartedStack {
  findings: Finding[];
  progress: ContainerProgress[];
  readySeconds: number | undefined;
  failureLog: E2eReport['failureLog'];
}

/** `compose up`, then the wait on the event stream (attached before `up`, so nothing is missed). */
async function startStack(
  cli: ComposeCli,
  docker: Engine,
  settings: Settings,
  { log, signal }: { log: Logger; signal: AbortSignal },
): Promise<StartedStack> {
  const project = projectOf(settings);
  const started: StartedStack = {
    findings: [],
    progress: [],
    readySeconds: undefined,
    failureLog: undefined,
  };
  const events = new EventStream(project.name, Date.now() + docker.clockOffsetMs - 100);
  signal.addEventListener('abort', () => events.close(), { once: true });
  try {
    const only = settings.services.length ? ` for ${settings.services.join(', ')}` : '';
    log.info(`compose up (${settings.build ? 'with' : 'without'} --build)${only}`);
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
      started.findings.push(upFailure(message));
      return started;
    }
    const readiness = await waitForReadiness({
      project: project.name,
      events,
      deadline: Date.now() + settings.waitTimeoutMs,
      clockOffsetMs: docker.clockOffsetMs,
      onReady: (container) => {
        const state =
          container.state === 'exited' ? 'exited 0' : (container.health ?? container.state);
        const after =
          container.startedAt === undefined
            ? ''
            : ` ${((container.readyAt! - container.startedAt) / 1000).toFixed(1)} s after its start`;
        log.info(`${container.name} is ready (${state})${after}`);
      },
    });
    signal.throwIfAborted();
    started.progress = readiness.containers;
    started.findings.push(...readinessFindings(readiness, settings.waitTimeoutMs / 1000));
    if (readiness.kind === 'ready') {
      const lastReady = Math.max(
        upStarted,
        ...readiness.containers.map((entry) => entry.readyAt ?? upStarted),
      );
      started.readySeconds = Math.round((lastReady - upStarted) / 10) / 100;
      log.info(
        `all ${readiness.containers.length} containers ready ${started.readySeconds} s after compose up started`,
      );
    } else if (readiness.kind === 'failed') {
      const { id, service } = readiness.container;
      const text = await containerLog(id, { tail: FAILURE_LOG_LINES });
      started.failureLog = { service, text };
      log.info(`last ${FAILURE_LOG_LINES} log lines of ${service}:`);
      log.untrusted(text || '(no output)');
    }
    return started;
  } finally {
    events.close();
  }
}
