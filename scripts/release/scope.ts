/**
 * The paths whose commits release an action: actions/<name>/, every workspace package its bundle
 * pulls in (imports of @flow-actions/* in non-test sources, and dependencies in package.json,
 * followed transitively), and for a composite action the sibling actions it runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const IMPORT = /(?:from\s+|import\s*\(?\s*)['"](@flow-actions\/[\w-]+)/g;
const SIBLING = /\.\.\/([a-z0-9][a-z0-9-]*)\/index\.js/g;

/** actions/<name>/ directories that hold an action.yml, sorted. */
export function actionNames(cwd: string): string[] {
  const dir = join(cwd, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'action.yml')))
    .sort();
}

/** Sibling actions a composite's action.yml runs as `../<name>/index.js`, among `known`. */
export function siblingsIn(actionYml: string, known: readonly string[]): string[] {
  const found = new Set([...actionYml.matchAll(SIBLING)].map((match) => match[1]!));
  return known.filter((name) => found.has(name));
}

/** Workspace package names (`@flow-actions/kit`) → their directory (`packages/kit`). */
function workspacePackages(cwd: string): Map<string, string> {
  const packages = new Map<string, string>();
  const dir = join(cwd, 'packages');
  if (!existsSync(dir)) return packages;
  for (const entry of readdirSync(dir)) {
    const manifest = join(dir, entry, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
    if (name) packages.set(name, `packages/${entry}`);
  }
  return packages;
}

/** The @flow-actions/* packages a directory uses at run time (tests excluded). */
function usedPackages(cwd: string, dir: string): Set<string> {
  const used = new Set<string>();
  const manifest = join(cwd, dir, 'package.json');
  if (existsSync(manifest)) {
    const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const name of Object.keys(dependencies))
      if (name.startsWith('@flow-actions/')) used.add(name);
  }
  const src = join(cwd, dir, 'src');
  if (!existsSync(src)) return used;
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!/\.[cm]?[jt]s$/.test(file) || /\.test\.[cm]?[jt]s$/.test(file)) continue;
    for (const match of readFileSync(join(src, file), 'utf8').matchAll(IMPORT)) used.add(match[1]!);
  }
  return used;
}

export function releasePaths(cwd: string, name: string, seen = new Set<string>()): string[] {
  seen.add(name);
  const packages = workspacePackages(cwd);
  const paths = new Set([`actions/${name}`]);
  const queue = [...usedPackages(cwd, `actions/${name}`)];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const dir = packages.get(next);
    if (!dir || paths.has(dir)) continue;
    paths.add(dir);
    queue.push(...usedPackages(cwd, dir));
  }
  const actionYml = readFileSync(join(cwd, 'actions', name, 'action.yml'), 'utf8');
  for (const sibling of siblingsIn(actionYml, actionNames(cwd))) {
    if (!seen.has(sibling)) for (const path of releasePaths(cwd, sibling, seen)) paths.add(path);
  }
  return [...paths].sort();
}
