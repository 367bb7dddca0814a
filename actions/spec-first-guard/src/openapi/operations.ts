import { isRecord } from '@flow-actions/kit/yaml';
import type { DocumentSet } from './refs.ts';

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

/** One operation of a spec: `METHOD /path` and where it is written. */
export interface Operation {
  file: string;
  line: number;
  method: string;
  path: string;
  /** The file the operation object is written in: its `$ref`s are relative to it. */
  source: string;
  /** The operation object (not a reference: OpenAPI does not allow one here). */
  operation: Record<string, unknown>;
  /** Parameters declared on the path item, shared by its operations. */
  pathParameters: unknown[];
}

export function operationKey(operation: { method: string; path: string }): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

/** Every operation under `paths`, path items behind a `$ref` included, in document order. */
export function listOperations(documents: DocumentSet): Operation[] {
  const { root } = documents;
  const paths = isRecord(root.value) ? root.value.paths : undefined;
  if (!isRecord(paths)) return [];
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = documents.deref(rawItem, root.file);
    if (!isRecord(item.value)) continue;
    const direct = item.file === root.file && item.value === rawItem;
    for (const method of HTTP_METHODS) {
      const operation = item.value[method];
      if (!isRecord(operation)) continue;
      operations.push({
        file: root.file,
        // An operation in another file is reported at the path's $ref in the root document.
        line: root.lineAt(direct ? ['paths', path, method] : ['paths', path]),
        method,
        path,
        source: item.file,
        operation,
        pathParameters: Array.isArray(item.value.parameters) ? item.value.parameters : [],
      });
    }
  }
  return operations;
}
