import { append } from './collections.ts';
import type { Severity } from '@flow-actions/kit';
import type { PortFinding } from './scan-context.ts';
import { byAddress, overlaps } from './overlaps.ts';
import { formatRange, isAllAddresses, type PortDeclaration, type PortRange } from './types.ts';

export type CrossProject = 'error' | 'warn' | 'off';

export interface ConflictOptions {
  crossProject: CrossProject;
  /** Compose projects (their ids) declared to run together: only their cross-project clashes count. */
  together: ReadonlySet<string>;
}

/** Past this many conflicts a repository has a pattern, not a list: the rest are counted. */
const MAX_CONFLICTS = 1000;
/** A conflict names this many services, then counts the rest. */
const LISTED = 10;

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

export function where(declaration: PortDeclaration): string {
  return `${declaration.file}:${declaration.line}`;
}

export function byLocation(a: PortDeclaration, b: PortDeclaration): number {
  return a.file.localeCompare(b.file) || a.line - b.line;
}

/**
 * The containers behind declarations. One declaration read twice (a file included by two
 * projects) is one; docker-compose.yml and docker-compose.prod.yml of one directory share the
 * project name, so the same service in both is one container configured two ways; .env and
 * .env.example repeat one key. Services that share a port through an anchor or an `extends`
 * base are distinct containers.
 */
function occupants(members: readonly PortDeclaration[]): PortDeclaration[][] {
  const seen = new Set<string>();
  const byOccupant = new Map<string, PortDeclaration[]>();
  for (const d of [...members].sort(byLocation)) {
    const read = `${d.file}:${d.line}:${d.service}`;
    if (seen.has(read)) continue;
    seen.add(read);
    append(byOccupant, `${d.source}\0${d.source === 'env' ? '' : d.project}\0${d.service}`, d);
  }
  return [...byOccupant.values()];
}

/** One service binding the same host port twice within one project (two items of its ports). */
function bindsTwice(occupant: readonly PortDeclaration[]): boolean {
  if (occupant[0]!.source === 'env') return false;
  const projects = occupant.map((d) => d.projectId);
  return new Set(projects).size < projects.length;
}

/** `service "b" (project shop) at compose.yml:10`; the service's own line when an anchor holds the port. */
function member(d: PortDeclaration, shared: boolean): string {
  if (shared && d.serviceAt) return `${describe(d)} at ${d.serviceAt} (port at ${where(d)})`;
  return `${describe(d)} at ${where(d)}`;
}

