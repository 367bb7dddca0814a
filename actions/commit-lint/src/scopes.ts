import { basename } from 'node:path';
import { matchesGlob, normalizeGlob, toPosix, UsageError, type Workspace } from '@flow-actions/kit';
import { parseYaml } from '@flow-actions/kit/yaml';
import { parseJsonFile } from './config/discover.ts';

const INPUT = { input: 'scopes-from' };

function workspacePatterns(ws: Workspace): string[] {
  const patterns: string[] = [];
  if (ws.existsSync('package.json', INPUT)) {
    const manifest = parseJsonFile(ws.readTextSync('package.json', INPUT), 'package.json') as {
      workspaces?: unknown;
    } | null;
    const workspaces = manifest?.workspaces as string[] | { packages?: string[] } | undefined;
    patterns.push(...(Array.isArray(workspaces) ? workspaces : (workspaces?.packages ?? [])));
  }
  if (ws.existsSync('pnpm-workspace.yaml', INPUT)) {
    const { value } = parseYaml(ws.readTextSync('pnpm-workspace.yaml', INPUT), {
      file: 'pnpm-workspace.yaml',
      input: 'scopes-from',
    });
    patterns.push(...((value as { packages?: string[] } | null)?.packages ?? []));
  }
  return patterns.filter((pattern) => typeof pattern === 'string' && !pattern.startsWith('!'));
}

/** More folders than a repository's packages ever take: a walk that stops, not one that runs on. */
const MAX_DIRECTORIES = 100_000;

/**
 * The folders a pattern names, found by walking the workspace and matched with kit's glob engine:
 * a pattern that climbs out (`../../etc/*`, `/etc/*`) is an error naming the pattern, never a list
 * of what is out there, and links are not followed. Dot folders and node_modules hold no packages.
 */
function directories(ws: Workspace, pattern: string): string[] {
  const glob = normalizeGlob(toPosix(pattern));
  if (/^\/|^[A-Za-z]:/.test(toPosix(pattern)) || glob.split('/').includes('..')) {
    throw new UsageError(
      `the workspace pattern ${JSON.stringify(pattern)} leads outside the workspace`,
      INPUT,
    );
  }
  const depth = glob.includes('**') ? Infinity : glob.split('/').length;
  const found: string[] = [];
  let queue = ['.'];
  let seen = 0;
  for (let level = 1; level <= depth && queue.length; level++) {
    const next: string[] = [];
    for (const dir of queue) {
      for (const entry of ws.listSync(dir, INPUT)) {
        if (entry.kind !== 'directory' || entry.name.startsWith('.')) continue;
        if (entry.name === 'node_modules') continue;
        if (++seen > MAX_DIRECTORIES)
          throw new UsageError(
            `${JSON.stringify(pattern)} walks more than ${MAX_DIRECTORIES} folders`,
            INPUT,
          );
        if (matchesGlob(entry.path, glob)) found.push(entry.path);
        next.push(entry.path);
      }
    }
    queue = next;
  }
  return found;
}

function packageName(ws: Workspace, dir: string): string | undefined {
  try {
    const manifest = JSON.parse(ws.readTextSync(`${dir}/package.json`, INPUT)) as {
      name?: unknown;
    };
    return typeof manifest.name === 'string' ? manifest.name.replace(/^@[^/]+\//, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Scopes derived from the repository: `workspaces` (package.json workspaces or pnpm-workspace.yaml:
 * each package's folder name and unscoped package name) or `folders:<glob>` (the folder names).
 */
export function scopesFrom(ws: Workspace, spec: string): string[] {
  let dirs: string[];
  if (spec === 'workspaces') {
    const patterns = workspacePatterns(ws);
    if (patterns.length === 0) {
      throw new UsageError(
        'scopes-from: workspaces, but package.json has no workspaces and there is no pnpm-workspace.yaml',
        INPUT,
      );
    }
    dirs = patterns.flatMap((pattern) => directories(ws, pattern));
  } else if (spec.startsWith('folders:') && spec.length > 'folders:'.length) {
    dirs = directories(ws, spec.slice('folders:'.length));
  } else {
    throw new UsageError(
      `expected workspaces or folders:<glob>, got ${JSON.stringify(spec)}`,
      INPUT,
    );
  }
  const scopes = new Set<string>();
  for (const dir of dirs) {
    scopes.add(basename(dir));
    const name = packageName(ws, dir);
    if (name) scopes.add(name);
  }
  if (scopes.size === 0)
    throw new UsageError(`scopes-from ${JSON.stringify(spec)} matched no folder`, INPUT);
  return [...scopes].sort();
}
