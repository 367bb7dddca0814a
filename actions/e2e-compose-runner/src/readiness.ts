import { hasHealthcheck, serviceOf, type InspectedContainer } from './docker.ts';

/** One line of `docker events --format '{{json .}}'` (the fields read here). */
export interface DockerEvent {
  id: string;
  Type?: string;
  Action?: string;
  status?: string;
  timeNano: number;
  Actor?: { Attributes?: Record<string, string> };
}

/** Where a container stands on its way to ready. */
export interface ContainerProgress {
  id: string;
  name: string;
  service: string;
  healthcheck: boolean;
  /** restart: always / unless-stopped: even an exit 0 is followed by a restart, so it is no one-shot. */
  restartsAlways: boolean;
  state: string;
  health: string | undefined;
  exitCode: number | undefined;
  restarts: number;
  /** Epoch ms the container (first) started; readiness seconds count from here. */
  startedAt: number | undefined;
  /** Epoch ms it became ready, by Docker's clock (the event's own timestamp). */
  readyAt: number | undefined;
  /** Whether an event or the first snapshot showed it ready (only an event's time is Docker's own). */
  readyFrom: 'event' | 'snapshot' | undefined;
  /** Why it can never become ready: exited non-zero, restarted, unhealthy. */
  failure: string | undefined;
}

export type Verdict =
  | { kind: 'ready' }
  | { kind: 'failed'; container: ContainerProgress }
  | { kind: 'waiting'; pending: ContainerProgress[] };

const ZERO_TIME = /^0001-/;
const ALWAYS_RESTART = new Set(['always', 'unless-stopped']);

/** An engine timestamp as epoch ms on our clock. */
function epochMs(time: string | undefined, clockOffsetMs: number): number | undefined {
  if (!time || ZERO_TIME.test(time)) return undefined;
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? undefined : ms - clockOffsetMs;
}

/**
 * Follows a project's containers from one `docker inspect` snapshot plus the event stream after
 * it. Ready means healthy (with a healthcheck), running (without), or exited 0 (a one-shot job);
 * exiting non-zero, restarting or turning unhealthy is final.
 */
export class ReadinessTracker {
  readonly containers = new Map<string, ContainerProgress>();
  private readonly now: () => number;
  private readonly clockOffsetMs: number;

  /** `clockOffsetMs`: the engine's clock minus ours; every time kept is on our clock. */
  constructor(now: () => number = Date.now, clockOffsetMs = 0) {
    this.now = now;
    this.clockOffsetMs = clockOffsetMs;
  }

  /** Start (or restart) tracking from a snapshot; `takenAt` is when the snapshot was asked for. */
  applySnapshot(container: InspectedContainer): void {
    const health = container.State.Health?.Status;
    const progress: ContainerProgress = {
      id: container.Id,
      name: container.Name.replace(/^\//, ''),
      service: serviceOf(container),
      healthcheck: hasHealthcheck(container),
      restartsAlways: ALWAYS_RESTART.has(container.HostConfig?.RestartPolicy?.Name ?? ''),
      state: container.State.Status,
      health: health && health !== 'none' ? health : undefined,
      exitCode: container.State.Status === 'exited' ? container.State.ExitCode : undefined,
      restarts: container.RestartCount,
      startedAt: epochMs(container.State.StartedAt, this.clockOffsetMs),
      readyAt: undefined,
      readyFrom: undefined,
      failure: undefined,
    };
    this.containers.set(container.Id, progress);
    if (this.isReady(progress))
      this.markReady(progress, this.snapshotReadyTime(container), 'snapshot');
    this.checkFailure(progress);
  }

  /** Apply one event; returns true when it changed anything. */
  applyEvent(event: DockerEvent): boolean {
    const progress = this.containers.get(event.id);
    const action = event.Action ?? event.status ?? '';
    if (!progress || (event.Type && event.Type !== 'container')) return false;
    const at = Math.floor(event.timeNano / 1e6) - this.clockOffsetMs;
    if (action === 'start') {
      if (progress.state === 'exited' || progress.exitCode !== undefined) progress.restarts++;
      progress.state = 'running';
      progress.exitCode = undefined;
      progress.startedAt ??= at;
    } else if (action === 'restart') {
      progress.restarts++;
    } else if (action === 'die') {
      progress.state = 'exited';
      progress.exitCode = Number(event.Actor?.Attributes?.exitCode ?? '-1');
    } else if (action.startsWith('health_status')) {
      progress.health = action.replace(/^health_status:\s*/, '');
    } else if (action === 'destroy') {
      progress.state = 'removed';
    } else return false;
    if (this.isReady(progress)) this.markReady(progress, at, 'event');
    this.checkFailure(progress);
    return true;
  }

  verdict(): Verdict {
    const all = [...this.containers.values()];
    const failed = all.find((progress) => progress.failure);
    if (failed) return { kind: 'failed', container: failed };
    const pending = all.filter((progress) => progress.readyAt === undefined);
    return pending.length === 0 ? { kind: 'ready' } : { kind: 'waiting', pending };
  }

  private isReady(progress: ContainerProgress): boolean {
    if (progress.state === 'exited') {
      return progress.exitCode === 0 && progress.restarts === 0 && !progress.restartsAlways;
    }
    if (progress.state !== 'running') return false;
    return progress.healthcheck ? progress.health === 'healthy' : true;
  }

  private markReady(progress: ContainerProgress, at: number, from: 'event' | 'snapshot'): void {
    if (progress.readyAt !== undefined) return;
    progress.readyAt = at;
    progress.readyFrom = from;
  }

  private checkFailure(progress: ContainerProgress): void {
    if (progress.failure) return;
    if (progress.state === 'exited' && progress.exitCode !== 0) {
      progress.failure = `exited with code ${progress.exitCode}`;
    } else if (progress.state === 'exited' && progress.restartsAlways) {
      progress.failure =
        'exited with code 0 and is being restarted (its restart policy restarts it always)';
    } else if (progress.restarts > 0 || progress.state === 'restarting') {
      progress.failure = `restarted ${progress.restarts || 1} time(s)`;
    } else if (progress.health === 'unhealthy') {
      progress.failure = 'turned unhealthy';
    } else if (progress.state === 'removed' || progress.state === 'dead') {
      progress.failure = `was ${progress.state}`;
    }
  }

  /** When a container found ready in the snapshot got there: its first passing check, or its start or end. */
  private snapshotReadyTime(container: InspectedContainer): number {
    const passing = container.State.Health?.Log?.find((entry) => entry.ExitCode === 0);
    const at =
      container.State.Status === 'exited'
        ? epochMs(container.State.FinishedAt, this.clockOffsetMs)
        : (epochMs(passing?.End, this.clockOffsetMs) ??
          epochMs(container.State.StartedAt, this.clockOffsetMs));
    return at ?? this.now();
  }
}
