import { isRecord } from '@flow-actions/kit/yaml';
import { child, entries, resolve, type Place, type ResolvedSpec, type SpecNode } from './nodes.ts';

/** A schema as the comparison sees it: `allOf` members merged, `$ref`s followed. */
export interface SchemaView {
  /** Declared types without `null` (nullability is not compared); undefined when none is. */
  types: Set<string> | undefined;
  format: string | undefined;
  enum: unknown[] | undefined;
  properties: Map<string, SpecNode>;
  required: Set<string>;
  items: SpecNode | undefined;
  readOnly: boolean;
  writeOnly: boolean;
  place: Place;
}

const MAX_ALL_OF_DEPTH = 16;

function typesOf(value: Record<string, unknown>): string[] {
  const type = value.type;
  const list = Array.isArray(type) ? type : typeof type === 'string' ? [type] : [];
  return list.filter((item): item is string => typeof item === 'string' && item !== 'null');
}

function merge(spec: ResolvedSpec, node: SpecNode, view: SchemaView, depth: number): void {
  const value = node.value;
  if (!isRecord(value)) return;
  const types = typesOf(value);
  if (types.length && !view.types) view.types = new Set(types);
  if (typeof value.format === 'string') view.format ??= value.format;
  if (Array.isArray(value.enum)) view.enum ??= value.enum;
  if (value.readOnly === true) view.readOnly = true;
  if (value.writeOnly === true) view.writeOnly = true;
  if (Array.isArray(value.required)) {
    for (const name of value.required) if (typeof name === 'string') view.required.add(name);
  }
  for (const [name, property] of entries(spec, child(node, 'properties'))) {
    if (!view.properties.has(name)) view.properties.set(name, property);
  }
  if (value.items !== undefined && !view.items) view.items = resolve(spec, child(node, 'items'));
  if (Array.isArray(value.allOf) && depth < MAX_ALL_OF_DEPTH) {
    const members = child(node, 'allOf');
    for (let index = 0; index < value.allOf.length; index++) {
      merge(spec, resolve(spec, child(members, index)), view, depth + 1);
    }
  }
}

/** The view of a resolved schema node. */
export function viewOf(spec: ResolvedSpec, node: SpecNode): SchemaView {
  const view: SchemaView = {
    types: undefined,
    format: undefined,
    enum: undefined,
    properties: new Map(),
    required: new Set(),
    items: undefined,
    readOnly: false,
    writeOnly: false,
    place: node.place,
  };
  merge(spec, node, view, 0);
  return view;
}
