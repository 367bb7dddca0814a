import { basename, dirname, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, Workspace } from '@flow-actions/kit';
import { parseJsonFile } from './discover.ts';

/** A configuration is a few kilobytes; a megabyte is no configuration. */
const MAX_CONFIG_BYTES = 1024 * 1024;

type KeyPath = (string | number)[];

/** A configuration as written; its errors name the file and, in data files, the key's line. */
export interface ConfigSource {
  file: string;
  config: Record<string, unknown>;
  /** An error at a key of the file (`config` input). */
  error: (message: string, path: KeyPath) => UsageError;
}

/**
 * An error at a key of a JSON file, whose line is found when the error is reported (withLine):
 * JSON.parse reads the file, as cosmiconfig does, and keeps no positions; the YAML parser that
 * finds them is loaded only then.
 */
class JsonKeyError extends UsageError {
  readonly findLine: () => Promise<number | undefined>;
  constructor(message: string, file: string, findLine: () => Promise<number | undefined>) {
    super(message, { input: 'config', location: { file } });
    this.findLine = findLine;
  }
}

/** An error as it is reported: a JSON key error with its line found. */
export async function withLine(error: unknown): Promise<unknown> {
  if (!(error instanceof JsonKeyError)) return error;
  return new UsageError(error.message, {
    input: 'config',
    location: { ...error.location, line: await error.findLine() },
  });
}

/** The line of a key of a JSON text: JSON is YAML, and the YAML reader keeps positions. */
async function jsonLineOf(text: string, file: string, path: KeyPath): Promise<number | undefined> {
  const { parseYaml } = await import('@flow-actions/kit/yaml');
  try {
    return parseYaml(text, { file, input: 'config', mergeKeys: true }).lineOf(path);
  } catch {
    return undefined; // JSON the YAML reader refuses (a duplicate key): the error keeps its file
  }
}

/** JSON as commitlint reads it (strictly, the last of duplicate keys wins); YAML with merge keys. */
async function parseData(file: string, text: string) {
  if (extname(file) === '.json') {
    const value = parseJsonFile(text, file);
    return { value, lineOf: undefined };
  }
  const { parseYaml } = await import('@flow-actions/kit/yaml');
  return parseYaml(text, { file, input: 'config', mergeKeys: true });
}

async function dataSource(file: string, text: string, key?: string): Promise<ConfigSource> {
  const { value, lineOf } = await parseData(file, text);
  const prefix = key ? [key] : [];
  const error = (message: string, path: KeyPath) =>
    lineOf
      ? new UsageError(message, {
          input: 'config',
          location: { file, line: lineOf([...prefix, ...path]) },
        })
      : new JsonKeyError(message, file, () => jsonLineOf(text, file, [...prefix, ...path]));
  const data = value as Record<string, unknown> | null;
  // An empty .commitlintrc is no configuration at all: the check for rules below reports it.
  const config = key ? data?.[key] : (data ?? {});
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    const what = key ? `the ${key} key of ${basename(file)}` : basename(file);
    const message = `${what} must be a commitlint configuration object, got ${config === null ? 'null' : Array.isArray(config) ? 'an array' : typeof config}`;
    if (key) throw error(message, []);
    throw new UsageError(message, { input: 'config', location: { file, line: 1 } });
  }
  return { file, config: config as Record<string, unknown>, error };
}

/**
 * Read a configuration file: JSON or YAML data, package.json's key, or a JS/TS module's default
 * export. A module is code: with `refuseCode` it is not run, and the error says why.
 */
export async function readConfigFile(
  ws: Workspace,
  file: string,
  refuseCode?: string,
): Promise<ConfigSource> {
  const name = basename(file);
  // An installed package (extends: a name) is read within its own folder, wherever npm put it.
  const within = /[\\/]node_modules[\\/]/.test(file) ? new Workspace(dirname(file)) : ws;
  const path = within.resolve(file, { input: 'config' }).real ?? file;
  const manifest = name === 'package.json' || name === 'package.yaml';
  if (manifest || ['', '.json', '.yaml', '.yml'].includes(extname(name))) {
    const text = within.readTextSync(path, { input: 'config', maxBytes: MAX_CONFIG_BYTES });
    return await dataSource(file, text, manifest ? 'commitlint' : undefined);
  }
  if (refuseCode) throw new UsageError(refuseCode, { input: 'config', location: { file } });
  let module: { default?: unknown };
  try {
    // Node 24 imports .ts natively; webpackIgnore keeps the bundler from resolving the user's file.
    module = (await import(/* webpackIgnore: true */ pathToFileURL(path).href)) as {
      default?: unknown;
    };
  } catch (error) {
    throw new UsageError(`cannot load ${name}: ${(error as Error).message}`, {
      input: 'config',
      location: { file },
    });
  }
  let config: unknown = module.default ?? module;
  if (typeof config === 'function') config = await (config as () => unknown)();
  if (!config || typeof config !== 'object') {
    throw new UsageError(`${name} must export a commitlint configuration object`, {
      input: 'config',
      location: { file },
    });
  }
  return {
    file,
    config: config as Record<string, unknown>,
    error: (message) => new UsageError(message, { input: 'config', location: { file } }),
  };
}
