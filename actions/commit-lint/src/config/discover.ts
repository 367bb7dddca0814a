import { UsageError, Workspace } from '@flow-actions/kit';
import { parseYaml } from '@flow-actions/kit/yaml';

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
 * Parse package.json as JSON, strictly: a malformed one fails as it fails commitlint (cosmiconfig
 * reads it before any other file), naming the line.
 */
export function parsePackageJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? lineAt(text, text.length) : lineAt(text, +position);
    throw new UsageError(`package.json is not valid JSON: ${message.replace(/\s*\(line.*$/, '')}`, {
      input: 'config',
      location: { file, line },
    });
  }
}

/** Whether a manifest (package.json or package.yaml) holds a `commitlint` key. */
function hasCommitlintKey(ws: Workspace, name: string): boolean {
  const text = ws.readTextSync(name, { input: 'config' });
  const data = name.endsWith('.json')
    ? parsePackageJson(text, name)
    : parseYaml(text, { file: name, input: 'config' }).value;
  return typeof data === 'object' && data !== null && 'commitlint' in data;
}

/**
 * The configuration file of the workspace root, as its real path: a manifest with a `commitlint`
 * key, or a commitlint file. A file that is a link out of the workspace is an error, not read.
 */
export function discoverConfig(root: string | Workspace): string | undefined {
  const ws = typeof root === 'string' ? new Workspace(root) : root;
  const name = CONFIG_FILES.find(
    (candidate) =>
      ws.existsSync(candidate, { input: 'config' }) &&
      (!candidate.startsWith('package.') || hasCommitlintKey(ws, candidate)),
  );
  return name && ws.resolve(name, { input: 'config' }).real;
}
