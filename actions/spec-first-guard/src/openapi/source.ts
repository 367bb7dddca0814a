import { UsageError } from '@flow-actions/kit';
import { isRecord, parseYaml, type YamlPath } from '@flow-actions/kit/yaml';
import { lineIndex } from '../lines.ts';
import { CORE_SCHEMA, load } from 'js-yaml';
import { JsonLocator } from './json-locator.ts';
import { YamlLocator } from './yaml-locator.ts';

/** A path into a document: object keys and array indexes. */
export type Pointer = YamlPath;

/** A parsed spec file that can say which line any part of it is on. */
export interface SourceDocument {
  file: string;
  value: unknown;
  lineAt(pointer: Pointer): number;
  /** Every `$ref` string in the document, with the line of each, found on demand. */
  refs(): RefSite[];
}

export interface RefSite {
  ref: string;
  line: () => number;
}

/** A spec that cannot be parsed; the message is prefixed with file:line where it is reported. */
function syntaxError(file: string, line: number | undefined, message: string): UsageError {
  return new UsageError(message, {
    input: 'spec-paths',
    location: { file, ...(line ? { line } : {}) },
  });
}

function parseJson(file: string, text: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineIndex(text)(Number(position[1])) : undefined;
    throw syntaxError(file, line, `invalid JSON: ${message}`);
  }
  const locator = new JsonLocator(text);
  let lines: ((offset: number) => number) | undefined;
  return {
    file,
    value,
    lineAt: (pointer) => locator.lineAt(pointer),
    refs: () => textRefs(text, () => (lines ??= lineIndex(text))),
  };
}

/** True when an object is reached twice: a YAML alias, which js-yaml shares rather than copies. */
function hasSharedNodes(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return false;
}

/**
 * The value of a YAML spec read by js-yaml, several times faster than a document model with
 * positions; undefined when the text needs the full parser: aliases (it bounds what they expand
 * to), or anything js-yaml refuses (it then gives the error at its line).
 */
function fastYaml(text: string): unknown {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return value === undefined || value === null || hasSharedNodes(value) ? undefined : value;
}

function parseYamlSpec(file: string, text: string): SourceDocument {
  const exact = () => parseYaml(text, { file, input: 'spec-paths' });
  const value = fastYaml(text);
  if (value === undefined) {
    const { value: parsed, lineOf } = exact();
    return { file, value: parsed, lineAt: lineOf, refs: () => treeRefs(parsed, lineOf) };
  }
  // Lines from the text's indentation; the full parser only for what that cannot tell.
  const locator = new YamlLocator(text);
  let full: ReturnType<typeof exact> | undefined;
  const lineAt = (pointer: Pointer) =>
    locator.lineAt(pointer) ?? (full ??= exact()).lineOf(pointer);
  return { file, value, lineAt, refs: () => treeRefs(value, lineAt) };
}

/** Parse a spec file by its extension; a syntax error is a UsageError at its line. */
export function parseSource(file: string, text: string): SourceDocument {
  if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`; // a BOM: keep offsets, drop the mark
  return /\.json$/i.test(file) ? parseJson(file, text) : parseYamlSpec(file, text);
}

/** YAML or JSON by name: may be an OpenAPI document (`isOpenApiDocument` tells once parsed). */
export function isOpenApiCandidate(file: string): boolean {
  return /\.(ya?ml|json)$/i.test(file);
}

/** A top-level `openapi` string: an OpenAPI 3 document to lint. */
export function isOpenApiDocument(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { openapi?: unknown }).openapi === 'string'
  );
}

/** A top-level `swagger` version (2.0): a document this action does not lint. */
export function swaggerVersion(value: unknown): string | undefined {
  const version = isRecord(value) ? value.swagger : undefined;
  return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}

/** Calls `visit` with every `$ref` string in a value and the (live, reused) path to its object. */
function forEachRef(value: unknown, visit: (ref: string, pointer: Pointer) => void): void {
  const path: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (typeof item !== 'object' || item === null) continue;
        path.push(index);
        walk(item);
        path.pop();
      }
    } else if (isRecord(node)) {
      for (const key in node) {
        const child = node[key];
        if (key === '$ref' && typeof child === 'string') visit(child, path);
        else if (typeof child === 'object' && child !== null) {
          path.push(key);
          walk(child);
          path.pop();
        }
      }
    }
  };
  walk(value);
}

/** `$ref`s of a parsed tree, located through the pointer to each. */
function treeRefs(value: unknown, lineAt: (pointer: Pointer) => number): RefSite[] {
  const sites: RefSite[] = [];
  forEachRef(value, (ref, pointer) => {
    const path = [...pointer, '$ref'];
    sites.push({ ref, line: () => lineAt(path) });
  });
  return sites;
}

/**
 * `$ref`s of JSON text, found with indexOf instead of a walk over a large tree. A `"$ref"`
 * inside a string has its quotes escaped (`\"$ref\"`), and a `"$ref"` string that is not a key
 * has no colon after it: neither is taken.
 */
function textRefs(text: string, lineOf: () => (offset: number) => number): RefSite[] {
  const sites: RefSite[] = [];
  const value = /\s*:\s*("(?:[^"\\]|\\.)*")/y;
  for (let at = text.indexOf('"$ref"'); at !== -1; at = text.indexOf('"$ref"', at + 6)) {
    if (text.charCodeAt(at - 1) === 92) continue; // a backslash: inside a string
    value.lastIndex = at + 6;
    const match = value.exec(text);
    if (!match) continue;
    const offset = at;
    const raw = match[1]!;
    const ref = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    sites.push({ ref, line: () => lineOf()(offset) });
  }
  return sites;
}
