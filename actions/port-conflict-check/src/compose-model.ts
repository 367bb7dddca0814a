import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '@flow-actions/kit';
import { envVariables, parseEnvFile } from './dotenv.ts';
import { interpolate, InterpolationError, type Variables } from './interpolate.ts';
import { parsePortItem } from './port-spec.ts';
import type { ScanContext } from './scan-context.ts';
import { isRecord, type YamlDocument } from '@flow-actions/kit/yaml';

/** A value with the file and line that declared it. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

/** The fields of a Compose service that decide which ports it holds. */
export interface ServiceModel {
  name: string;
  file: string;
  line: number;
  ports: Located<unknown>[];
  expose: Located<unknown>[];
  networkMode: string | undefined;
  profiles: string[];
  containerName: string | undefined;
}

export interface ComposeModel {
  name: string | undefined;
  services: Map<string, ServiceModel>;
}

const PORT_FIELDS = new Set(['ports', 'expose', 'network_mode']);

/** Interpolate every string of a document as Compose does; `${VAR:?err}` becomes an error at its line. */
function interpolateTree(
  context: ScanContext,
  document: YamlDocument<string>,
  variables: Variables,
): unknown {
  const warned = new Set<string>();
  // One path stack for the whole walk: copied only when a line has to be looked up.
  const path: (string | number)[] = [];
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!value.includes('$')) return value;
      try {
        const result = interpolate(value, variables);
        // Compose warns about every unset variable; only those that decide a port matter here.
        const decidesPorts = path[0] === 'services' && PORT_FIELDS.has(String(path[2]));
        for (const name of decidesPorts ? result.unset : []) {
          if (warned.has(name)) continue;
          warned.add(name);
          context.add({
            rule: 'unset-variable',
            severity: 'warning',
            message: `The ${name} variable is not set. Defaulting to a blank string (as Compose does).`,
            file: document.file,
            line: document.lineOf(path),
          });
        }
        return result.value;
      } catch (error) {
        if (!(error instanceof InterpolationError)) throw error;
        throw new UsageError(error.message, {
          location: { file: document.file, line: document.lineOf(path) },
        });
      }
    }
    const child = (key: string | number, item: unknown) => {
      path.push(key);
      const result = walk(item);
      path.pop();
      return result;
    };
    if (Array.isArray(value)) return value.map((item, index) => child(index, item));
    if (isRecord(value)) {
      const result: Record<string, unknown> = {};
      for (const key of Object.keys(value)) result[key] = child(key, value[key]);
      return result;
    }
    return value;
  };
  return walk(document.value);
}

function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function locatedItems(
  document: YamlDocument<string>,
  path: (string | number)[],
  value: unknown,
): Located<unknown>[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new UsageError(`${path.join('.')} must be a list`, {
      location: { file: document.file, line: document.lineOf(path) },
    });
  }
  return value.map((item, index) => ({
    value: item,
    file: document.file,
    line: document.lineOf([...path, index]),
  }));
}

function serviceModel(document: YamlDocument<string>, name: string, raw: unknown): ServiceModel {
  const line = document.lineOf(['services', name]);
  const service = raw ?? {};
  if (!isRecord(service))
    throw new UsageError(`service ${name} must be a map`, {
      location: { file: document.file, line },
    });
  return {
    name,
    file: document.file,
    line,
    ports: locatedItems(document, ['services', name, 'ports'], service.ports),
    expose: locatedItems(document, ['services', name, 'expose'], service.expose),
    networkMode: service.network_mode === undefined ? undefined : String(service.network_mode),
    profiles: stringList(service.profiles),
    containerName:
      service.container_name === undefined ? undefined : String(service.container_name),
  };
}

/**
 * Compose merges ports as unique resources keyed by (host_ip, published, target, protocol) of the
 * expanded form, so "8080:80" and `{target: 80, published: 8080}` are one port.
 */
function portKey(value: unknown): string {
  try {
    const port = parsePortItem(value);
    const published = port.published ? `${port.published.start}-${port.published.end}` : '';
    return `${port.hostIp}:${published}:${port.target.start}-${port.target.end}/${port.protocol}`;
  } catch {
    return JSON.stringify(value); // reported as an error at its line later
  }
}

