import { isRecord } from '@flow-actions/kit/yaml';

/** Where a value is written: a file and a JSON Pointer into it, kept as links until asked for. */
export interface Place {
  file: string;
  parent?: Place;
  key?: string | number;
}

/** A value of a spec, the file its relative `$ref`s resolve against, and where it is written. */
export interface SpecNode {
  value: unknown;
  file: string;
  place: Place;
}

/**
 * The resolved document model the comparison reads: the root document and a way to follow a
 * `$ref` (local or relative file) from a value in a file. The `DocumentSet` of the linter is one.
 */
export interface ResolvedSpec {
  root: { file: string; value: unknown };
  deref(
    value: unknown,
    file: string,
  ): { value: unknown; file: string; pointer?: readonly (string | number)[] };
}

export function pointerOf(place: Place): (string | number)[] {
  const pointer: (string | number)[] = [];
  for (let at: Place | undefined = place; at?.key !== undefined; at = at.parent)
    pointer.push(at.key);
  return pointer.reverse();
}

export function rootNode(spec: ResolvedSpec): SpecNode {
  return { value: spec.root.value, file: spec.root.file, place: { file: spec.root.file } };
}

export function child(node: SpecNode, key: string | number): SpecNode {
  const container = node.value as Record<string | number, unknown> | undefined;
  const value =
    isRecord(container) || Array.isArray(container) ? container[key as string] : undefined;
  return { value, file: node.file, place: { file: node.place.file, parent: node.place, key } };
}

/** The node a `$ref` points to (itself when it is not one); its place is the target's pointer. */
export function resolve(spec: ResolvedSpec, node: SpecNode): SpecNode {
  if (!isRecord(node.value) || typeof node.value.$ref !== 'string') return node;
  const target = spec.deref(node.value, node.file);
  let place: Place = { file: target.file };
  for (const key of target.pointer ?? []) place = { file: target.file, parent: place, key };
  return { value: target.value, file: target.file, place };
}

/** The members of an object node, resolved. */
export function entries(spec: ResolvedSpec, node: SpecNode): [string, SpecNode][] {
  if (!isRecord(node.value)) return [];
  return Object.keys(node.value).map((key) => [key, resolve(spec, child(node, key))]);
}
