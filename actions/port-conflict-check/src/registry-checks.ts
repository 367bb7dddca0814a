import { append } from './collections.ts';
import type { Registry, RegistryEntry } from './registry.ts';
import type { PortFinding } from './scan-context.ts';
import { describe } from './conflicts.ts';
import {
  formatRange,
  hostsOverlap,
  rangesOverlap,
  type PortDeclaration,
  type PortRange,
} from './types.ts';

function names(declaration: PortDeclaration): string[] {
  return [declaration.service, ...declaration.aliases].map((name) => name.toLowerCase());
}

export function entryMatches(entry: RegistryEntry, declaration: PortDeclaration): boolean {
  return names(declaration).includes(entry.service.toLowerCase());
}

function* ports(range: PortRange): Generator<number> {
  for (let port = range.start; port <= range.end; port++) yield port;
}

/** Consecutive ports back into ranges: [8080, 8081, 9000] → "8080-8081, 9000". */
function formatPorts(list: readonly number[]): string {
  const ranges: PortRange[] = [];
  for (const port of list) {
    const last = ranges.at(-1);
    if (last && last.end === port - 1) last.end = port;
    else ranges.push({ start: port, end: port });
  }
  return ranges.map(formatRange).join(', ');
}

/** Published Compose ports against the registry: missing, or registered to another service. */
function declarationFindings(
  declarations: readonly PortDeclaration[],
  registry: Registry,
  required: boolean,
): PortFinding[] {
  const index = new Map<string, RegistryEntry[]>();
  for (const entry of registry.entries) {
    for (const port of ports(entry.port)) append(index, `${entry.protocol}/${port}`, entry);
  }
  const findings: PortFinding[] = [];
  for (const declaration of declarations) {
    if (declaration.source !== 'compose' || !declaration.published) continue;
    const missing: number[] = [];
    const elsewhere: number[] = [];
    let owner: RegistryEntry | undefined;
    for (const port of ports(declaration.published)) {
      const entries = index.get(`${declaration.protocol}/${port}`);
      if (!entries) missing.push(port);
      else if (!entries.some((entry) => entryMatches(entry, declaration))) {
        elsewhere.push(port);
        owner ??= entries[0];
      }
    }
    const base = {
      file: declaration.file,
      line: declaration.line,
      involves: [declaration.file, registry.file],
    };
    if (missing.length > 0) {
      findings.push({
        ...base,
        rule: 'unregistered-port',
        severity: required ? 'error' : 'warning',
        message: `host port ${formatPorts(missing)}/${declaration.protocol} of ${describe(declaration)} is not in ${registry.file}`,
      });
    }
    if (owner) {
      findings.push({
        ...base,
        rule: 'misregistered-port',
        severity: 'error',
        message: `host port ${formatPorts(elsewhere)}/${declaration.protocol} of ${describe(declaration)} is registered to ${JSON.stringify(owner.service)} at ${owner.file}:${owner.line}`,
      });
    }
  }
  return findings;
}

/** Entries no source declares, as a host port or as a container port of the service they name. */
function staleFindings(
  declarations: readonly PortDeclaration[],
  registry: Registry,
): PortFinding[] {
  return registry.entries
    .filter(
      (entry) =>
        !declarations.some(
          (d) =>
            d.protocol === entry.protocol &&
            ((d.published && rangesOverlap(d.published, entry.port)) ||
              (entryMatches(entry, d) && rangesOverlap(d.target, entry.port))),
        ),
    )
    .map((entry) => ({
      rule: 'stale-registry-entry',
      severity: 'warning' as const,
      message: `port ${formatRange(entry.port)}/${entry.protocol} is registered to ${JSON.stringify(entry.service)}, but no compose file, Dockerfile, manifest or .env declares it`,
      file: entry.file,
      line: entry.line,
      involves: [entry.file],
    }));
}

/** Two services given the same port and protocol on overlapping addresses by the registry itself. */
function selfConflicts(registry: Registry): PortFinding[] {
  const findings: PortFinding[] = [];
  const entries = [...registry.entries].sort((a, b) => a.port.start - b.port.start);
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    for (let j = i + 1; j < entries.length && entries[j]!.port.start <= a.port.end; j++) {
      const b = entries[j]!;
      if (
        a.protocol !== b.protocol ||
        a.service.toLowerCase() === b.service.toLowerCase() ||
        !hostsOverlap(a.hostIp, b.hostIp)
      )
        continue;
      const [first, second] = a.line <= b.line ? [a, b] : [b, a];
      findings.push({
        rule: 'registry-conflict',
        severity: 'error',
        message: `the registry gives port ${formatRange(second.port)}/${second.protocol} to ${JSON.stringify(second.service)} and to ${JSON.stringify(first.service)} (line ${first.line})`,
        file: second.file,
        line: second.line,
        involves: [second.file],
      });
    }
  }
  return findings;
}

export function registryFindings(
  declarations: readonly PortDeclaration[],
  registry: Registry,
  required: boolean,
): PortFinding[] {
  return [
    ...declarationFindings(declarations, registry, required),
    ...staleFindings(declarations, registry),
    ...selfConflicts(registry),
  ];
}
