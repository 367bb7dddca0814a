import { UsageError } from '../errors.ts';
import type { Workspace } from './workspace.ts';

export interface WalkOptions {
  /** Directory names never entered (default `.git` and `node_modules`). */
  skipDirectories?: readonly string[];
  /** Refuse a tree with more files than this (default 1,000,000): memory stays bounded. */
  maxFiles?: number;
}

const SKIP = ['.git', 'node_modules'];

/**
 * Every file under `dir` (repository-relative, `/`-separated, sorted per directory). Links to
 * directories are not entered (no loops, no escapes); links to files are listed, and reading
 * them goes through the workspace's checks.
 */
export function walkFilesSync(
  workspace: Workspace,
  dir = '.',
  options: WalkOptions = {},
): string[] {
  const skip = new Set(options.skipDirectories ?? SKIP);
  const max = options.maxFiles ?? 1_000_000;
  const files: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const directories: string[] = [];
    for (const entry of workspace.listSync(current)) {
      if (entry.kind === 'directory') {
        if (!skip.has(entry.name)) directories.push(entry.path);
      } else if (entry.kind === 'file' || entry.kind === 'symlink') {
        files.push(entry.path);
        if (files.length > max)
          throw new UsageError(`the workspace holds more than ${max} files: narrow the globs`);
      }
    }
    pending.push(...directories.reverse());
  }
  return files;
}
