import { inspectContainers, projectContainerIds, type InspectedContainer } from './docker.ts';
import type { EventStream } from './events.ts';
import { ReadinessTracker, type ContainerProgress } from './readiness.ts';

export type ReadinessOutcome =
  | { kind: 'ready'; containers: ContainerProgress[] }
  | { kind: 'failed'; containers: ContainerProgress[]; container: ContainerProgress }
  /** Not every container was ready in time; `lastHealth` holds each one's last check output. */
  | {
      kind: 'timeout';
      containers: ContainerProgress[];
      pending: ContainerProgress[];
      lastHealth: Map<string, string>;
    }
  | { kind: 'no-containers'; containers: [] }
  | { kind: 'stream-ended'; containers: ContainerProgress[]; reason: string };

function lastHealthOutput(container: InspectedContainer): string {
  const log = container.State.Health?.Log ?? [];
  const last = log[log.length - 1];
  return last ? `exit ${last.ExitCode}: ${last.Output.trim()}` : 'no health check has finished yet';
}

/**
 * Wait until every container of the project is ready, on Docker's event stream: one inspect for
 * where things stand, then one event at a time, deciding at once on each.
 */
export async function waitForReadiness(options: {
  project: string;
  events: EventStream;
  deadline: number;
  /** The engine's clock minus ours (see Engine.clockOffsetMs). */
  clockOffsetMs?: number;
  /** Told once about each container as it becomes ready, for progress in the log. */
  onReady?: (container: ContainerProgress) => void;
}): Promise<ReadinessOutcome> {
  const { events, deadline } = options;
  const offset = options.clockOffsetMs ?? 0;
  const tracker = new ReadinessTracker(Date.now, offset);
  const snapshotAt = Date.now();
  const ids = await projectContainerIds(options.project);
  if (ids.length === 0) return { kind: 'no-containers', containers: [] };
  for (const container of await inspectContainers(ids)) tracker.applySnapshot(container);
  const containers = () => [...tracker.containers.values()];
  const told = new Set<string>();

  for (;;) {
    for (const progress of containers()) {
      if (progress.readyAt === undefined || told.has(progress.id)) continue;
      told.add(progress.id);
      options.onReady?.(progress);
    }
    const verdict = tracker.verdict();
    if (verdict.kind === 'ready') return { kind: 'ready', containers: containers() };
    if (verdict.kind === 'failed')
      return { kind: 'failed', containers: containers(), container: verdict.container };
    const event = await events.next(deadline);
    if (event) {
      // The snapshot already holds what happened before it; replayed older events would rewind it.
      if (event.timeNano / 1e6 - offset >= snapshotAt) tracker.applyEvent(event);
      continue;
    }
    if (events.ended !== undefined)
      return { kind: 'stream-ended', containers: containers(), reason: events.ended };
    const lastHealth = new Map<string, string>();
    for (const container of await inspectContainers(
      verdict.pending.map((progress) => progress.id),
    )) {
      lastHealth.set(container.Id, lastHealthOutput(container));
    }
    return { kind: 'timeout', containers: containers(), pending: verdict.pending, lastHealth };
  }
}
