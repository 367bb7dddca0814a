import type { Finding } from '@flow-actions/kit';

export type OpenSpecMode = 'layout' | 'complete' | 'off';

/** What the OpenSpec check reads of the pull request. */
export interface OpenSpecInput {
  /** Paths changed base..head. */
  changed: readonly string[];
  headFiles: readonly string[];
  readHead(path: string): Promise<string | undefined>;
  existedAtBase(path: string): Promise<boolean>;
}

const REQUIRED_FILES = ['proposal.md', 'design.md', 'tasks.md'];
const CHANGE = /^openspec\/changes\/([^/]+)\//;
// OpenSpec's own CLI archives into openspec/changes/archive/; the layout names openspec/archive/.
const ARCHIVED = /^openspec\/(?:changes\/)?archive\/([^/]+)\//;
const OPEN_TASK = /^\s*[-*+] \[ \]/;

const layout = (file: string, message: string): Finding => ({
  rule: 'openspec-layout',
  severity: 'error',
  message,
  file,
});

function missingParts(folder: string, headFiles: readonly string[]): string[] {
  const inFolder = new Set(headFiles.filter((file) => file.startsWith(`${folder}/`)));
  const missing = REQUIRED_FILES.filter((name) => !inFolder.has(`${folder}/${name}`));
  if (![...inFolder].some((file) => file.startsWith(`${folder}/specs/`)))
    missing.push('specs/ (at least one file)');
  return missing;
}

async function openTasks(folder: string, input: OpenSpecInput): Promise<Finding[]> {
  const file = `${folder}/tasks.md`;
  const text = await input.readHead(file);
  if (text === undefined) return [];
  return text.split(/\r?\n/).flatMap((line, index) =>
    OPEN_TASK.test(line)
      ? [
          {
            rule: 'openspec-tasks',
            severity: 'error' as const,
            message: `open task: ${line.trim().slice(6).trim()}`,
            file,
            line: index + 1,
          },
        ]
      : [],
  );
}

/**
 * OpenSpec change folders the pull request touches are complete (`layout`: proposal, design,
 * tasks and specs; `complete`: every task ticked too), and archived changes stay as they were.
 */
export async function checkOpenSpec(mode: OpenSpecMode, input: OpenSpecInput): Promise<Finding[]> {
  if (mode === 'off') return [];
  const findings: Finding[] = [];
  const folders = new Set<string>();
  const archived = new Map<string, string[]>();
  for (const file of input.changed) {
    const archive = ARCHIVED.exec(file);
    if (archive) {
      // Moving a change into the archive adds files; editing or deleting archived ones is not allowed.
      if (await input.existedAtBase(file)) {
        const folder = archive[0].slice(0, -1);
        archived.set(folder, [...(archived.get(folder) ?? []), file]);
      }
      continue;
    }
    const change = CHANGE.exec(file);
    if (change) folders.add(change[0].slice(0, -1));
  }
  for (const folder of [...folders].sort()) {
    if (!input.headFiles.some((file) => file.startsWith(`${folder}/`))) continue; // removed or archived
    const missing = missingParts(folder, input.headFiles);
    if (missing.length)
      findings.push(layout(folder, `change ${folder} lacks ${missing.join(', ')}`));
    if (mode === 'complete') findings.push(...(await openTasks(folder, input)));
  }
  for (const [folder, files] of archived) {
    findings.push(
      layout(
        folder,
        `archived change ${folder} was edited (${files.map((file) => file.slice(folder.length + 1)).join(', ')}); archived changes are history`,
      ),
    );
  }
  return findings;
}
