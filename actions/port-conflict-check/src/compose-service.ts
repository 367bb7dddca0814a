/** One Compose file's services as far as ports go: interpolated, modelled, merged. */
import { basename } from 'node:path';
import { UsageError, type Location } from '@flow-actions/kit';
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
export function interpolateTree(
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

export function stringList(value: unknown): string[] {
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

export function serviceModel(
  document: YamlDocument<string>,
  name: string,
  raw: unknown,
): ServiceModel {
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
    const host = port.published ?? port.pickFrom;
    const published = host ? `${host.start}-${host.end}` : '';
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
  from?: Location,
): Map<string, string> {
  if (!context.exists(path)) return new Map();
  return envVariables(parseEnvFile(context.readText(path, from), base));
}

/** Compose's default project name: the directory's name, lower case, letters, digits, `-` and `_` only. */
export function defaultProjectName(dir: string): string {
  return (
    basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, '') || 'default'
  );
}
