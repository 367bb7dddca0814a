import { describe, expect, test } from '@jest/globals';
import type { InspectedContainer } from './docker.ts';
import { ReadinessTracker, type DockerEvent } from './readiness.ts';

const NOW = Date.parse('2026-01-01T00:00:10Z');

function container(
  id: string,
  service: string,
  options: { healthcheck?: boolean; status?: string; exitCode?: number; health?: string } = {},
): InspectedContainer {
  return {
    Id: id,
    Name: `/p_${service}_1`,
    RestartCount: 0,
    Config: {
      Labels: { 'com.docker.compose.service': service },
      Healthcheck: options.healthcheck ? { Test: ['CMD', 'true'] } : null,
    },
    State: {
      Status: options.status ?? 'running',
      ExitCode: options.exitCode ?? 0,
      StartedAt: '2026-01-01T00:00:01Z',
      FinishedAt: options.status === 'exited' ? '2026-01-01T00:00:02Z' : '0001-01-01T00:00:00Z',
      ...(options.health ? { Health: { Status: options.health, Log: [] } } : {}),
    },
    NetworkSettings: { Ports: null },
  };
}

function event(
  id: string,
  action: string,
  secondsAfterStart: number,
  attributes: Record<string, string> = {},
): DockerEvent {
  return {
    id,
    Type: 'container',
    Action: action,
    timeNano: (Date.parse('2026-01-01T00:00:01Z') + secondsAfterStart * 1000) * 1e6,
    Actor: { Attributes: attributes },
  };
}

describe('ReadinessTracker', () => {
  test('healthy with a healthcheck, running without one, exited 0 for a one-shot', () => {
    const tracker = new ReadinessTracker(() => NOW);
    tracker.applySnapshot(container('web', 'web', { healthcheck: true, health: 'starting' }));
    tracker.applySnapshot(container('worker', 'worker'));
    tracker.applySnapshot(container('migrate', 'migrate', { status: 'exited', exitCode: 0 }));
    const waiting = tracker.verdict();
    expect(
      waiting.kind === 'waiting' && waiting.pending.map((progress) => progress.service),
    ).toEqual(['web']);
    tracker.applyEvent(event('web', 'health_status: healthy', 2.5));
    expect(tracker.verdict()).toEqual({ kind: 'ready' });
    const web = tracker.containers.get('web')!;
    expect(web.readyAt! - web.startedAt!).toBe(2500);
  });

  test('a one-shot service finishing later is ready on its die event with exit code 0', () => {
    const tracker = new ReadinessTracker();
    tracker.applySnapshot(container('seed', 'seed', { healthcheck: true, health: 'starting' }));
    tracker.applyEvent(event('seed', 'die', 1, { exitCode: '0' }));
    expect(tracker.verdict().kind).toBe('ready');
  });

  test.each([
    ['exits non-zero', [event('api', 'die', 1, { exitCode: '3' })], 'exited with code 3'],
    ['turns unhealthy', [event('api', 'health_status: unhealthy', 1)], 'turned unhealthy'],
    [
      'restarts',
      [event('api', 'die', 1, { exitCode: '0' }), event('api', 'start', 1.1)],
      'restarted 1 time(s)',
    ],
  ])('a service that %s fails at once', (_, events, failure) => {
    const tracker = new ReadinessTracker();
    tracker.applySnapshot(container('api', 'api', { healthcheck: true, health: 'starting' }));
    tracker.applySnapshot(container('db', 'db', { healthcheck: true, health: 'starting' }));
    for (const next of events) tracker.applyEvent(next);
    const verdict = tracker.verdict();
    expect(verdict.kind).toBe('failed');
    expect(verdict.kind === 'failed' && verdict.container.failure).toBe(failure);
  });

  test('exit 0 is no one-shot finish when the restart policy restarts always', () => {
    const tracker = new ReadinessTracker();
    tracker.applySnapshot({
      ...container('loop', 'loop'),
      HostConfig: { RestartPolicy: { Name: 'always' } },
    });
    tracker.applyEvent(event('loop', 'die', 1, { exitCode: '0' }));
    const verdict = tracker.verdict();
    expect(verdict.kind === 'failed' && verdict.container.failure).toMatch(
      /^exited with code 0 and is being restarted/,
    );
  });

  test('a snapshot can already hold a failure: restarting, or exited non-zero', () => {
    const tracker = new ReadinessTracker();
    tracker.applySnapshot({ ...container('a', 'a'), RestartCount: 2 });
    expect(tracker.verdict().kind).toBe('failed');
    const other = new ReadinessTracker();
    other.applySnapshot(container('b', 'b', { status: 'exited', exitCode: 137 }));
    expect(other.verdict().kind === 'failed' && other.verdict()).toMatchObject({
      container: { failure: 'exited with code 137' },
    });
  });

  test('an engine whose clock is ahead: its times are moved onto ours', () => {
    const tracker = new ReadinessTracker(() => NOW, 5000);
    tracker.applySnapshot(container('web', 'web', { healthcheck: true, health: 'starting' }));
    tracker.applyEvent(event('web', 'health_status: healthy', 2.5));
    const web = tracker.containers.get('web')!;
    expect(web.startedAt).toBe(Date.parse('2026-01-01T00:00:01Z') - 5000);
    expect(web.readyAt! - web.startedAt!).toBe(2500);
  });

  test('events of other containers and exec events are ignored', () => {
    const tracker = new ReadinessTracker();
    tracker.applySnapshot(container('web', 'web', { healthcheck: true, health: 'starting' }));
    expect(tracker.applyEvent(event('other', 'health_status: healthy', 1))).toBe(false);
    expect(tracker.applyEvent(event('web', 'exec_start: wget -q', 1))).toBe(false);
    expect(tracker.verdict().kind).toBe('waiting');
  });
});
