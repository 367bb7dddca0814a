import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where commitlint looks for its configuration, in its order (after package.json's `commitlint` key). */
export const CONFIG_FILES = [
  '.commitlintrc',
  '.commitlintrc.json',
  '.commitlintrc.yaml',
  '.commitlintrc.yml',
  '.commitlintrc.js',
  '.commitlintrc.cjs',
  '.commitlintrc.mjs',
  'commitlint.config.js',
  'commitlint.config.cjs',
  'commitlint.config.mjs',
  '.commitlintrc.ts',
  'commitlint.config.ts',
];

/** The configuration file of a directory: package.json with a `commitlint` key, or a commitlint file. */
export function discoverConfig(dir: string): string | undefined {
  const packageJson = join(dir, 'package.json');
  if (existsSync(packageJson)) {
    try {
      if (
        (JSON.parse(readFileSync(packageJson, 'utf8')) as { commitlint?: unknown }).commitlint !==
        undefined
      )
        return packageJson;
    } catch {
      // a package.json that is not JSON holds no configuration; the project's tools report it
    }
  }
  return CONFIG_FILES.map((name) => join(dir, name)).find((path) => existsSync(path));
}
