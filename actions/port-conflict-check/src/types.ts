/** The shared vocabulary of the scanners, the checks and the report. */
export type Protocol = 'tcp' | 'udp' | 'sctp';
export type PortSource = 'compose' | 'dockerfile' | 'kubernetes' | 'env';

/** An inclusive range of ports; a single port has start === end. */
export interface PortRange {
  start: number;
  end: number;
}

/** One port as declared in one place (a range stays one declaration). */
export interface PortDeclaration {
  source: PortSource;
  /** Display name of the project: a compose project, a directory, a namespace. */
  project: string;
  /** Identity of the project for "same project" checks (compose: its first file). */
  projectId: string;
  service: string;
  /** Other names the registry may use for this service (container_name, project/service). */
  aliases: string[];
  file: string;
  line: number;
  /** The host address bound; '' binds every address. */
  hostIp: string;
  /** The host port(s), or null when no host port is bound. */
  published: PortRange | null;
  target: PortRange;
  protocol: Protocol;
  /** Compose: `file:line` of the service, which an anchor or an `extends` base may hold the port for. */
  serviceAt?: string;
  /** Compose: a host range for one container port ("8000-8010:80"), of which Docker binds one free port. */
  pickFrom?: PortRange;
  /** Kubernetes: the field that bound the host port. */
  binding?: 'nodePort' | 'hostPort';
}

/** One entry of the `ports` output: ranges expanded, `published: null` when unbound. */
export interface PortEntry {
  service: string;
  project: string;
  file: string;
  line: number;
  host_ip: string;
  published: number | null;
  target: number;
  protocol: Protocol;
  source: PortSource;
}

export function formatRange(range: PortRange): string {
  return range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
}

export function rangesOverlap(a: PortRange, b: PortRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

const ALL_ADDRESSES = new Set(['', '0.0.0.0', '::', '[::]']);

/** 0.0.0.0 and :: overlap every address; two specific addresses overlap only when equal. */
export function hostsOverlap(a: string, b: string): boolean {
  if (ALL_ADDRESSES.has(a) || ALL_ADDRESSES.has(b)) return true;
  return normalizeHost(a) === normalizeHost(b);
}

export function isAllAddresses(host: string): boolean {
  return ALL_ADDRESSES.has(host);
}

export function normalizeHost(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}
