import { append } from './collections.ts';
import type { Severity } from '@flow-actions/kit';
import type { PortFinding } from './scan-context.ts';
import {
  formatRange,
  hostsOverlap,
  isAllAddresses,
  rangesOverlap,
  type PortDeclaration,
  type PortRange,
} from './types.ts';

export type CrossProject = 'error' | 'warn' | 'off';

/** Which declarations can collide: Compose with Compose, .env with .env, pod hostPorts with hostPorts. */
function poolOf(declaration: PortDeclaration): string | undefined {
  if (!declaration.published) return undefined;
  if (declaration.source === 'kubernetes')
    return declaration.binding === 'hostPort' ? 'hostPort' : undefined;
  return declaration.source === 'dockerfile' ? undefined : declaration.source;
}

export function describe(declaration: PortDeclaration): string {
  const project =
    declaration.source === 'env' ? `${declaration.file}` : `project ${declaration.project}`;
  return `service ${JSON.stringify(declaration.service)} (${project})`;
}

function where(declaration: PortDeclaration): string {
  return `${declaration.file}:${declaration.line}`;
}

function overlap(a: PortRange, b: PortRange): PortRange {
  return { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) };
}

function byLocation(a: PortDeclaration, b: PortDeclaration): number {
  return a.file.localeCompare(b.file) || a.line - b.line;
}

/** The same declaration read twice (a file included by two projects) is not a conflict with itself. */
function collides(a: PortDeclaration, b: PortDeclaration): boolean {
  if (a.protocol !== b.protocol || !hostsOverlap(a.hostIp, b.hostIp)) return false;
  if (a.file === b.file && a.line === b.line) return false;
  // docker-compose.yml and docker-compose.prod.yml of one directory share the project name: the
  // same service in both is one container configured two ways, never two running side by side.
  if (a.projectId !== b.projectId && a.project === b.project && a.service === b.service)
    return false;
  // .env and .env.example of one service repeat the same key: that is one port, not two.
  if (a.source === 'env' && a.service === b.service) return false;
  return true;
}

function conflictFinding(
  first: PortDeclaration,
  second: PortDeclaration,
  crossProject: CrossProject,
): PortFinding | undefined {
  const ports = overlap(first.published!, second.published!);
  const samePort = ports.start === ports.end;
  const what = `host port${samePort ? '' : 's'} ${formatRange(ports)}/${second.protocol}`;
  const message = `${what} of ${describe(second)} ${samePort ? 'is' : 'are'} also published by ${describe(first)} at ${where(first)}`;
  const involves = [...new Set([first.file, second.file])];
  const base = { message, file: second.file, line: second.line, involves };
  if (second.binding === 'hostPort')
    return { ...base, rule: 'host-port-conflict', severity: 'error' };
  if (first.projectId === second.projectId)
    return { ...base, rule: 'port-conflict', severity: 'error' };
  if (crossProject === 'off') return undefined;
  const severity: Severity = crossProject === 'error' ? 'error' : 'warning';
  return { ...base, rule: 'cross-project-port-conflict', severity };
}

/**
 * Host ports bound twice: a sweep over declarations sorted by their first port, so only
 * declarations whose ranges can overlap are compared.
 */
export function hostPortConflicts(
  declarations: readonly PortDeclaration[],
  crossProject: CrossProject,
): PortFinding[] {
  const findings: PortFinding[] = [];
  const pools = new Map<string, PortDeclaration[]>();
  for (const declaration of declarations) {
    const pool = poolOf(declaration);
    if (pool) append(pools, pool, declaration);
  }
  for (const pool of pools.values()) {
    pool.sort((a, b) => a.published!.start - b.published!.start);
    for (let i = 0; i < pool.length; i++) {
      const a = pool[i]!;
      for (let j = i + 1; j < pool.length && pool[j]!.published!.start <= a.published!.end; j++) {
        const b = pool[j]!;
        if (!collides(a, b) || !rangesOverlap(a.published!, b.published!)) continue;
        const [first, second] = byLocation(a, b) <= 0 ? [a, b] : [b, a];
        const finding = conflictFinding(first, second, crossProject);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

export const NODE_PORT_RANGE: PortRange = { start: 30000, end: 32767 };

/** Kubernetes nodePorts: inside the default service-node-port-range, and each used by one Service. */
export function nodePortFindings(declarations: readonly PortDeclaration[]): PortFinding[] {
  const findings: PortFinding[] = [];
  const seen = new Map<number, PortDeclaration>();
  for (const declaration of declarations.filter((d) => d.binding === 'nodePort').sort(byLocation)) {
    const port = declaration.published!.start;
    const base = { file: declaration.file, line: declaration.line, involves: [declaration.file] };
    if (port < NODE_PORT_RANGE.start || port > NODE_PORT_RANGE.end) {
      findings.push({
        ...base,
        rule: 'node-port-range',
        severity: 'error',
        message: `nodePort ${port} of Service ${JSON.stringify(declaration.service)} is outside ${formatRange(NODE_PORT_RANGE)}, the range the API server accepts by default`,
      });
    }
    const first = seen.get(port);
    const sameService =
      first && first.service === declaration.service && first.project === declaration.project;
    if (first && !(sameService && first.protocol !== declaration.protocol)) {
      findings.push({
        ...base,
        involves: [...new Set([first.file, declaration.file])],
        rule: 'node-port-conflict',
        severity: 'error',
        message: `nodePort ${port} of Service ${JSON.stringify(declaration.service)} is also used by Service ${JSON.stringify(first.service)} at ${where(first)}`,
      });
    } else if (!first) seen.set(port, declaration);
  }
  return findings;
}

/** Ports below 1024 published on every address: privileged on the host and reachable from outside. */
export function privilegedPortFindings(declarations: readonly PortDeclaration[]): PortFinding[] {
  return declarations
    .filter(
      (d) =>
        d.published &&
        d.binding !== 'nodePort' &&
        d.source !== 'dockerfile' &&
        d.published.start < 1024 &&
        isAllAddresses(d.hostIp),
    )
    .map((d) => ({
      rule: 'privileged-port',
      severity: 'notice' as const,
      message: `${describe(d)} publishes port ${formatRange(d.published!)}/${d.protocol} (below 1024) on all addresses`,
      file: d.file,
      line: d.line,
      involves: [d.file],
    }));
}
