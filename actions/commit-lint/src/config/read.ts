import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '@flow-actions/kit';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A configuration as written, with a way to find the line of a key in data files. */
export interface ConfigSource {
  file: string;
  config: Record<string, unknown>;
  /** The 1-based line of a key path (data files only). */
  lineOf: (path: (string | number)[]) => number | undefined;
}

function dataSource(file: string, text: string, key?: string): ConfigSource {
  const counter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    throw new UsageError(`cannot parse ${basename(file)}: ${error.message.split('\n')[0]}`, {
      input: 'config',
      location: { file, line },
    });
  }
  const prefix = key ? [key] : [];
  const data = document.toJS() as Record<string, unknown> | null;
  const config = (key ? data?.[key] : data) ?? {};
  if (typeof config !== 'object' || Array.isArray(config)) {
    throw new UsageError(`the commitlint configuration in ${basename(file)} must be an object`, {
      input: 'config',
      location: { file },
    });
  }
  return {
    file,
    config: config as Record<string, unknown>,
    lineOf: (path) => {
      const node = document.getIn([...prefix, ...path], true) as
        { range?: [number, number] } | undefined;
      const pair = path.length
        ? (document.getIn([...prefix, ...path.slice(0, -1)], true) as unknown)
        : undefined;
      let offset = node && typeof node === 'object' && node.range ? node.range[0] : undefined;
      if (isMap(pair)) {
        const item = pair.items.find(
          (entry) => isScalar(entry.key) && entry.key.value === path.at(-1),
        );
        if (item && isScalar(item.key) && item.key.range) offset = item.key.range[0];
      }
      return offset === undefined ? undefined : counter.linePos(offset).line;
    },
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
