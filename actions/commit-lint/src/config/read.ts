import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '@flow-actions/kit';
import { parseYaml } from '@flow-actions/kit/yaml';

/** A configuration as written, with a way to find the line of a key in data files. */
export interface ConfigSource {
  file: string;
  config: Record<string, unknown>;
  /** The 1-based line of a key path (data files only). */
  lineOf: (path: (string | number)[]) => number | undefined;
}

function dataSource(file: string, text: string, key?: string): ConfigSource {
  const { value, lineOf } = parseYaml(text, { file, input: 'config', mergeKeys: true });
  const data = value as Record<string, unknown> | null;
  const config = (key ? data?.[key] : data) ?? {};
  if (typeof config !== 'object' || Array.isArray(config)) {
    throw new UsageError(`the commitlint configuration in ${basename(file)} must be an object`, {
      input: 'config',
      location: { file },
    });
  }
  const prefix = key ? [key] : [];
  return {
    file,
    config: config as Record<string, unknown>,
    lineOf: (path) => lineOf([...prefix, ...path]),
  };
}

/** Read a configuration file: JSON or YAML data, package.json's key, or a JS/TS module's default export. */
export async function readConfigFile(file: string): Promise<ConfigSource> {
  const name = basename(file);
  if (name === 'package.json' || ['', '.json', '.yaml', '.yml'].includes(extname(name))) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`, { input: 'config' });
    }
    return dataSource(file, text, name === 'package.json' ? 'commitlint' : undefined);
  }
  let module: { default?: unknown };
  try {
    // Node 24 imports .ts natively; webpackIgnore keeps the bundler from resolving the user's file.
    module = (await import(/* webpackIgnore: true */ pathToFileURL(file).href)) as {
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
