import { join } from 'node:path';
import { safeFileName, type Workspace } from '@flow-actions/kit';
import {
  containerLog,
  inspectContainers,
  projectContainerIds,
  serviceOf,
  type InspectedContainer,
} from './docker.ts';
import { findErrorLines, type ErrorLine } from './log-errors.ts';

export interface ServiceLogs {
  service: string;
  /** The file in logs-dir holding the log (Docker's timestamps kept). */
  file: string;
  /** How many lines matched log-error-pattern. */
  errorCount: number;
  /** The first of them (at most KEPT_ERROR_LINES): the report stays small for a noisy service. */
  errors: ErrorLine[];
}

const KEPT_ERROR_LINES = 100;

export interface CollectedLogs {
  services: ServiceLogs[];
  containers: InspectedContainer[];
}

function byService(containers: readonly InspectedContainer[]): Map<string, InspectedContainer[]> {
  const groups = new Map<string, InspectedContainer[]>();
  for (const container of [...containers].sort((a, b) => a.Name.localeCompare(b.Name))) {
    const service = serviceOf(container);
    groups.set(service, [...(groups.get(service) ?? []), container]);
  }
  return groups;
}

/**
 * A file name for each service: service names come from container labels, so `../../pwn` is
 * made one safe name; names that clash (after that, or by case) get a numbered suffix.
 */
export function fileStems(services: readonly string[]): Map<string, string> {
  const stems = new Map<string, string>();
  const taken = new Set<string>();
  for (const service of services) {
    const safe = safeFileName(service).slice(0, 100);
    let stem = safe;
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${safe}-${n}`;
    taken.add(stem.toLowerCase());
    stems.set(service, stem);
  }
  return stems;
}

/**
 * Write `<service>.log` (every container of the service, stdout and stderr in time order) and
 * `<service>.inspect.json` for each service into `dir` (through `files`: confined, never through
 * a link), and find the error lines in them.
 */
export async function collectLogs(
  project: string,
  dir: { path: string; files: Workspace },
  pattern: RegExp,
): Promise<CollectedLogs> {
  const containers = await inspectContainers(await projectContainerIds(project));
  const services: ServiceLogs[] = [];
  const groups = byService(containers);
  const stems = fileStems([...groups.keys()]);
  for (const [service, group] of groups) {
    const stem = stems.get(service)!;
    const parts: string[] = [];
    for (const container of group) {
      if (group.length > 1) parts.push(`==> ${container.Name.replace(/^\//, '')} <==\n`);
      parts.push(await containerLog(container.Id, { timestamps: true }));
    }
    const log = parts.join('');
    const file = await dir.files.writeOutput(join(dir.path, `${stem}.log`), log);
    await dir.files.writeOutput(
      join(dir.path, `${stem}.inspect.json`),
      `${JSON.stringify(group, null, 2)}\n`,
    );
    const plain = log.replace(/^\d{4}-\d\d-\d\dT\S+ /gm, '');
    const errors = findErrorLines(service, plain, pattern);
    services.push({
      service,
      file,
      errorCount: errors.length,
      errors: errors.slice(0, KEPT_ERROR_LINES),
    });
  }
  return { services, containers };
}
