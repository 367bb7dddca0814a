/** Compose files read into projects: `include`, `extends` and override files resolved. */
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '@flow-actions/kit';
import { isRecord, type YamlDocument } from '@flow-actions/kit/yaml';
import {
  dotenvVariables,
  interpolateTree,
  mergeServices,
  serviceModel,
  stringList,
  type ComposeModel,
  type ServiceModel,
} from './compose-service.ts';
import type { Variables } from './interpolate.ts';
import type { ScanContext } from './scan-context.ts';

/** The top-level keys of the Compose specification; `x-` extensions aside, Compose v2 refuses others. */
const TOP_LEVEL_KEYS = new Set([
  'version',
  'name',
  'include',
  'services',
  'networks',
  'volumes',
  'secrets',
  'configs',
  'models',
]);

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
    const root = interpolateTree(this.context, document, variables);
    // Compose refuses an empty file too ("empty compose file"): a gate must not pass on nothing.
    if (root === null)
      throw new UsageError('the compose file is empty', {
        location: { file: document.file, line: 1 },
      });
    if (!isRecord(root)) {
      throw new UsageError('a Compose file must be a map at the top level', {
        location: { file: document.file, line: 1 },
      });
    }
    if (root.services === undefined) this.legacyFormat(document, root);
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

  /**
   * The version 1 format (services at the top level, no `services:`), which Compose v2 refuses:
   * said once per file, and its ports are not checked.
   */
  private legacyFormat(document: YamlDocument<string>, root: Record<string, unknown>): void {
    const services = Object.keys(root).filter(
      (key) => !TOP_LEVEL_KEYS.has(key) && !key.startsWith('x-') && isRecord(root[key]),
    );
    if (services.length === 0) return;
    this.context.add({
      rule: 'compose-v1-format',
      severity: 'warning',
      message: `the Compose file format version 1 (${services.slice(0, 3).join(', ')}${services.length > 3 ? ', …' : ''} at the top level), which Compose v2 refuses: their ports are not checked until they move under services:`,
      file: document.file,
      line: document.lineOf([services[0]!]),
    });
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
    if (basePath !== path) this.context.yamlFile(basePath, here);
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
      if (stack.includes(included))
        throw new UsageError(`circular include of ${this.context.relative(included)}`, {
          location,
        });
      this.context.yamlFile(included, location);
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
      variables = new Map([
        ...variables,
        ...dotenvVariables(this.context, envFile, variables, location),
      ]);
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
    let root: unknown;
    try {
      root = this.context.yamlFile(path).value;
    } catch (error) {
      if (error instanceof UsageError) return []; // reported when the file is read as a project
      throw error;
    }
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
