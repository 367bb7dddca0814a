import { basename } from 'node:path';
import { UsageError, Workspace } from '@flow-actions/kit';

/** Where commitlint 21 looks for its configuration (cosmiconfig's search places), in its order. */
export const CONFIG_FILES = [
  'package.json',
  'package.yaml',
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
  '.commitlintrc.cts',
  '.commitlintrc.mts',
  'commitlint.config.ts',
  'commitlint.config.cts',
  'commitlint.config.mts',
];

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Parse a JSON file strictly, as cosmiconfig does: a malformed one fails as it fails commitlint
 * (package.json is read before any other file), naming the line.
 */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? lineAt(text, text.length) : lineAt(text, +position);
    throw new UsageError(
      `${basename(file)} is not valid JSON: ${message.replace(/\s*\(line.*$/, '')}`,
      {
        input: 'config',
        location: { file, line },
      },
    );
  }
}

/** Whether a manifest (package.json or package.yaml) holds a `commitlint` key. */
async function hasCommitlintKey(ws: Workspace, name: string): Promise<boolean> {
  const text = ws.readTextSync(name, { input: 'config' });
  const data = name.endsWith('.json')
    ? parseJsonFile(text, name)
    : (await import('@flow-actions/kit/yaml')).parseYaml(text, { file: name, input: 'config' })
        .value;
  return typeof data === 'object' && data !== null && 'commitlint' in data;
}

/**
 * The configuration file of the workspace root, as its real path: a manifest with a `commitlint`
 * key, or a commitlint file. A file that is a link out of the workspace is an error, not read.
 */
export async function discoverConfig(root: string | Workspace): Promise<string | undefined> {
  const ws = typeof root === 'string' ? new Workspace(root) : root;
  for (const name of CONFIG_FILES) {
    if (!ws.existsSync(name, { input: 'config' })) continue;
    if (name.startsWith('package.') && !(await hasCommitlintKey(ws, name))) continue;
    return ws.resolve(name, { input: 'config' }).real;
  }
  return undefined;
}
