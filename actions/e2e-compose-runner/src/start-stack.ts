import { md, UsageError, type Finding, type Logger } from '@flow-actions/kit';
import { compose, composeMessage, upArgs, type ComposeCli } from './compose.ts';
import { containerLog, type Engine } from './docker.ts';
import { EventStream } from './events.ts';
import { readinessFindings, upFailure } from './findings.ts';
import type { ContainerProgress } from './readiness.ts';
import { projectOf, type Settings } from './settings.ts';
import { waitForReadiness, type ReadinessOutcome } from './wait-ready.ts';

/** What the run tells its user as it goes: the log, and collapsible sections of it. */
export interface RunIo {
  log: Logger;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /** Opens a collapsible section of the log (`::group::` on a runner); returns its end. */
  section: (title: string) => () => void;
}

export interface StartedStack {
  findings: Finding[];
  progress: ContainerProgress[];
  readySeconds: number | undefined;
  /** The failing service's last log lines, when one failed while starting. */
  failureLog: { service: string; text: string } | undefined;
  /** The last lines `compose up` printed (a failing build's own error), when it failed. */
  upOutput: string | undefined;
}

const FAILURE_LOG_LINES = 40;
/** Of a failed `compose up`: lines kept for the summary, and for the finding. */
const UP_TAIL_LINES = 40;
const FINDING_TAIL_LINES = 8;

/** The last `size` non-empty lines, colours removed. */
function lineTail(size: number) {
  const lines: string[] = [];
  return {
    push(line: string) {
      const plain = md.stripAnsi(line).trimEnd();
      if (!plain.trim()) return;
      lines.push(plain);
      if (lines.length > size) lines.shift();
    },
    last: (count: number) => lines.slice(-count),
  };
}

/**
 * `compose up`, its output streamed to the log in a section as it comes (untrusted text), then
 * the wait on the event stream (attached before `up`, so nothing is missed).
 */
export async function startStack(
  cli: ComposeCli,
  docker: Engine,
  settings: Settings,
  io: RunIo,
): Promise<StartedStack> {
  const { log, signal } = io;
  const project = projectOf(settings);
  const events = new EventStream(project.name, Date.now() + docker.clockOffsetMs - 100);
  signal.addEventListener('abort', () => events.close(), { once: true });
  try {
    const only = settings.services.length ? ` for ${settings.services.join(', ')}` : '';
    const endSection = io.section(
      `compose up (${settings.build ? 'with' : 'without'} --build)${only}`,
    );
    const tail = lineTail(UP_TAIL_LINES);
    const upStarted = Date.now();
    const up = await compose(cli, project, upArgs(settings), {
      signal,
      onLine: (line) => {
        log.untrusted(line);
        tail.push(line);
      },
    }).finally(endSection);
    signal.throwIfAborted();
    // Only after a failed `up` is `config` asked whether the compose file itself is broken (bad
    // input): asking first would add a Compose start-up (a second, for v1) to every run.
    const config =
      up.code === 0 ? up : await compose(cli, project, ['config', '--quiet'], { signal });
    if (config.code !== 0) {
      throw new UsageError(
        `input 'compose-files': Compose rejects the configuration:\n${composeMessage(config)}`,
        { input: 'compose-files', location: { file: settings.composeFiles[0]! } },
      );
    }
    if (up.code !== 0) {
      return {
        ...notStarted(),
        findings: [upFailure(composeMessage(up), tail.last(FINDING_TAIL_LINES))],
        upOutput: tail.last(UP_TAIL_LINES).join('\n'),
      };
    }
    const readiness = await waitForReadiness({
      project: project.name,
      events,
      deadline: Date.now() + settings.waitTimeoutMs,
      clockOffsetMs: docker.clockOffsetMs,
      onReady: (container) => log.info(readyLine(container)),
    });
    signal.throwIfAborted();
    return await afterReadiness(readiness, upStarted, settings, log);
  } finally {
    events.close();
  }
}

const notStarted = (): StartedStack => ({
  findings: [],
  progress: [],
  readySeconds: undefined,
  failureLog: undefined,
  upOutput: undefined,
});

function readyLine(container: ContainerProgress): string {
  const state = container.state === 'exited' ? 'exited 0' : (container.health ?? container.state);
  const after =
    container.startedAt === undefined
      ? ''
      : ` ${((container.readyAt! - container.startedAt) / 1000).toFixed(1)} s after its start`;
  return `${container.name} is ready (${state})${after}`;
}

async function afterReadiness(
  readiness: ReadinessOutcome,
  upStarted: number,
  settings: Settings,
  log: Logger,
): Promise<StartedStack> {
  const started: StartedStack = {
    ...notStarted(),
    progress: readiness.containers,
    findings: readinessFindings(readiness, settings.waitTimeoutMs / 1000),
  };
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
}
