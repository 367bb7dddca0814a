import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata, type ActionMetadata } from '@flow-actions/kit';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface ActionSource {
  name: string;
  dir: string;
  metadata: ActionMetadata;
}

/** Every actions/<name>/ with an action.yml, sorted by name. */
export function listActions(): ActionSource[] {
  const actionsDir = join(repoRoot, 'actions');
  return readdirSync(actionsDir)
    .filter((name) => existsSync(join(actionsDir, name, 'action.yml')))
    .sort()
    .map((name) => {
      const dir = join(actionsDir, name);
      return { name, dir, metadata: readActionMetadata(join(dir, 'action.yml')) };
    });
}