/** The finding sits at the last declaration (by file and line) of those that clash: `focus`. */
function conflictFinding(
  ports: PortRange,
  group: readonly PortDeclaration[][],
  rule: string,
  severity: Severity,
  focus: readonly PortDeclaration[] = group.flat(),
): PortFinding {
  const declarations = group.flat().sort(byLocation);
  const last = [...focus].sort(byLocation).at(-1)!;
  const shared = declarations.filter((d) => where(d) === where(last)).length > 1;
  const listed = declarations.slice(0, LISTED).map((d) => member(d, shared));
  const more = declarations.length - listed.length;
  const single = ports.start === ports.end;
  const line = shared && last.serviceAt ? Number(last.serviceAt.split(':').at(-1)) : last.line;
  const file = shared && last.serviceAt ? last.serviceAt.replace(/:\d+$/, '') : last.file;
  return {
    rule,
    severity,
    message: `host port${single ? '' : 's'} ${formatRange(ports)}/${last.protocol} ${single ? 'is' : 'are'} published by ${declarations.length} declarations: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    file,
    line,
    involves: [...new Set(declarations.map((d) => d.file))],
  };
}

type Verdict = PortFinding | 'undeclared' | undefined;

/** The finding for the services on one stretch of ports and addresses, if they clash. */
function verdict(
  ports: PortRange,
  members: readonly PortDeclaration[],
  options: ConflictOptions,
): Verdict {
  const group = occupants(members);
  if (group.length < 2 && !group.some(bindsTwice)) return undefined;
  if (members.some((d) => d.binding === 'hostPort'))
    return conflictFinding(ports, group, 'host-port-conflict', 'error');
  const perProject = new Map<string, number>();
  for (const occupant of group)
    for (const id of new Set(occupant.map((d) => d.projectId)))
      perProject.set(id, (perProject.get(id) ?? 0) + 1);
  const crowded = new Set([...perProject].filter(([, count]) => count > 1).map(([id]) => id));
  if (group.some(bindsTwice) || crowded.size > 0) {
    const focus = group.flat().filter((d) => crowded.has(d.projectId));
    return conflictFinding(
      ports,
      group,
      'port-conflict',
      'error',
      focus.length > 0 ? focus : undefined,
    );
  }
  if (options.crossProject === 'off') return undefined;
  const declared = [...perProject.keys()].filter((id) => options.together.has(id));
  if (members[0]!.source === 'compose' && declared.length < 2) return 'undeclared';
  const severity: Severity = options.crossProject === 'error' ? 'error' : 'warning';
  return conflictFinding(ports, group, 'cross-project-port-conflict', severity);
}

function undeclaredNotice(count: number): PortFinding {
  return {
    rule: 'undeclared-cross-project',
    severity: 'notice',
    message: `${count} host port${count === 1 ? ' is' : 's are'} published by several Compose projects not declared to run together, so they were not checked against each other. To check projects that run on one host, list them in the projects input (one a line) or register their ports in the registry.`,
    involves: [],
  };
}

/**
 * Host ports bound twice: per pool and protocol, each stretch of ports several declarations
 * cover is one finding listing them all.
 */
export function hostPortConflicts(
  declarations: readonly PortDeclaration[],
  options: ConflictOptions,
): PortFinding[] {
  const pools = new Map<string, PortDeclaration[]>();
  for (const d of declarations) {
    const pool = poolOf(d);
    if (pool) append(pools, `${pool}/${d.protocol}`, d);
  }
  const findings: PortFinding[] = [];
  let undeclared = 0;
  let unlisted = 0;
  for (const pool of pools.values()) {
    for (const { ports, members } of overlaps(pool, (d) => d.published!)) {
      for (const group of byAddress(members, (d) => d.hostIp)) {
        const found = verdict(ports, group, options);
        if (found === 'undeclared') undeclared++;
        else if (found && findings.length < MAX_CONFLICTS) findings.push(found);
        else if (found) unlisted++;
      }
    }
  }
  if (unlisted > 0)
    findings.push({
      rule: 'too-many-conflicts',
      severity: 'error',
      message: `${unlisted} more port conflicts are not listed (the first ${MAX_CONFLICTS} are)`,
      involves: [],
    });
  if (undeclared > 0) findings.push(undeclaredNotice(undeclared));
  return findings;
}

export { LISTED };

export const NODE_PORT_RANGE: PortRange = { start: 30000, end: 32767 };

/** Kubernetes nodePorts: inside the default service-node-port-range, and each used by one Service. */
export function nodePortFindings(declarations: readonly PortDeclaration[]): PortFinding[] {
  const nodePorts = declarations.filter((d) => d.binding === 'nodePort').sort(byLocation);
  const findings: PortFinding[] = nodePorts
    .filter(
      (d) => d.published!.start < NODE_PORT_RANGE.start || d.published!.end > NODE_PORT_RANGE.end,
    )
    .map((d) => ({
      rule: 'node-port-range',
      severity: 'error',
      message: `nodePort ${formatRange(d.published!)} of Service ${JSON.stringify(d.service)} is outside ${formatRange(NODE_PORT_RANGE)}, the range the API server accepts by default`,
      file: d.file,
      line: d.line,
      involves: [d.file],
    }));
  const byPort = new Map<number, PortDeclaration[]>();
  for (const d of nodePorts) append(byPort, d.published!.start, d);
  for (const [port, users] of byPort) {
    // One Service may use a nodePort once per protocol (DNS on 53/tcp and 53/udp).
    const services = new Set(users.map((d) => `${d.project}/${d.service}`));
    const uses = new Set(users.map((d) => `${d.project}/${d.service}/${d.protocol}`));
    if (services.size < 2 && uses.size === users.length) continue;
    const last = users.at(-1)!;
    const listed = users.slice(0, LISTED).map((d) => `${JSON.stringify(d.service)} at ${where(d)}`);
    const more = users.length - listed.length;
    findings.push({
      rule: 'node-port-conflict',
      severity: 'error',
      message: `nodePort ${port} is used by ${users.length} Service ports: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      file: last.file,
      line: last.line,
      involves: [...new Set(users.map((d) => d.file))],
    });
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
