import type { ServiceLogs } from './collect-logs.ts';
import { serviceOf, type InspectedContainer } from './docker.ts';
import type { ContainerProgress } from './readiness.ts';

/** One row of the summary's service table. */
export interface ServiceResult {
  service: string;
  state: string;
  health: string | undefined;
  secondsToReady: number | undefined;
  restarts: number;
  errorLines: number;
  logFile: string | undefined;
}

/** Per service (over all its containers): final state, health, time to ready, restarts, error lines. */
export function serviceResults(
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
