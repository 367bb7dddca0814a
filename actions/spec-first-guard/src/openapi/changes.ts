import { listOperations, operationKey, type Operation } from './operations.ts';
import { isRecord } from '@flow-actions/kit/yaml';
import type { DocumentSet, Located } from './refs.ts';

/** A value as text with its `$ref`s left as names, and the values those names point to. */
interface Shallow {
  text: string;
  targets: Located[];
}

/**
 * Compares operations between base and head with every `$ref` followed: an operation changed
 * when its own text or the text of anything it reaches changed. Each referenced value is
 * rendered once (keys sorted, references by name) and an operation's fingerprint is the list of
 * what it reaches, so a schema shared by a thousand operations is not expanded a thousand times.
 */
class Fingerprints {
  private readonly documents: DocumentSet;
  private readonly rendered = new WeakMap<object, Shallow>();

  constructor(documents: DocumentSet) {
    this.documents = documents;
  }

  private shallow(value: unknown, file: string): Shallow {
    const cached =
      typeof value === 'object' && value !== null ? this.rendered.get(value) : undefined;
    if (cached) return cached;
    const targets: Located[] = [];
    const render = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(render);
      if (!isRecord(node)) return node;
      if (typeof node.$ref === 'string') {
        targets.push(this.documents.deref(node, file));
        return { $ref: node.$ref };
      }
      return Object.fromEntries(
        Object.keys(node)
          .sort()
          .map((key) => [key, render(node[key])]),
      );
    };
    const shallow = { text: JSON.stringify(render(value)), targets };
    if (typeof value === 'object' && value !== null) this.rendered.set(value, shallow);
    return shallow;
  }

  of(operation: Operation): string {
    const texts: string[] = [];
    const reached = new Set<unknown>();
    const queue: Located[] = [
      {
        value: { operation: operation.operation, parameters: operation.pathParameters },
        file: operation.source,
      },
    ];
    for (let index = 0; index < queue.length; index++) {
      const { value, file } = queue[index]!;
      const shallow = this.shallow(value, file);
      texts.push(shallow.text);
      for (const target of shallow.targets) {
        if (reached.has(target.value)) continue;
        reached.add(target.value);
        queue.push(target);
      }
    }
    return texts.join('\n');
  }
}

/** Operations (`METHOD /path`) that are new at head or differ from base, references followed. */
export function changedOperations(head: DocumentSet, base: DocumentSet | undefined): Set<string> {
  const before = new Map<string, string>();
  if (base) {
    const fingerprints = new Fingerprints(base);
    for (const operation of listOperations(base))
      before.set(operationKey(operation), fingerprints.of(operation));
  }
  const fingerprints = new Fingerprints(head);
  const changed = new Set<string>();
  for (const operation of listOperations(head)) {
    const key = operationKey(operation);
    if (before.get(key) !== fingerprints.of(operation)) changed.add(key);
  }
  return changed;
}
