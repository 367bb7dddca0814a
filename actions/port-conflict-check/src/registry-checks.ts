import { append } from './collections.ts';
import type { Registry, RegistryEntry } from './registry.ts';
import type { PortFinding } from './scan-context.ts';
import { describe } from './conflicts.ts';
import { byAddress, overlaps } from './overlaps.ts';
import { formatRange, rangesOverlap, type PortDeclaration, type PortRange } from './types.ts';

function names(declaration: PortDeclaration): string[] {
  return [declaration.service, ...declaration.aliases].map((name) => name.toLowerCase());
}

export function entryMatches(entry: RegistryEntry, declaration: PortDeclaration): boolean {
  return names(declaration).includes(entry.service.toLowerCase());
}

/** The parts of `range` that none of `cut` covers. */
function subtract(range: PortRange, cut: readonly PortRange[]): PortRange[] {
  let rest = [range];
  for (const piece of cut) {
    rest = rest.flatMap((part) => {
      if (!rangesOverlap(part, piece)) return [part];
      const left = { start: part.start, end: piece.start - 1 };
      const right = { start: piece.end + 1, end: part.end };
      return [left, right].filter((r) => r.start <= r.end);
    });
  }
  return rest;
}

/** Published Compose ports against the registry: missing, or registered to another service. */
function declarationFindings(
  declarations: readonly PortDeclaration[],
  registry: Registry,
  required: boolean,
): PortFinding[] {
  const findings: PortFinding[] = [];
  for (const declaration of declarations) {
    if (declaration.source !== 'compose' || !declaration.published) continue;
    const published = declaration.published;
    const entries = registry.entries.filter(
      (entry) => entry.protocol === declaration.protocol && rangesOverlap(entry.port, published),
    );
    const mine = entries.filter((entry) => entryMatches(entry, declaration));
    const others = entries.filter((entry) => !mine.includes(entry));
    const missing = subtract(
      published,
      entries.map((entry) => entry.port),
    );
    const elsewhere = subtract(published, [
      ...subtract(
        published,
        others.map((entry) => entry.port),
      ),
      ...mine.map((e) => e.port),
    ]);
    const base = {
      file: declaration.file,
      line: declaration.line,
      involves: [declaration.file, registry.file],
    };
    const what = (ranges: PortRange[]) =>
      `host port ${ranges.map(formatRange).join(', ')}/${declaration.protocol} of ${describe(declaration)}`;
    if (missing.length > 0) {
      findings.push({
        ...base,
        rule: 'unregistered-port',
        severity: required ? 'error' : 'warning',
        message: `${what(missing)} is not in ${registry.file}`,
      });
    }
    if (elsewhere.length > 0) {
      const owner = others.find((entry) => elsewhere.some((r) => rangesOverlap(r, entry.port)))!;
      findings.push({
        ...base,
        rule: 'misregistered-port',
        severity: 'error',
        message: `${what(elsewhere)} is registered to ${JSON.stringify(owner.service)} at ${owner.file}:${owner.line}`,
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

/** A service the registry names that the repository shows publishing these ports. */
function publishes(
  declarations: readonly PortDeclaration[],
  entry: RegistryEntry,
  ports: PortRange,
): boolean {
  return declarations.some(
    (d) =>
      d.published &&
      d.protocol === entry.protocol &&
      rangesOverlap(d.published, ports) &&
      entryMatches(entry, d),
  );
}

/**
 * Ports the registry gives to several services on overlapping addresses. When the repository
 * itself publishes the port from each of them, the scan's conflict checks judge it (a registry
 * written by write-registry describes the repository as it is, and passes).
 */
function selfConflicts(
  declarations: readonly PortDeclaration[],
  registry: Registry,
): PortFinding[] {
  const findings: PortFinding[] = [];
  const byProtocol = new Map<string, RegistryEntry[]>();
  for (const entry of registry.entries) append(byProtocol, entry.protocol, entry);
  for (const entries of byProtocol.values()) {
    for (const { ports, members } of overlaps(entries, (entry) => entry.port)) {
      for (const group of byAddress(members, (entry) => entry.hostIp)) {
        const services = new Set(group.map((entry) => entry.service.toLowerCase()));
        if (services.size < 2 || group.every((entry) => publishes(declarations, entry, ports)))
          continue;
        const sorted = [...group].sort((a, b) => a.line - b.line);
        const last = sorted.at(-1)!;
        findings.push({
          rule: 'registry-conflict',
          severity: 'error',
          message: `the registry gives port ${formatRange(ports)}/${last.protocol} to ${services.size} services: ${sorted.map((entry) => `${JSON.stringify(entry.service)} (line ${entry.line})`).join(', ')}`,
          file: last.file,
          line: last.line,
          involves: [last.file],
        });
      }
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
    ...selfConflicts(declarations, registry),
  ];
}
