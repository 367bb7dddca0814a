import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
} from 'yaml';
import { UsageError } from '@flow-actions/kit';

/** More aliases than this in one document is a resource-exhaustion attack ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/** One parsed YAML document: its plain value and a way back to the line of any path in it. */
export interface YamlDocument {
  file: string;
  value: unknown;
  /** 1-based line of the node at `path`, or of its nearest ancestor that has one. */
  lineOf(path: readonly (string | number)[]): number;
}

/** `<<`: yaml reads it as the string, or (with `merge: true`) as a symbol named `<<`. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<');
}

/**
 * The node under `key`, following aliases and `<<` merge keys, so a port an anchor declares keeps
 * the anchor's line. `depth` bounds alias chains.
 */
function child(
  document: Document.Parsed,
  node: unknown,
  key: string | number,
  depth: number,
): unknown {
  if (depth > 20) return undefined;
  const target = isAlias(node) ? node.resolve(document) : node;
  if (isSeq(target)) return typeof key === 'number' ? target.items[key] : undefined;
  if (!isMap(target)) return undefined;
  const pair = target.items.find(
    (item) => !isMergeKey(item.key) && (isScalar(item.key) ? item.key.value : item.key) === key,
  );
  if (pair) return pair.value;
  for (const merge of target.items.filter((item) => isMergeKey(item.key))) {
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const found = child(document, source, key, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function toYamlDocument(file: string, document: Document.Parsed, lines: LineCounter): YamlDocument {
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
    throw new UsageError(`YAML syntax error: ${error.message.split('\n')[0]}`, {
      location: { file, line },
    });
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    // yaml's own message ("Excessive alias count indicates a resource exhaustion attack").
    throw new UsageError(`refused: ${(cause as Error).message}`, {
      location: { file, line: 1 },
      cause,
    });
  }
  const lineOf = (path: readonly (string | number)[]): number => {
    let node: unknown = document.contents;
    let line = 1;
    for (const key of path) {
      if (isNode(node) && node.range) line = lines.linePos(node.range[0]).line;
      node = child(document, node, key, 0);
      if (node === undefined) return line;
    }
    return isNode(node) && node.range ? lines.linePos(node.range[0]).line : line;
  };
  return { file, value, lineOf };
}

/** Every document of a multi-document YAML file; syntax errors name the file and line. */
export function parseYamlDocuments(file: string, text: string): YamlDocument[] {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter: lines,
    merge: true,
    prettyErrors: false,
  });
  if (!Array.isArray(documents)) return [];
  return documents.map((document) => toYamlDocument(file, document, lines));
}

/** A single-document YAML (or JSON) file. */
export function parseYamlFile(file: string, text: string): YamlDocument {
  const [first, second] = parseYamlDocuments(file, text);
  if (second)
    throw new UsageError('expected one YAML document, found several', {
      location: { file, line: 1 },
    });
  return first ?? { file, value: null, lineOf: () => 1 };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
