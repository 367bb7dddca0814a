import { changedFiles, resolveRange } from '@flow-actions/git';
import { pullRequestOf } from '@flow-actions/github/event';
import {
  hasErrors,
  sortFindings,
  UsageError,
  type Finding,
  type Report,
  type RunContext,
  type RunFunction,
} from '@flow-actions/kit';
import { hostPortConflicts, nodePortFindings, privilegedPortFindings } from './conflicts.ts';
import { MAX_PORT_ENTRIES, portEntries } from './ports-output.ts';
import { entryMatches, registryFindings } from './registry-checks.ts';
import { isStructuredRegistry, parseRegistry, type Registry } from './registry.ts';
import { registryDocument, registryTable } from './registry-writer.ts';
import { scanWorkspace } from './scan.ts';
import type { ScanContext, PortFinding } from './scan-context.ts';
import { readSettings, type Settings } from './settings.ts';
import { buildSummary, isConflict } from './summary.ts';
import type { PortDeclaration, PortEntry } from './types.ts';

export interface PortReport extends Report {
  conflicts: number;
  ports: PortEntry[];
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
  context: RunContext,
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
  context.log.info(`wrote ${table.length - 2} rows to ${scan.relative(path)}`);
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

/** On a pull request with changed-only: the files it changes; undefined means report everything. */
async function changedSet(
  settings: Settings,
  context: RunContext,
): Promise<Set<string> | undefined> {
  if (!settings.changedOnly) return undefined;
  if (!pullRequestOf(context.event)) {
    context.log.info('changed-only applies to pull requests: reporting every finding');
    return undefined;
  }
  const range = await resolveRange(context.workspace, {
    event: context.event,
    log: (m) => context.log.debug(m),
  });
  if (!range.base) return undefined;
  const files = await changedFiles(context.workspace, range.base, range.head);
  context.log.info(`changed-only: ${files.length} files changed in ${range.source}`);
  return new Set(
    files.flatMap((file) => [file.path, ...(file.previousPath ? [file.previousPath] : [])]),
  );
}

/** GitHub refuses a step output over 1 MB. */
const OUTPUT_LIMIT_BYTES = 1024 * 1024;

/**
 * The `ports` output. When every port does not fit in GitHub's limit, the ports bound on the host;
 * when those do not fit either, none. The JSON report (the `report` output) always has every port.
 */
function portsOutput(ports: readonly PortEntry[], context: RunContext): string {
  const all = JSON.stringify(ports);
  if (Buffer.byteLength(all) <= OUTPUT_LIMIT_BYTES) return all;
  const bound = JSON.stringify(ports.filter((port) => port.published !== null));
  const fits = Buffer.byteLength(bound) <= OUTPUT_LIMIT_BYTES;
  context.log.warning(
    `the ports output would be ${Buffer.byteLength(all)} bytes, over GitHub's 1 MB limit: it holds ${fits ? 'the host-bound ports only' : 'no ports'}; the JSON report has every port`,
  );
  return fits ? bound : '[]';
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

export const run: RunFunction<PortReport> = async (context) => {
  const settings = readSettings(context.inputs, context.workspace);
  const scan = scanWorkspace(settings.workspace, settings.globs, settings);
  const { declarations } = scan;
  if (Object.values(scan.files).every((count) => count === 0)) {
    throw new UsageError(
      'found no compose files, Dockerfiles, Kubernetes manifests or .env files to read: check the source globs',
      {
        input: 'compose-files',
      },
    );
  }
  if (settings.writeRegistry)
    writeRegistry(scan.context, settings.writeRegistry, declarations, context);
  const registry = checkRegistry(settings, scan.context, declarations);
  const ports = portEntries(declarations);
  let findings = unique([
    ...(ports.total > ports.entries.length ? [truncated(ports.total)] : []),
    ...scan.context.findings,
    ...hostPortConflicts(declarations, {
      crossProject: settings.crossProject,
      together: declaredTogether(settings, scan.context, declarations, registry.registry),
    }),
    ...nodePortFindings(declarations),
    ...privilegedPortFindings(declarations),
    ...registry.findings,
  ]);
  const changed = await changedSet(settings, context);
  if (changed)
    findings = findings.filter((finding) => finding.involves.some((file) => changed.has(file)));
  const sorted: Finding[] = sortFindings(
    findings.map(({ involves: _involves, ...finding }) => finding),
  );
  const conflicts = sorted.filter(isConflict).length;
  const passed = !hasErrors(sorted);
  return {
    report: { passed, findings: sorted, conflicts, ports: ports.entries },
    summary: buildSummary({
      passed,
      findings: sorted,
      declarations,
      files: scan.files,
      registry: registry.file,
    }),
    outputs: { conflicts: String(conflicts), ports: portsOutput(ports.entries, context) },
    headline: `${conflicts} port conflicts, ${sorted.length} findings in ${ports.total} ports`,
  };
};
