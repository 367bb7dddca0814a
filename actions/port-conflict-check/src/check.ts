import { reportOf, sortFindings, UsageError, type Finding, type Report } from '@flow-actions/kit';
import { hostPortConflicts, nodePortFindings, privilegedPortFindings } from './conflicts.ts';
import { pickedPortFindings } from './picked-ports.ts';
import { MAX_PORT_ENTRIES, portEntries } from './ports-output.ts';
import { entryMatches, registryFindings } from './registry-checks.ts';
import { isStructuredRegistry, parseRegistry, type Registry } from './registry.ts';
import { registryDocument, registryTable } from './registry-writer.ts';
import { scanWorkspace } from './scan.ts';
import type { PortFinding, ScanContext } from './scan-context.ts';
import type { Settings } from './settings.ts';
import type { PortDeclaration, PortEntry, PortSource } from './types.ts';

/** A finding whose rule ends in "conflict": what the `conflicts` output counts. */
export function isConflict(finding: Finding): boolean {
  return finding.rule.endsWith('conflict');
}

export interface PortReport extends Report {
  conflicts: number;
  ports: PortEntry[];
  /** How many files of each kind were read. */
  files: Record<PortSource, number>;
  /** The registry checked against, repository-relative; null when there is none. */
  registry: string | null;
}

function readRegistry(
  scan: ScanContext,
  path: string,
  input: string,
): { registry: Registry; text: string } {
  const text = scan.readInput(path, input);
  return { registry: parseRegistry(scan.relative(path), text), text };
}

/** Fix mode: write the registry table from what was found, keeping existing rows' order and descriptions. */
function writeRegistry(
  scan: ScanContext,
  path: string,
  declarations: readonly PortDeclaration[],
  log: (message: string) => void,
): void {
  if (isStructuredRegistry(path)) {
    throw new UsageError('write-registry writes a Markdown table: name a .md file', {
      input: 'write-registry',
    });
  }
  const existing = scan.exists(path) ? readRegistry(scan, path, 'write-registry') : undefined;
  const table = registryTable(declarations, existing?.registry);
  scan.writeInput(
    path,
    registryDocument(table, existing?.text, existing?.registry),
    'write-registry',
  );
  log(`wrote ${table.length - 2} rows to ${scan.relative(path)}`);
}

/** The registry checks, or the finding that a required registry is missing. */
function checkRegistry(
  settings: Settings,
  scan: ScanContext,
  declarations: readonly PortDeclaration[],
) {
  const path = settings.writeRegistry ?? settings.registry.path;
  const exists = scan.exists(path);
  if (!exists && settings.registry.explicit && !settings.writeRegistry) {
    throw new UsageError(`the registry ${scan.relative(path)} does not exist`, {
      input: 'registry',
    });
  }
  const required = settings.requireRegistry ?? exists;
  if (!exists) {
    const missing: PortFinding = {
      rule: 'missing-registry',
      severity: 'error',
      message: `require-registry is true but ${scan.relative(path)} does not exist; bootstrap it with --write-registry ${scan.relative(path)}`,
      involves: [scan.relative(path)],
    };
    return { file: undefined, registry: undefined, findings: required ? [missing] : [] };
  }
  const { registry } = readRegistry(
    scan,
    path,
    settings.writeRegistry ? 'write-registry' : 'registry',
  );
  return {
    file: registry.file,
    registry,
    findings: registryFindings(declarations, registry, required),
  };
}

/**
 * Compose projects declared to run on one host together: the sets of the projects input, and
 * projects with a service in the registry (the registry is the plan of one host's ports).
 */
function declaredTogether(
  settings: Settings,
  scan: ScanContext,
  declarations: readonly PortDeclaration[],
  registry: Registry | undefined,
): Set<string> {
  const ids = new Set(
    settings.projects.map((set) => set.files.map((file) => scan.relative(file)).join('+')),
  );
  for (const d of declarations)
    if (registry?.entries.some((entry) => entryMatches(entry, d))) ids.add(d.projectId);
  return ids;
}

function truncated(total: number): PortFinding {
  return {
    rule: 'ports-truncated',
    severity: 'warning',
    message: `the repository declares ${total} container ports (ranges expanded); the report and the ports output list the first ${MAX_PORT_ENTRIES}`,
    involves: [],
  };
}

function unique(findings: readonly PortFinding[]): PortFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\0${f.file}\0${f.line}\0${f.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * The whole check: read every source, write the registry in fix mode, then the conflicts and the
 * registry checks. `changed` (changed-only on a pull request) keeps the findings that touch it.
 */
export function checkPorts(
  settings: Settings,
  changed: ReadonlySet<string> | undefined,
  log: (message: string) => void,
): PortReport {
  const scan = scanWorkspace(settings.files, settings.sources, settings);
  const { declarations } = scan;
  if (settings.writeRegistry)
    writeRegistry(scan.context, settings.writeRegistry, declarations, log);
  const registry = checkRegistry(settings, scan.context, declarations);
  const ports = portEntries(declarations);
  const conflictOptions = {
    crossProject: settings.crossProject,
    together: declaredTogether(settings, scan.context, declarations, registry.registry),
  };
  let findings = unique([
    ...(ports.total > ports.entries.length ? [truncated(ports.total)] : []),
    ...scan.context.findings,
    ...hostPortConflicts(declarations, conflictOptions),
    ...pickedPortFindings(declarations, conflictOptions),
    ...nodePortFindings(declarations),
    ...privilegedPortFindings(declarations),
    ...registry.findings,
  ]);
  if (changed) findings = findings.filter((f) => f.involves.some((file) => changed.has(file)));
  const sorted = sortFindings(findings.map(({ involves: _involves, ...finding }) => finding));
  return {
    ...reportOf(sorted, {
      conflicts: sorted.filter(isConflict).length,
      ports: ports.entries,
      files: scan.files,
      registry: registry.file ?? null,
    }),
  };
}
