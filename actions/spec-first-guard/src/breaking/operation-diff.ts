import { isRecord } from '@flow-actions/kit/yaml';
import { child, entries, resolve, type Place, type ResolvedSpec, type SpecNode } from './nodes.ts';
import type { BreakingRule } from './rules.ts';
import type { Direction, SchemaChange, SchemaComparer } from './schema-diff.ts';
import { securityAdded } from './security.ts';

/** One breaking difference, at the place in the head document that shows it. */
export interface BreakingChange {
  rule: BreakingRule;
  /** `METHOD /path` as written at head (at base when the operation is gone). */
  operation: string;
  message: string;
  place: Place;
}

/** An operation on both sides: the operation node and its path item, each resolved. */
export interface OperationPair {
  name: string;
  base: { operation: SpecNode; item: SpecNode };
  head: { operation: SpecNode; item: SpecNode };
}

interface Sides {
  base: ResolvedSpec;
  head: ResolvedSpec;
  schemas: SchemaComparer;
}

type Emit = (rule: BreakingRule, message: string, place: Place) => void;

const code = (text: string) => `\`${text}\``;

const SCHEMA_RULES: Record<'parameter' | Direction, Record<SchemaChange['kind'], BreakingRule>> = {
  response: {
    removed: 'response-property-removed',
    optional: 'response-property-became-optional',
    type: 'response-property-type-changed',
    enum: 'response-property-enum-value-removed',
    'new-required': 'new-required-request-property',
    'made-required': 'request-property-became-required',
  },
  request: {
    removed: 'response-property-removed',
    optional: 'response-property-became-optional',
    type: 'request-property-type-changed',
    enum: 'request-property-enum-value-removed',
    'new-required': 'new-required-request-property',
    'made-required': 'request-property-became-required',
  },
  parameter: {
    removed: 'response-property-removed',
    optional: 'response-property-became-optional',
    type: 'request-parameter-type-changed',
    enum: 'request-parameter-enum-value-removed',
    'new-required': 'new-required-request-property',
    'made-required': 'request-property-became-required',
  },
};

const WORDS: Record<SchemaChange['kind'], string> = {
  removed: 'was removed',
  optional: 'became optional',
  type: 'changed',
  enum: 'lost enum values',
  'new-required': 'was added as required',
  'made-required': 'became required',
};

function emitSchemaChanges(
  changes: readonly SchemaChange[],
  use: 'parameter' | Direction,
  subject: string,
  emit: Emit,
): void {
  for (const change of changes) {
    const what = change.path.length
      ? `${subject} property ${code(change.path.join('.').replace(/\.\[\]/g, '[]'))}`
      : subject;
    const detail = change.detail ? `: ${change.detail}` : '';
    emit(SCHEMA_RULES[use][change.kind], `${what} ${WORDS[change.kind]}${detail}`, change.place);
  }
}

/** Parameters of an operation and its path item, by `in` and name (headers ignore case). */
function parametersOf(spec: ResolvedSpec, side: OperationPair['base']): Map<string, SpecNode> {
  const parameters = new Map<string, SpecNode>();
  for (const owner of [side.item, side.operation]) {
    const list = child(owner, 'parameters');
    if (!Array.isArray(list.value)) continue;
    for (let index = 0; index < list.value.length; index++) {
      const parameter = resolve(spec, child(list, index));
      if (!isRecord(parameter.value)) continue;
      const { name, in: location } = parameter.value;
      if (typeof name !== 'string' || typeof location !== 'string') continue;
      parameters.set(`${location}:${location === 'header' ? name.toLowerCase() : name}`, parameter);
    }
  }
  return parameters;
}

const isRequired = (node: SpecNode | undefined) =>
  isRecord(node?.value) && node.value.required === true;
const nameOf = (key: string) => key.slice(key.indexOf(':') + 1);

