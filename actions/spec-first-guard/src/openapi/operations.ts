import { isRecord } from '@flow-actions/kit/yaml';
import type { DocumentSet, Located } from './refs.ts';
import type { Pointer } from './source.ts';

export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

/** Where an operation is declared: under `paths`, under 3.1 `webhooks`, or in a `callbacks` entry. */
export type OperationKind = 'path' | 'webhook' | 'callback';

/** One operation of a spec, its `$ref`s followed, and where it is written. */
export interface Operation {
  kind: OperationKind;
  /** The file that holds the operation object (behind any `$ref`), and its line there. */
  file: string;
  line: number;
  /** The path to the operation object in `file`. */
  pointer: Pointer;
  method: string;
  /** The path template; a webhook's name; a callback's URL expression. */
  path: string;
  /** A callback's name and the operation that declares it (`POST /subscribe`). */
  callback?: { name: string; of: string };
  /** The file the operation object is written in: its `$ref`s are relative to it. */
  source: string;
  /** The operation object, `$ref`s to it followed. */
  operation: Record<string, unknown>;
  /** Parameters declared on the path item, shared by its operations. */
  pathParameters: unknown[];
}

/** `GET /pets`; `POST webhook newPet`; `POST {$request.body#/url} (callback onEvent of POST /subscribe)`. */
export function operationKey(
  operation: Pick<Operation, 'method' | 'path'> & Partial<Operation>,
): string {
  const method = operation.method.toUpperCase();
  if (operation.kind === 'webhook') return `${method} webhook ${operation.path}`;
  if (operation.callback) {
    return `${method} ${operation.path} (callback ${operation.callback.name} of ${operation.callback.of})`;
  }
  return `${method} ${operation.path}`;
}

/** How deep callbacks may nest (a callback's operation may declare callbacks of its own). */
const MAX_CALLBACK_DEPTH = 4;

interface PathItemSite {
  kind: OperationKind;
  path: string;
  item: Located;
  callback?: { name: string; of: string };
}

function operationsOf(documents: DocumentSet, site: PathItemSite, depth: number): Operation[] {
  const item = documents.deref(site.item.value, site.item.file, site.item.pointer);
  if (!isRecord(item.value)) return [];
  const at = (...keys: (string | number)[]): Pointer | undefined =>
    item.pointer ? [...item.pointer, ...keys] : undefined;
  const parameters = item.value.parameters;
  const operations: Operation[] = [];
  for (const method of HTTP_METHODS) {
    const located = documents.deref(item.value[method], item.file, at(method));
    if (!isRecord(located.value)) continue;
    const operation: Operation = {
      kind: site.kind,
      file: located.file,
      line: documents.lineOf(located),
      pointer: located.pointer ?? [],
      method,
      path: site.path,
      ...(site.callback ? { callback: site.callback } : {}),
      source: located.file,
      operation: located.value,
      pathParameters: Array.isArray(parameters) ? parameters : [],
    };
    operations.push(operation);
    if (depth < MAX_CALLBACK_DEPTH)
      operations.push(...callbacksOf(documents, operation, located, depth));
  }
  return operations;
}

function callbacksOf(
  documents: DocumentSet,
  parent: Operation,
  located: Located,
  depth: number,
): Operation[] {
  const pointer = located.pointer;
  const callbacks = documents.deref(
    (located.value as Record<string, unknown>).callbacks,
    located.file,
    pointer && [...pointer, 'callbacks'],
  );
  if (!isRecord(callbacks.value)) return [];
  const of = operationKey(parent);
  const operations: Operation[] = [];
  for (const [name, raw] of Object.entries(callbacks.value)) {
    const callback = documents.deref(
      raw,
      callbacks.file,
      callbacks.pointer && [...callbacks.pointer, name],
    );
    if (!isRecord(callback.value)) continue;
    for (const [expression, item] of Object.entries(callback.value)) {
      if (expression.startsWith('x-')) continue;
      const site: PathItemSite = {
        kind: 'callback',
        path: expression,
        callback: { name, of },
        item: {
          value: item,
          file: callback.file,
          ...(callback.pointer ? { pointer: [...callback.pointer, expression] } : {}),
        },
      };
      operations.push(...operationsOf(documents, site, depth + 1));
    }
  }
  return operations;
}

function sitesUnder(documents: DocumentSet, key: 'paths' | 'webhooks'): PathItemSite[] {
  const { root } = documents;
  const items = isRecord(root.value) ? root.value[key] : undefined;
  if (!isRecord(items)) return [];
  return Object.entries(items)
    .filter(([name]) => !name.startsWith('x-'))
    .map(([name, value]) => ({
      kind: key === 'paths' ? 'path' : 'webhook',
      path: name,
      item: { value, file: root.file, pointer: [key, name] },
    }));
}

/**
 * Every operation of a document in document order: under `paths` (path items and operations
 * behind `$ref`s included), their callbacks, and 3.1 `webhooks`.
 */
export function listOperations(documents: DocumentSet): Operation[] {
  return [...sitesUnder(documents, 'paths'), ...sitesUnder(documents, 'webhooks')].flatMap((site) =>
    operationsOf(documents, site, 0),
  );
}