/** Unique items of two lists, the first declaration kept: how Compose merges ports and expose. */
function mergeUnique(
  base: Located<unknown>[],
  override: Located<unknown>[],
  key: (value: unknown) => string,
): Located<unknown>[] {
  const seen = new Set(base.map((item) => key(item.value)));
  return [...base, ...override.filter((item) => !seen.has(key(item.value)))];
}

/** An override (a later file, or the service that extends) on top of a base service. */
export function mergeServices(base: ServiceModel, override: ServiceModel): ServiceModel {
  return {
    name: override.name,
    file: override.file,
    line: override.line,
    ports: mergeUnique(base.ports, override.ports, portKey),
    expose: mergeUnique(base.expose, override.expose, String),
    networkMode: override.networkMode ?? base.networkMode,
    profiles: override.profiles.length > 0 ? override.profiles : base.profiles,
    containerName: override.containerName ?? base.containerName,
  };
}

/** The variables of a `.env` file, or none when there is none. */
export function dotenvVariables(
  context: ScanContext,
  path: string,
  base: Variables = new Map(),
): Map<string, string> {
  if (!context.exists(path)) return new Map();
  return envVariables(parseEnvFile(context.readText(path), base));
}

interface LoadedFile {
  document: YamlDocument<string>;
  root: Record<string, unknown>;
  raw: Map<string, ServiceModel>;
}

/** Reads Compose files into models: interpolation, `include`, `extends`, and override merging. */
export class ComposeLoader {
  private readonly context: ScanContext;
  /** Each file is interpolated once per set of variables. */
  private readonly loaded = new WeakMap<Variables, Map<string, LoadedFile>>();

  constructor(context: ScanContext) {
    this.context = context;
  }

  private load(path: string, variables: Variables): LoadedFile {
    let cache = this.loaded.get(variables);
    if (!cache) this.loaded.set(variables, (cache = new Map()));
    let file = cache.get(path);
    if (!file) cache.set(path, (file = this.read(path, variables)));
    return file;
  }

  private read(path: string, variables: Variables): LoadedFile {
    const document = this.context.yamlFile(path);
    const value = interpolateTree(this.context, document, variables);
    if (value !== null && !isRecord(value)) {
      throw new UsageError('a Compose file must be a map at the top level', {
        location: { file: document.file, line: 1 },
      });
    }
    const root = value ?? {};
    const services = root.services ?? {};
    if (!isRecord(services)) {
      throw new UsageError('services must be a map', {
        location: { file: document.file, line: document.lineOf(['services']) },
      });
    }
    const raw = new Map(
      Object.entries(services).map(([name, service]) => [
        name,
        serviceModel(document, name, service),
      ]),
    );
    return { document, root, raw };
  }

  /** The service with its `extends` chain applied (same file or another file, cycles refused). */
  private resolveService(
    path: string,
    variables: Variables,
    name: string,
    stack: string[],
    from?: { file: string; line: number },
  ): ServiceModel {
    const key = `${path}#${name}`;
    const file = this.load(path, variables);
    const model = file.raw.get(name);
    if (!model) {
      throw new UsageError(
        `extends names service ${name}, which ${this.context.relative(path)} does not define`,
        { location: from ?? { file: file.document.file, line: 1 } },
      );
    }
    if (stack.includes(key)) {
      const chain = [...stack, key].map((entry) => entry.split('#')[1]).join(' → ');
      throw new UsageError(`circular extends: ${chain}`, { location: from });
    }
    const services = file.root.services as Record<string, Record<string, unknown> | null>;
    const extendsValue = services[name]?.extends;
    if (extendsValue === undefined) return model;
    const here = { file: model.file, line: file.document.lineOf(['services', name, 'extends']) };
    const target = typeof extendsValue === 'string' ? { service: extendsValue } : extendsValue;
    if (!isRecord(target) || typeof target.service !== 'string') {
      throw new UsageError('extends needs a service name', { location: here });
    }
    const basePath = typeof target.file === 'string' ? resolve(dirname(path), target.file) : path;
    if (!this.context.exists(basePath)) {
      throw new UsageError(`extends names ${String(target.file)}, which does not exist`, {
        location: here,
      });
    }
    const base = this.resolveService(basePath, variables, target.service, [...stack, key], here);
    return mergeServices(base, model);
  }

