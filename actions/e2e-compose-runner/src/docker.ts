import { exec, failureText } from './exec.ts';

export const PROJECT_LABEL = 'com.docker.compose.project';
export const SERVICE_LABEL = 'com.docker.compose.service';

/** The part of `docker inspect` this action reads. */
export interface InspectedContainer {
  Id: string;
  Name: string;
  RestartCount: number;
  HostConfig?: { RestartPolicy?: { Name: string } };
  Config: {
    Labels: Record<string, string> | null;
    Healthcheck?: { Test?: string[] | null } | null;
  };
  State: {
    Status: string;
    ExitCode: number;
    StartedAt: string;
    FinishedAt: string;
    OOMKilled?: boolean;
    Health?: {
      Status: string;
      Log: { Start: string; End: string; ExitCode: number; Output: string }[] | null;
    };
  };
  NetworkSettings: { Ports: Record<string, { HostIp: string; HostPort: string }[] | null> | null };
}

export class DockerError extends Error {
  override name = 'DockerError';
}

export interface Engine {
  version: string;
  /**
   * The engine's clock minus ours, in ms: events and inspect times are the engine's. A remote
   * engine (DOCKER_HOST over tcp) may be off; closer than 250 ms counts as the same clock, since
   * the estimate itself is only good to half a round trip.
   */
  clockOffsetMs: number;
}

const SAME_CLOCK_MS = 250;

/** The engine's version and clock, or a DockerError saying why docker cannot be used (not installed, engine down). */
export async function engine(signal?: AbortSignal): Promise<Engine> {
  const asked = Date.now();
  const result = await exec(
    'docker',
    ['info', '--format', '{{.ServerVersion}} {{.SystemTime}}'],
    signal ? { signal } : {},
  );
  const [version, time] = result.stdout.trim().split(' ');
  if (result.code !== 0 || !version)
    throw new DockerError(`the Docker engine does not answer: ${failureText(result)}`);
  const offset = Date.parse(time ?? '') - (asked + Date.now()) / 2;
  return {
    version,
    clockOffsetMs:
      Number.isNaN(offset) || Math.abs(offset) < SAME_CLOCK_MS ? 0 : Math.round(offset),
  };
}

/** Ids of every container of the project, running or not. */
export async function projectContainerIds(project: string): Promise<string[]> {
  const result = await exec('docker', [
    'ps',
    '-aq',
    '--no-trunc',
    '--filter',
    `label=${PROJECT_LABEL}=${project}`,
  ]);
  if (result.code !== 0) throw new DockerError(`docker ps failed: ${failureText(result)}`);
  return result.stdout.split('\n').filter(Boolean);
}

export async function inspectContainers(ids: readonly string[]): Promise<InspectedContainer[]> {
  if (ids.length === 0) return [];
  const result = await exec('docker', ['inspect', '--type', 'container', ...ids]);
  // A container removed meanwhile makes inspect exit 1 but still print the others.
  if (result.code !== 0 && !result.stdout.trim().startsWith('[')) {
    throw new DockerError(`docker inspect failed: ${failureText(result)}`);
  }
  return JSON.parse(result.stdout) as InspectedContainer[];
}

export function serviceOf(container: InspectedContainer): string {
  return container.Config.Labels?.[SERVICE_LABEL] ?? container.Name.replace(/^\//, '');
}

export function hasHealthcheck(container: InspectedContainer): boolean {
  const test = container.Config.Healthcheck?.Test;
  return Boolean(test && test.length > 0 && test[0] !== 'NONE');
}

/**
 * What a container printed, stdout and stderr merged in time order: `docker logs` writes them to
 * two pipes, so both are read with timestamps and merged by them. `timestamps` keeps the prefix.
 */
export async function containerLog(
  id: string,
  options: { tail?: number; timestamps?: boolean } = {},
): Promise<string> {
  const args = [
    'logs',
    '--timestamps',
    ...(options.tail === undefined ? [] : ['--tail', String(options.tail)]),
    id,
  ];
  const result = await exec('docker', args);
  if (result.code !== 0) return '';
  const lines = mergeByTimestamp(result.stdout, result.stderr);
  return lines.map((line) => (options.timestamps ? line : line.replace(/^\S+ /, ''))).join('');
}

/** Merge two timestamped streams (RFC 3339 with nanoseconds sorts as text), keeping each stream's order. */
export function mergeByTimestamp(a: string, b: string): string[] {
  const split = (text: string) => text.split(/(?<=\n)/).filter((line) => line !== '');
  const left = split(a);
  const right = split(b);
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const stamp = (line: string | undefined) => line?.slice(0, line.indexOf(' ')) ?? '';
    if (j >= right.length || (i < left.length && stamp(left[i]) <= stamp(right[j])))
      merged.push(left[i++]!);
    else merged.push(right[j++]!);
  }
  return merged.map((line) => (line.endsWith('\n') ? line : `${line}\n`));
}
