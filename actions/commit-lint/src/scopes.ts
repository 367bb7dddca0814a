import { existsSync, readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UsageError } from '@flow-actions/kit';
import { parseYaml } from '@flow-actions/kit/yaml';

function workspacePatterns(root: string): string[] {
  const manifest = join(root, 'package.json');
  const patterns: string[] = [];
  if (existsSync(manifest)) {
    const workspaces = (
      JSON.parse(readFileSync(manifest, 'utf8')) as {
        workspaces?: string[] | { packages?: string[] };
      }
    ).workspaces;
    patterns.push(...(Array.isArray(workspaces) ? workspaces : (workspaces?.packages ?? [])));
  }
  const pnpm = join(root, 'pnpm-workspace.yaml');
  if (existsSync(pnpm)) {
    const { value } = parseYaml(readFileSync(pnpm, 'utf8'), {
      file: 'pnpm-workspace.yaml',
      input: 'scopes-from',
    });
    patterns.push(...((value as { packages?: string[] } | null)?.packages ?? []));
  }
  return patterns.filter((pattern) => !pattern.startsWith('!'));
}

async function directories(root: string, pattern: string): Promise<string[]> {
  const found: string[] = [];
  for await (const entry of glob(pattern, { cwd: root, withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      found.push(join(entry.parentPath, entry.name));
  }
  return found;
}

function packageName(dir: string): string | undefined {
  try {
    const name = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string })
      .name;
    return name?.replace(/^@[^/]+\//, '');
  } catch {
    return undefined;
  }
}

/**
 * Scopes derived from the repository: `workspaces` (package.json workspaces or pnpm-workspace.yaml:
 * each package's folder name and unscoped package name) or `folders:<glob>` (the folder names).
 */
export async function scopesFrom(root: string, spec: string): Promise<string[]> {
  let dirs: string[];
  if (spec === 'workspaces') {
    const patterns = workspacePatterns(root);
    if (patterns.length === 0) {
      throw new UsageError(
        'scopes-from: workspaces, but package.json has no workspaces and there is no pnpm-workspace.yaml',
        { input: 'scopes-from' },
      );
    }
    dirs = (await Promise.all(patterns.map((pattern) => directories(root, pattern)))).flat();
  } else if (spec.startsWith('folders:') && spec.length > 'folders:'.length) {
    dirs = await directories(root, spec.slice('folders:'.length));
  } else {
    throw new UsageError(`expected workspaces or folders:<glob>, got ${JSON.stringify(spec)}`, {
      input: 'scopes-from',
    });
  }
  const scopes = new Set<string>();
  for (const dir of dirs) {
    scopes.add(basename(dir));
    const name = packageName(dir);
    if (name) scopes.add(name);
  }
  if (scopes.size === 0)
    throw new UsageError(`scopes-from ${JSON.stringify(spec)} matched no folder`, {
      input: 'scopes-from',
    });
  return [...scopes].sort();
}
