import { git, gitBytes } from './exec.ts';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  /** The path before a rename or copy. */
  previousPath?: string;
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/** Files changed between two commits, renames detected (`git diff --name-status -z -M`). */
export async function changedFiles(
  cwd: string,
  base: string,
  head: string,
): Promise<ChangedFile[]> {
  const fields = (
    await git(cwd, ['diff', '--name-status', '-z', '-M', '--no-relative', base, head, '--'])
  ).split('\0');
  const files: ChangedFile[] = [];
  for (let index = 0; index < fields.length - 1;) {
    const code = fields[index++]!;
    const status = STATUS[code[0]!] ?? 'modified';
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[index++]!;
      files.push({ path: fields[index++]!, status, previousPath });
    } else files.push({ path: fields[index++]!, status });
  }
  return files;
}

/** Inclusive line ranges [start, end], sorted and merged. */
export type LineRanges = [number, number][];

/** Undo git's C-style quoting of a path ("a\tb", "\303\251"). */
export function unquotePath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const escapes: Record<string, number> = {
    n: 10,
    t: 9,
    r: 13,
    a: 7,
    b: 8,
    f: 12,
    v: 11,
    '"': 34,
    '\\': 92,
  };
  for (let index = 1; index < text.length - 1; index++) {
    const char = text[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = text[++index]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(index, index + 3), 8));
      index += 2;
    } else bytes.push(escapes[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parse `git diff -U0` output into the head side's added or changed lines per file. */
export function parseChangedLines(diff: string): Map<string, LineRanges> {
  const files = new Map<string, LineRanges>();
  let current: LineRanges | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      // git ends a name that has a space with a TAB (for patch(1)); the TAB is no part of it
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') current = undefined;
      else {
        const path = unquotePath(target).replace(/^b\//, '');
        current = [];
        files.set(path, current);
      }
    } else if (line.startsWith('@@ ') && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  for (const [path, ranges] of files) files.set(path, mergeRanges(ranges));
  return files;
}

export function mergeRanges(ranges: LineRanges): LineRanges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: LineRanges = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Lines the head side added or changed since `base` (`git diff -U0 base head`). */
export async function changedLines(
  cwd: string,
  base: string,
  head: string,
): Promise<Map<string, LineRanges>> {
  const diff = await gitBytes(cwd, [
    'diff',
    '-U0',
    '-M',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    base,
    head,
    '--',
  ]);
  return parseChangedLines(diff.toString('utf8'));
}

/** Every tracked file of the work tree (`git ls-files -z`). */
export async function trackedFiles(cwd: string): Promise<string[]> {
  return (await git(cwd, ['ls-files', '-z'])).split('\0').filter(Boolean);
}

/** A file's content at a revision, or undefined when it does not exist there. */
export async function fileAt(cwd: string, rev: string, path: string): Promise<string | undefined> {
  try {
    return await git(cwd, ['show', `${rev}:${path}`]);
  } catch {
    return undefined;
  }
}