  /** One Compose file with its includes and extends resolved. */
  private loadFile(path: string, variables: Variables, stack: string[]): ComposeModel {
    const file = this.load(path, variables);
    const services = new Map<string, ServiceModel>();
    for (const [index, item] of ((file.root.include as unknown[] | undefined) ?? []).entries()) {
      const included = this.loadInclude(path, file.document, item, index, stack);
      for (const [name, service] of included.services) {
        if (file.raw.has(name) || services.has(name)) {
          throw new UsageError(
            `service ${name} is defined both here and in an included file (${service.file})`,
            {
              location: {
                file: file.document.file,
                line: file.document.lineOf(['include', index]),
              },
            },
          );
        }
        services.set(name, service);
      }
    }
    for (const name of file.raw.keys())
      services.set(name, this.resolveService(path, variables, name, []));
    return { name: typeof file.root.name === 'string' ? file.root.name : undefined, services };
  }

  private loadInclude(
    path: string,
    document: YamlDocument<string>,
    item: unknown,
    index: number,
    stack: string[],
  ): ComposeModel {
    const spec = typeof item === 'string' ? { path: item } : item;
    const location = { file: document.file, line: document.lineOf(['include', index]) };
    if (!isRecord(spec) || spec.path === undefined)
      throw new UsageError('an include needs a path', { location });
    const dir = dirname(path);
    const paths = stringList(spec.path).map((entry) => resolve(dir, entry));
    for (const included of paths) {
      if (!this.context.exists(included))
        throw new UsageError(`included file ${this.context.relative(included)} does not exist`, {
          location,
        });
      if (stack.includes(included))
        throw new UsageError(`circular include of ${this.context.relative(included)}`, {
          location,
        });
    }
    const projectDir =
      typeof spec.project_directory === 'string'
        ? resolve(dir, spec.project_directory)
        : dirname(paths[0]!);
    const envFiles =
      spec.env_file === undefined
        ? [join(projectDir, '.env')]
        : stringList(spec.env_file).map((f) => resolve(dir, f));
    let variables = new Map<string, string>();
    for (const envFile of envFiles)
      variables = new Map([...variables, ...dotenvVariables(this.context, envFile, variables)]);
    return this.loadFiles(paths, variables, [...stack, path]);
  }

  /** Several files merged in order, each later file overriding the earlier ones. */
  loadFiles(paths: readonly string[], variables: Variables, stack: string[] = []): ComposeModel {
    const merged: ComposeModel = { name: undefined, services: new Map() };
    for (const path of paths) {
      const model = this.loadFile(path, variables, [...stack, path]);
      merged.name = model.name ?? merged.name;
      for (const [name, service] of model.services) {
        const base = merged.services.get(name);
        merged.services.set(name, base ? mergeServices(base, service) : service);
      }
    }
    return merged;
  }

  /** The files a Compose file pulls in through `include` or `extends.file`: they are not projects of their own. */
  referencedFiles(path: string): string[] {
    const root = this.context.yamlFile(path).value;
    if (!isRecord(root)) return [];
    const dir = dirname(path);
    const includes = ((Array.isArray(root.include) ? root.include : []) as unknown[]).flatMap(
      (item) =>
        stringList(typeof item === 'string' ? item : isRecord(item) ? item.path : undefined),
    );
    const extended = Object.values(isRecord(root.services) ? root.services : {}).flatMap(
      (service) =>
        isRecord(service) && isRecord(service.extends) && typeof service.extends.file === 'string'
          ? [service.extends.file]
          : [],
    );
    return [...includes, ...extended]
      .filter((entry) => !entry.includes('$'))
      .map((entry) => resolve(dir, entry));
  }
}

/** Compose's default project name: the directory's name, lower case, letters, digits, `-` and `_` only. */
export function defaultProjectName(dir: string): string {
  return (
    basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, '') || 'default'
  );
}
