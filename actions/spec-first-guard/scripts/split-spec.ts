/**
 * node actions/spec-first-guard/scripts/split-spec.ts <bundled spec> <out folder>
 *
 * No multi-file OpenAPI description with operation-level `$ref`s is published on npm (the ones
 * found ship bundled), so the multi-file case is made from a real bundled one, laid out the way
 * DigitalOcean's public description is: the root's `paths` hold only `{ $ref }`s to one file per
 * operation (`resources/<path>/<method>.yml`), and the components that operations use
 * (schemas, parameters, responses, request bodies, examples, headers) each sit in a file of their
 * own under `shared/`, reached by relative references. Security schemes stay in the root.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parse, stringify } from 'yaml';

const MOVED = ['schemas', 'parameters', 'responses', 'requestBodies', 'examples', 'headers'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = unknown;

const decode = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || '_';

/** The file a moved component is written to, relative to the output folder. */
function componentFile(kind: string, name: string, names: Map<string, string>): string {
  const key = `${kind}/${name}`;
  let file = names.get(key);
  if (!file) {
    file = `shared/${kind}/${safe(name)}.yml`;
    for (let n = 2; [...names.values()].includes(file); n++)
      file = `shared/${kind}/${safe(name)}-${n}.yml`;
    names.set(key, file);
  }
  return file;
}

/** `value` with each local `$ref` rewritten as a reference relative to `from` (a file). */
function relink(value: Json, from: string, names: Map<string, string>): Json {
  if (Array.isArray(value)) return value.map((item) => relink(item, from, names));
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && child.startsWith('#/')) {
      const parts = child.slice(2).split('/');
      const relativeTo = (file: string) => posix.relative(posix.dirname(from), file) || file;
      if (parts[0] === 'components' && MOVED.includes(parts[1]!) && parts[2] !== undefined) {
        const file = componentFile(parts[1]!, decode(parts[2]), names);
        const rest = parts.slice(3);
        result[key] = `${relativeTo(file)}${rest.length ? `#/${rest.join('/')}` : ''}`;
      } else
        result[key] = from === 'openapi.yaml' ? child : `${relativeTo('openapi.yaml')}${child}`;
    } else result[key] = relink(child, from, names);
  }
  return result;
}

function write(folder: string, file: string, value: Json): void {
  mkdirSync(dirname(join(folder, file)), { recursive: true });
  writeFileSync(
    join(folder, file),
    stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 }),
  );
}

/** Split a bundled OpenAPI 3 document into `folder`; returns the number of files written. */
export function splitSpec(bundled: string, folder: string): number {
  const text = readFileSync(bundled, 'utf8');
  const spec = (bundled.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, Json>;
  const names = new Map<string, string>();
  const components = (spec.components ?? {}) as Record<string, Record<string, Json>>;
  for (const kind of MOVED)
    for (const name of Object.keys(components[kind] ?? {})) componentFile(kind, name, names);
  const written = new Set<string>();
  const paths: Record<string, Json> = {};
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    const entry: Record<string, Json> = {};
    for (const [key, value] of Object.entries(item as Record<string, Json>)) {
      if (!METHODS.includes(key)) {
        entry[key] = relink(value, 'openapi.yaml', names);
        continue;
      }
      let file = `resources/${safe(path)}/${key}.yml`;
      for (let n = 2; written.has(file); n++) file = `resources/${safe(path)}-${n}/${key}.yml`;
      written.add(file);
      write(folder, file, relink(value, file, names));
      entry[key] = { $ref: file };
    }
    paths[path] = entry;
  }
  for (const kind of MOVED) {
    for (const [name, value] of Object.entries(components[kind] ?? {})) {
      const file = componentFile(kind, name, names);
      write(folder, file, relink(value, file, names));
      written.add(file);
    }
  }
  const rest = Object.fromEntries(
    Object.entries(components).filter(([kind]) => !MOVED.includes(kind)),
  );
  const root = { ...spec, paths, components: rest };
  write(folder, 'openapi.yaml', relink(root, 'openapi.yaml', names));
  return written.size + 1;
}

if (process.argv[1] === import.meta.filename) {
  const [bundled, folder] = process.argv.slice(2);
  if (!bundled || !folder) throw new Error('usage: split-spec.ts <bundled spec> <out folder>');
  console.log(`${splitSpec(bundled, folder)} files written to ${folder}`);
}