function compareParameters(sides: Sides, pair: OperationPair, emit: Emit): void {
  const base = parametersOf(sides.base, pair.base);
  const head = parametersOf(sides.head, pair.head);
  const moved = new Set<string>();
  const added = new Map<string, string>();
  for (const key of head.keys()) if (!base.has(key)) added.set(nameOf(key).toLowerCase(), key);
  for (const key of base.keys()) {
    if (head.has(key)) continue;
    const name = nameOf(key);
    const to = added.get(name.toLowerCase());
    if (!to) continue;
    moved.add(to);
    const from = key.slice(0, key.indexOf(':'));
    emit(
      'request-parameter-location-changed',
      `parameter ${code(name)} moved from ${from} to ${to.slice(0, to.indexOf(':'))}`,
      head.get(to)!.place,
    );
  }
  for (const [key, parameter] of head) {
    const before = base.get(key);
    const written = (parameter.value as { name: string }).name;
    const label = `${key.slice(0, key.indexOf(':'))} parameter ${code(written)}`;
    if (!before) {
      // A new path parameter comes with a new path template, compared as the path itself.
      if (!moved.has(key) && !key.startsWith('path:') && isRequired(parameter))
        emit('new-required-request-parameter', `${label} was added as required`, parameter.place);
      continue;
    }
    if (!isRequired(before) && isRequired(parameter) && !key.startsWith('path:'))
      emit('request-parameter-became-required', `${label} became required`, parameter.place);
    const schemas = sides.schemas.compare(
      resolve(sides.base, child(before, 'schema')),
      resolve(sides.head, child(parameter, 'schema')),
      'request',
    );
    emitSchemaChanges(schemas, 'parameter', label, emit);
  }
}

function compareContent(
  sides: Sides,
  base: SpecNode,
  head: SpecNode,
  direction: Direction,
  subject: string,
  emit: Emit,
): void {
  const headContent = new Map(entries(sides.head, child(head, 'content')));
  for (const [media, baseMedia] of entries(sides.base, child(base, 'content'))) {
    const headMedia = headContent.get(media);
    if (!headMedia) {
      const rule =
        direction === 'response'
          ? 'response-media-type-removed'
          : 'request-body-media-type-removed';
      emit(rule, `${subject} media type ${code(media)} was removed`, head.place);
      continue;
    }
    const changes = sides.schemas.compare(
      resolve(sides.base, child(baseMedia, 'schema')),
      resolve(sides.head, child(headMedia, 'schema')),
      direction,
    );
    emitSchemaChanges(changes, direction, `${subject} ${media}`, emit);
  }
}

function compareRequestBody(sides: Sides, pair: OperationPair, emit: Emit): void {
  const base = resolve(sides.base, child(pair.base.operation, 'requestBody'));
  const head = resolve(sides.head, child(pair.head.operation, 'requestBody'));
  if (!isRecord(head.value)) return;
  if (isRequired(head) && !isRequired(base)) {
    const message = isRecord(base.value)
      ? 'the request body became required'
      : 'a required request body was added';
    emit('request-body-became-required', message, head.place);
  }
  if (isRecord(base.value)) compareContent(sides, base, head, 'request', 'request body', emit);
}

function compareResponses(sides: Sides, pair: OperationPair, emit: Emit): void {
  const headResponses = child(pair.head.operation, 'responses');
  const head = new Map(entries(sides.head, headResponses));
  for (const [status, baseResponse] of entries(
    sides.base,
    child(pair.base.operation, 'responses'),
  )) {
    const headResponse = head.get(status);
    if (!headResponse) {
      if (/^2/.test(status))
        emit(
          'response-success-status-removed',
          `response ${status} was removed`,
          headResponses.place,
        );
      continue;
    }
    compareContent(sides, baseResponse, headResponse, 'response', `response ${status}`, emit);
  }
}

/** Every breaking difference between one operation at base and at head. */
export function compareOperation(sides: Sides, pair: OperationPair): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const emit: Emit = (rule, message, place) =>
    changes.push({ rule, operation: pair.name, message, place });
  compareParameters(sides, pair, emit);
  compareRequestBody(sides, pair, emit);
  compareResponses(sides, pair, emit);
  const added = securityAdded(
    sides.base.root.value,
    pair.base.operation.value,
    sides.head.root.value,
    pair.head.operation.value,
  );
  if (added) emit('api-security-added', added, pair.head.operation.place);
  return changes;
}
