import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  type Document,
} from 'yaml';
import { UsageError } from './errors.ts';
import { aliasExpansionFault } from './yaml-expansion.ts';

/** A path into a document: mapping keys and sequence indexes. */
export type YamlPath = readonly (string | number)[];

/** Where YAML text comes from, for its errors, and how far its aliases may expand. */
export interface YamlSource<File extends string | undefined = string | undefined> {
  /** The file; undefined for YAML given inline in an input, whose errors say "line N". */
  file: File;
  /** The input that named the file or held the text. */
  input?: string;
  /**
   * Nodes aliases may create per node of the document (10 unless said): past it, an alias bomb
   * ("billion laughs") is refused at the alias that crosses it. How many aliases there are does
   * not matter, only what they expand to.
   */
  maxAliasExpansion?: number;
  /**
   * `<<` merge keys as YAML 1.1 has them: on for Compose files and commitlint configurations,
   * which their own tools read so; off (YAML 1.2, where `<<` is a key like any) unless said.
   */
  mergeKeys?: boolean;
}

/** One parsed YAML document: its plain value, its syntax tree, and the line of any part of it. */
export interface YamlDocument<File extends string | undefined = string | undefined> {
  file: File;
  value: unknown;
  /** The syntax tree, for readers that check the nodes themselves. */
  document: Document.Parsed;
  /** The 1-based line a node starts on, when it has a position. */
  lineOfNode(node: unknown): number | undefined;
  /**
   * The 1-based line of the entry at `path` (a mapping member's key, a sequence item), or of its
   * nearest ancestor when the path goes further than the document. Aliases and `<<` merge keys are
   * followed, so a value an anchor declares keeps the anchor's line.
   */
  lineOf(path: YamlPath): number;
}

/** A YAML error at a line: file:line for a file, "line N" in the message for inline text. */
export function yamlError(
  source: Pick<YamlSource, 'file' | 'input'>,
  line: number | undefined,
  message: string,
  cause?: unknown,
): UsageError {
  const { file, input } = source;
  return new UsageError(file ? message : `line ${line ?? '?'}: ${message}`, {
    ...(input ? { input } : {}),
    ...(file ? { location: { file, ...(line ? { line } : {}) } } : {}),
    ...(cause === undefined ? {} : { cause }),
  });
}

/** `<<`: a string key, or (read with `merge: true`) a symbol named `<<`. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<');
}

/** The mapping member or sequence item under `key`, looking through aliases and `<<` merges. */
function entry(
  document: Document.Parsed,
  node: unknown,
  key: string | number,
  merges: boolean,
  depth = 0,
): { node: unknown; start: number | undefined } | undefined {
  if (depth > 20) return undefined; // a cycle of merges
  const target = isAlias(node) ? node.resolve(document) : node;
  if (isSeq(target)) {
    const item: unknown = target.items[Number(key)];
    return isNode(item) ? { node: item, start: item.range?.[0] } : undefined;
  }
  if (!isMap(target)) return undefined;
  const isMerge = (item: { key: unknown }) => merges && isMergeKey(item.key);
  const pair = target.items.find(
    (item) => !isMerge(item) && isScalar(item.key) && String(item.key.value) === String(key),
  );
  if (pair) return { node: pair.value, start: (pair.key as { range?: number[] }).range?.[0] };
  for (const merge of target.items.filter(isMerge)) {
    for (const source of isSeq(merge.value) ? merge.value.items : [merge.value]) {
      const found = entry(document, source, key, merges, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function toYamlDocument<File extends string | undefined>(
  document: Document.Parsed,
  lines: LineCounter,
  source: YamlSource<File>,
): YamlDocument<File> {
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
    throw yamlError(source, line, `invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const lineAt = (offset: number) => lines.linePos(offset).line;
  const fault = aliasExpansionFault(document, source.maxAliasExpansion ?? 10);
  if (fault) throw yamlError(source, lineAt(fault.alias.range?.[0] ?? 0), fault.message);
  let value: unknown;
  try {
    // Measured above instead of yaml's alias count.
    value = document.toJS({ maxAliasCount: -1 });
  } catch (cause) {
    throw yamlError(source, 1, `invalid YAML: ${(cause as Error).message}`, cause);
  }
  return {
    file: source.file,
    value,
    document,
    lineOfNode: (node) => (isNode(node) && node.range ? lineAt(node.range[0]) : undefined),
    lineOf: (path) => {
      let node: unknown = document.contents;
      let offset = document.contents?.range?.[0] ?? 0;
      for (const key of path) {
        const found = entry(document, node, key, source.mergeKeys ?? false);
        if (!found) break;
        node = found.node;
        offset = found.start ?? offset;
      }
      return lineAt(offset);
    },
  };
}

/** How every YAML here is read: unique keys, positions for lines, merge keys when asked for. */
const options = (lines: LineCounter, source: YamlSource) =>
  ({
    lineCounter: lines,
    merge: source.mergeKeys ?? false,
    uniqueKeys: true,
    prettyErrors: false,
  }) as const;

/** Every document of a YAML text (none for an empty text); errors name the file and line. */
export function parseYamlDocuments<File extends string | undefined>(
  text: string,
  source: YamlSource<File>,
): YamlDocument<File>[] {
  const lines = new LineCounter();
  return parseAllDocuments(text, options(lines, source)).map((document) =>
    toYamlDocument(document, lines, source),
  );
}

/** A text of one YAML (or JSON) document; an empty text is a null document, several are an error. */
export function parseYaml<File extends string | undefined>(
  text: string,
  source: YamlSource<File>,
): YamlDocument<File> {
  const lines = new LineCounter();
  return toYamlDocument(parseDocument(text, options(lines, source)), lines, source);
}

/** A mapping: a plain object, not null or an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
