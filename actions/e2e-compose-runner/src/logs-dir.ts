import { constants, existsSync, realpathSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';

/**
 * The logs directory is named by the workflow, but what is on disk under it comes from the pull
 * request (a checked-in symlink) and the file names from the stack (service labels): both are
 * confined here. The directory must really be inside one of `roots` (the workspace, the runner's
 * temp directory) after symlinks are resolved, and no file is written through a symlink.
 */
function inside(path: string, root: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/** `path` with its deepest existing ancestor's symlinks resolved (the rest does not exist yet). */
function realPathSoFar(path: string): string {
  let existing = path;
  const missing: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...missing);
}

const realRoot = (root: string) => (existsSync(root) ? realpathSync(root) : root);

/** Whether `path` (absolute) stays inside one of `roots` once symlinks are followed. */
export function isConfined(path: string, roots: readonly string[]): boolean {
  const real = realPathSoFar(path);
  return roots.some((root) => inside(real, realRoot(root)));
}

export class OutsideRoots extends Error {
  override name = 'OutsideRoots';
}

/** Create the directory, checking before and after that it is confined to `roots`. */
export async function prepareLogsDir(dir: string, roots: readonly string[]): Promise<void> {
  const refuse = () =>
    new OutsideRoots(`logs-dir ${dir} leads outside the workspace and the runner's temp directory`);
  if (!isConfined(dir, roots)) throw refuse();
  await mkdir(dir, { recursive: true });
  if (!isConfined(dir, roots)) throw refuse();
}

/** Write a file in the logs directory, never through a symlink planted under the file's name. */
export async function writeLogFile(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
  const file = await open(path, flags, 0o644).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP')
      throw new OutsideRoots(`${name} in logs-dir is a symlink: not written through`);
    throw error;
  });
  try {
    await file.writeFile(text);
  } finally {
    await file.close();
  }
  return path;
}

const MAX_STEM = 100;

/**
 * A file name stem for each service: its name when that is a plain Compose name, else the name
 * with anything but letters, digits, ".", "_" and "-" replaced and no leading dot (so a label
 * like `../../pwn` cannot leave the directory or hide a file). Clashes get a numbered suffix.
 */
export function fileStems(services: readonly string[]): Map<string, string> {
  const stems = new Map<string, string>();
  const taken = new Set<string>();
  for (const service of services) {
    const plain =
      service
        .replace(/[^A-Za-z0-9._-]/g, '_')
        .replace(/^\./, '_')
        .slice(0, MAX_STEM) || '_';
    let stem = plain;
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${plain}-${n}`;
    taken.add(stem.toLowerCase());
    stems.set(service, stem);
  }
  return stems;
}
