import { basename, dirname, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, Workspace } from '@flow-actions/kit';
import { parseYaml } from '@flow-actions/kit/yaml';
import { parsePackageJson } from './discover.ts';

/** A configuration is a few kilobytes; a megabyte is no configuration. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A configuration as written, with a way to find the line of a key in data files. */
export interface ConfigSource {
  file: string;
  config: Record<string, unknown>;
  /** The 1-based line of a key path (data files only). */
  lineOf: (path: (string | number)[]) => number | undefined;
}

function dataSource(file: string, text: string, key?: string): ConfigSource {
  if (basename(file) === 'package.json') parsePackageJson(text, file);
  const { value, lineOf } = parseYaml(text, { file, input: 'config', mergeKeys: true });
  const data = value as Record<string, unknown> | null;
  // An empty .commitlintrc is no configuration at all: the check for rules below reports it.
  const config = key ? data?.[key] : (data ?? {});
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    const what = key ? `the ${key} key of ${basename(file)}` : basename(file);
    throw new UsageError(
      `${what} must be a commitlint configuration object, got ${config === null ? 'null' : Array.isArray(config) ? 'an array' : typeof config}`,
      { input: 'config', location: { file, line: key ? lineOf([key]) : 1 } },
    );
  }
  const prefix = key ? [key] : [];
  return {
    file,
    config: config as Record<string, unknown>,
    lineOf: (path) => lineOf([...prefix, ...path]),
  };
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
    return dataSource(file, text, manifest ? 'commitlint' : undefined);
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
  return { file, config: config as Record<string, unknown>, lineOf: () => undefined };
}
