import { listOperations, operationKey, type Operation } from './operations.ts';
import { isRecord, type DocumentSet } from './refs.ts';

/**
 * The operation as text with every `$ref` replaced by what it points to (a reference cycle is cut
 * at its second visit), keys sorted: equal text means the operation did not change.
 */
function fingerprint(operation: Operation, documents: DocumentSet): string {
  const inline = (value: unknown, file: string, seen: readonly unknown[]): unknown => {
    if (Array.isArray(value)) return value.map((item) => inline(item, file, seen));
    if (!isRecord(value)) return value;
    if (typeof value.$ref === 'string') {
      const target = documents.deref(value, file);
      if (seen.includes(target.value)) return { $cycle: value.$ref };
      return inline(target.value, target.file, [...seen, target.value]);
    }
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, inline(value[key], file, seen)]),
    );
  };
  return JSON.stringify(
    inline(
      { operation: operation.operation, parameters: operation.pathParameters },
      operation.source,
      [],
    ),
  );
}

/** Operations (`METHOD /path`) that are new at head or differ from base, references followed. */
export function changedOperations(head: DocumentSet, base: DocumentSet | undefined): Set<string> {
  const before = new Map<string, string>();
  if (base)
    for (const operation of listOperations(base))
      before.set(operationKey(operation), fingerprint(operation, base));
  const changed = new Set<string>();
  for (const operation of listOperations(head)) {
    const key = operationKey(operation);
    if (before.get(key) !== fingerprint(operation, head)) changed.add(key);
  }
  return changed;
}
