import { readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';

export interface SourceGlobs {
  compose: string[];
  dockerfile: string[];
  env: string[];
  kubernetes: string[];
  exclude: string[];
}

/** Workspace-relative paths of the files each scanner reads; a file goes to the first kind that matches. */
export interface SourceFiles {
  compose: string[];
  dockerfile: string[];
  env: string[];
  kubernetes: string[];
}

const KINDS = ['compose', 'dockerfile', 'env', 'kubernetes'] as const;

function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => matchesGlob(path, glob));
}

/** Walk the workspace (never into .git, nor into excluded directories) and sort files by kind. */
export function discoverSources(workspace: string, globs: SourceGlobs): SourceFiles {
  const found: SourceFiles = { compose: [], dockerfile: [], env: [], kubernetes: [] };
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // A directory is pruned when an exclude glob matches everything below it.
        if (entry.name !== '.git' && !matchesAny(`${path}/-`, globs.exclude))
          visit(join(dir, entry.name), path);
      } else if (entry.isFile() && !matchesAny(path, globs.exclude)) {
        const kind = KINDS.find((candidate) => matchesAny(path, globs[candidate]));
        if (kind) found[kind].push(path);
      }
    }
  };
  visit(workspace, '');
  return found;
}
