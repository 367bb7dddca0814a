import { isNode, LineCounter, parseAllDocuments, type Document } from 'yaml';
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
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
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
