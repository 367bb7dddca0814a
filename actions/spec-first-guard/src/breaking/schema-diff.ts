import type { Place, ResolvedSpec, SpecNode } from './nodes.ts';
import { viewOf, type SchemaView } from './schema-view.ts';

/** Which way data flows: clients send requests, and read responses. */
export type Direction = 'request' | 'response';

/** A breaking difference inside a schema, before it is named for where the schema is used. */
export interface SchemaChange {
  kind: 'removed' | 'optional' | 'type' | 'enum' | 'new-required' | 'made-required';
  /** Property names from the schema's root, `[]` for array items. */
  path: string[];
  detail: string;
  place: Place;
}

const MAX_DEPTH = 48;

/** `number` accepts every `integer`. */
function accepts(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type) || (type === 'integer' && types.has('number'));
}

/** int64 and double say no more than `integer` and `number` in JSON: the same as no format. */
function formatOf(view: SchemaView): string | undefined {
  const widest = view.format === 'int64' ? 'integer' : view.format === 'double' ? 'number' : '';
  return widest && view.types?.has(widest) ? undefined : view.format;
}

function typeChange(base: SchemaView, head: SchemaView, direction: Direction): string | undefined {
  if (!base.types || !head.types) return undefined;
  const [from, to] = direction === 'response' ? [base.types, head.types] : [head.types, base.types];
  const outside = [...to].filter((type) => !accepts(from, type));
  const list = (types: ReadonlySet<string>) => [...types].join('|');
  if (outside.length) return `type ${list(base.types)} → ${list(head.types)}`;
  const [before, after] = [formatOf(base), formatOf(head)];
  if (before === after || base.types.size !== 1 || head.types.size !== 1) return undefined;
  if (list(base.types) !== list(head.types)) return undefined;
  // A response format dropped or changed: clients may get values they cannot read; a request
  // format added or changed: values clients send may be refused.
  const changed = direction === 'response' ? before !== undefined : after !== undefined;
  return changed ? `format ${base.format ?? '(none)'} → ${head.format ?? '(none)'}` : undefined;
}

function removedEnumValues(base: SchemaView, head: SchemaView): string[] {
  if (!base.enum || !head.enum) return [];
  const kept = new Set(head.enum.map((value) => JSON.stringify(value)));
  return base.enum.map((value) => JSON.stringify(value)).filter((value) => !kept.has(value));
}

/**
 * Compares schemas for what breaks a client. A schema pair is compared once per direction (the
 * same shared component is reached from hundreds of operations of a large spec), and a pair
 * already being compared (a recursive schema) adds nothing.
 */
export class SchemaComparer {
  private readonly base: ResolvedSpec;
  private readonly head: ResolvedSpec;
  private readonly done = new WeakMap<object, WeakMap<object, Map<Direction, SchemaChange[]>>>();

  constructor(base: ResolvedSpec, head: ResolvedSpec) {
    this.base = base;
    this.head = head;
  }

  compare(base: SpecNode, head: SpecNode, direction: Direction, depth = 0): SchemaChange[] {
    const [from, to] = [base.value, head.value];
    if (typeof from !== 'object' || from === null || typeof to !== 'object' || to === null)
      return [];
    let byHead = this.done.get(from);
    if (!byHead) this.done.set(from, (byHead = new WeakMap()));
    let byDirection = byHead.get(to);
    if (!byDirection) byHead.set(to, (byDirection = new Map()));
    const known = byDirection.get(direction);
    if (known) return known;
    const changes: SchemaChange[] = [];
    byDirection.set(direction, changes); // a cycle meets this empty list
    if (depth < MAX_DEPTH) this.compareViews(base, head, direction, depth, changes);
    return changes;
  }

  private compareViews(
    baseNode: SpecNode,
    headNode: SpecNode,
    direction: Direction,
    depth: number,
    changes: SchemaChange[],
  ): void {
    const base = viewOf(this.base, baseNode);
    const head = viewOf(this.head, headNode);
    const type = typeChange(base, head, direction);
    if (type) changes.push({ kind: 'type', path: [], detail: type, place: head.place });
    const removed = removedEnumValues(base, head);
    if (removed.length)
      changes.push({ kind: 'enum', path: [], detail: removed.join(', '), place: head.place });
    this.compareProperties(base, head, direction, depth, changes);
    if (base.items && head.items) {
      for (const change of this.compare(base.items, head.items, direction, depth + 1))
        changes.push({ ...change, path: ['[]', ...change.path] });
    }
  }

  private compareProperties(
    base: SchemaView,
    head: SchemaView,
    direction: Direction,
    depth: number,
    changes: SchemaChange[],
  ): void {
    const hidden = (view: SchemaView) =>
      direction === 'response' ? view.writeOnly : view.readOnly;
    for (const [name, baseProperty] of base.properties) {
      const headProperty = head.properties.get(name);
      const baseView = viewOf(this.base, baseProperty);
      if (hidden(baseView)) continue;
      if (!headProperty) {
        if (direction === 'response')
          changes.push({ kind: 'removed', path: [name], detail: '', place: head.place });
        continue;
      }
      const wasRequired = base.required.has(name);
      const isRequired = head.required.has(name);
      if (direction === 'response' && wasRequired && !isRequired)
        changes.push({ kind: 'optional', path: [name], detail: '', place: headProperty.place });
      if (
        direction === 'request' &&
        !wasRequired &&
        isRequired &&
        !hidden(viewOf(this.head, headProperty))
      )
        changes.push({
          kind: 'made-required',
          path: [name],
          detail: '',
          place: headProperty.place,
        });
      for (const change of this.compare(baseProperty, headProperty, direction, depth + 1))
        changes.push({ ...change, path: [name, ...change.path] });
    }
    if (direction !== 'request') return;
    for (const [name, headProperty] of head.properties) {
      if (base.properties.has(name) || !head.required.has(name)) continue;
      if (viewOf(this.head, headProperty).readOnly) continue;
      changes.push({ kind: 'new-required', path: [name], detail: '', place: headProperty.place });
    }
  }
}
