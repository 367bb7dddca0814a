import { isIP } from 'node:net';
import type { PortRange, Protocol } from './types.ts';

/** A port item of Compose (short or long syntax) after parsing: what it binds, nothing more. */
export interface PortBinding {
  hostIp: string;
  published: PortRange | null;
  target: PortRange;
  protocol: Protocol;
  /** A host range for one container port: Docker binds one free port of it (published is null). */
  pickFrom?: PortRange;
}

export class PortSyntaxError extends Error {
  override name = 'PortSyntaxError';
}

const PROTOCOLS: readonly string[] = ['tcp', 'udp', 'sctp'];
const LONG_SYNTAX_KEYS = new Set([
  'target',
  'published',
  'host_ip',
  'protocol',
  'mode',
  'name',
  'app_protocol',
]);

export function parseProtocol(text: string, where: string): Protocol {
  const protocol = text.trim().toLowerCase();
  if (!PROTOCOLS.includes(protocol))
    throw new PortSyntaxError(`unknown protocol ${JSON.stringify(text)} in ${where}`);
  return protocol as Protocol;
}

/** "8080" or "9000-9005"; every port 1-65535, a range low to high. */
export function parseRange(text: string, where: string): PortRange {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) throw new PortSyntaxError(`invalid port ${JSON.stringify(text)} in ${where}`);
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  for (const port of [start, end]) {
    if (port < 1 || port > 65535)
      throw new PortSyntaxError(`port ${port} is outside 1-65535 in ${where}`);
  }
  if (end < start)
    throw new PortSyntaxError(
      `invalid port range ${JSON.stringify(text)} in ${where}: it runs backwards`,
    );
  return { start, end };
}

function parseHostIp(text: string, where: string): string {
  const ip = text.replace(/^\[(.*)\]$/, '$1');
  if (ip !== '' && isIP(ip) === 0)
    throw new PortSyntaxError(`invalid host IP ${JSON.stringify(text)} in ${where}`);
  return ip;
}

/** Host and container ranges must pair up one to one; a host range for one container port lets Docker pick. */
function pair(
  published: PortRange | null,
  target: PortRange,
  where: string,
): Pick<PortBinding, 'published' | 'pickFrom'> {
  if (!published) return { published: null };
  const hostSize = published.end - published.start;
  const targetSize = target.end - target.start;
  if (hostSize === targetSize) return { published };
  if (targetSize === 0) return { published: null, pickFrom: published };
  throw new PortSyntaxError(`host and container port ranges differ in size in ${where}`);
}

/** `[[HOST_IP:](HOST_PORT|RANGE):](PORT|RANGE)[/PROTOCOL]`, split from the right as Docker does. */
export function parseShortSyntax(text: string): PortBinding {
  const where = JSON.stringify(text);
  let spec = text.trim();
  let protocol: Protocol = 'tcp';
  const slash = spec.lastIndexOf('/');
  if (slash >= 0) {
    protocol = parseProtocol(spec.slice(slash + 1), where);
    spec = spec.slice(0, slash);
  }
  const last = spec.lastIndexOf(':');
  const target = parseRange(last < 0 ? spec : spec.slice(last + 1), where);
  if (last < 0) return { hostIp: '', published: null, target, protocol };
  const rest = spec.slice(0, last);
  const split = rest.lastIndexOf(':');
  const hostPort = split < 0 ? rest : rest.slice(split + 1);
  const hostIp = split < 0 ? '' : parseHostIp(rest.slice(0, split), where);
  const published = hostPort === '' ? null : parseRange(hostPort, where);
  return { hostIp, ...pair(published, target, where), target, protocol };
}

function portText(value: unknown, field: string): string {
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  throw new PortSyntaxError(
    `${field} must be a port number or range, got ${JSON.stringify(value)}`,
  );
}

/** The long syntax: target, published (number or range string), host_ip, protocol, mode, name, app_protocol. */
export function parseLongSyntax(item: Record<string, unknown>): PortBinding {
  const unknown = Object.keys(item).find(
    (key) => !LONG_SYNTAX_KEYS.has(key) && !key.startsWith('x-'),
  );
  if (unknown) throw new PortSyntaxError(`unsupported port option ${JSON.stringify(unknown)}`);
  if (item.target === undefined)
    throw new PortSyntaxError('a port in the long syntax needs a target');
  const target = parseRange(portText(item.target, 'target'), 'target');
  const publishedText =
    item.published === undefined || item.published === ''
      ? ''
      : portText(item.published, 'published');
  const published = publishedText ? parseRange(publishedText, 'published') : null;
  const protocol =
    item.protocol === undefined ? 'tcp' : parseProtocol(String(item.protocol), 'protocol');
  const hostIp = item.host_ip === undefined ? '' : parseHostIp(String(item.host_ip), 'host_ip');
  return { hostIp, ...pair(published, target, 'the long syntax'), target, protocol };
}

/** One item of `ports`: a YAML int (container port), a short-syntax string, or a long-syntax map. */
export function parsePortItem(item: unknown): PortBinding {
  if (typeof item === 'number') return parseShortSyntax(String(item));
  if (typeof item === 'string') return parseShortSyntax(item);
  if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
    return parseLongSyntax(item as Record<string, unknown>);
  }
  throw new PortSyntaxError(
    `a port must be a number, a string or a map, got ${JSON.stringify(item)}`,
  );
}

/** One item of `expose` (or a Dockerfile EXPOSE word): `PORT[-END][/PROTOCOL]`. */
export function parseExposeItem(item: unknown): { target: PortRange; protocol: Protocol } {
  const text = String(item);
  const [port = '', protocol] = text.split('/');
  return {
    target: parseRange(port, JSON.stringify(text)),
    protocol: protocol === undefined ? 'tcp' : parseProtocol(protocol, JSON.stringify(text)),
  };
}
