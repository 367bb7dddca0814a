/**
 * Line numbers for paths into block-style YAML, found from the text's indentation without a
 * document model (the YAML counterpart of JsonLocator): each mapping or sequence is indexed the
 * first time a path goes through it (its children's keys and lines, in one pass over its lines).
 * What it cannot read with certainty (flow collections, explicit or multi-line keys, aliases and
 * merges) it does not guess: `lineAt` returns undefined and the caller asks the full parser.
 */

interface Container {
  /** The column of its members' keys (or of the `-` of its items). */
  column: number;
  sequence: boolean;
  /** Child key (or item index) → line index of the child. */
  children: Map<string, number>;
}

const ITEM = /^-(?:[ \t]|$)/;

const KEY =
  /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]},&*!|>%@`?-][^#]*?|-[^\s#][^#]*?))[ \t]*:(?:[ \t]+|$)/;

/** Indentation of a line, or -1 for a blank line or a comment. */
function indentOf(line: string): number {
  let at = 0;
  while (line.charCodeAt(at) === 32) at++;
  const code = line.charCodeAt(at);
  return at === line.length || code === 35 /* # */ || code === 13 ? -1 : at;
}

function unquote(match: RegExpExecArray): string | undefined {
  if (match[1] !== undefined) {
    try {
      return JSON.parse(`"${match[1]}"`) as string;
    } catch {
      return undefined;
    }
  }
  if (match[2] !== undefined) return match[2].replace(/''/g, "'");
  return match[3]!.trimEnd();
}

export class YamlLocator {
  private readonly lines: string[];
  private readonly containers = new Map<string, Container | undefined>();

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }

  /** The 1-based line of the value at `pointer`, or undefined when block reading cannot tell. */
  lineAt(pointer: readonly (string | number)[]): number | undefined {
    const start = this.firstContent(0);
    if (start === undefined) return undefined;
    let at: { line: number; column: number } | undefined = {
      line: start,
      column: indentOf(this.lines[start]!),
    };
    let line = start;
    for (const segment of pointer) {
      const container: Container | undefined = at && this.container(at.line, at.column);
      const child = container?.children.get(String(segment));
      if (child === undefined) return undefined;
      line = child;
      at = this.valueOf(child, container!);
    }
    return line + 1;
  }

  private firstContent(from: number): number | undefined {
    for (let index = from; index < this.lines.length; index++) {
      const line = this.lines[index]!;
      if (index === 0 && /^(---|%)/.test(line)) continue;
      if (indentOf(line) !== -1) return index;
    }
    return undefined;
  }

  /** Where the block value of the child on `line` starts: its line and its members' column. */
  private valueOf(
    line: number,
    container: Container,
  ): { line: number; column: number } | undefined {
    const text = this.lines[line]!;
    const column = container.column;
    let rest: string;
    if (container.sequence) {
      rest = text.slice(column + 1);
      const inline = rest.search(/\S/);
      if (inline !== -1 && !rest.startsWith('#', inline)) {
        // `- key: value` opens a mapping on the item's own line; `- - x` a sequence.
        const member = rest.slice(inline);
        return KEY.test(member) || ITEM.test(member)
          ? { line, column: column + 1 + inline }
          : undefined;
      }
    } else {
      const match = KEY.exec(text.slice(column));
      if (!match) return undefined;
      rest = text.slice(column + match[0].length);
      const value = rest.trim();
      if (value !== '' && !value.startsWith('#') && !/^[&!]\S*$/.test(value)) return undefined;
    }
    const next = this.firstContent(line + 1);
    if (next === undefined) return undefined;
    const indent = indentOf(this.lines[next]!);
    if (indent > column) return { line: next, column: indent };
    // A sequence may stand at its key's own column.
    if (!container.sequence && indent === column && ITEM.test(this.lines[next]!.slice(indent))) {
      return { line: next, column: indent };
    }
    return undefined;
  }

  /** The children of the block that starts at `line` with its members at `column`. */
  private container(line: number, column: number): Container | undefined {
    if (line < 0) return undefined;
    const id = `${line}:${column}`;
    if (this.containers.has(id)) return this.containers.get(id);
    const container = this.index(line, column);
    this.containers.set(id, container);
    return container;
  }

  private index(first: number, column: number): Container | undefined {
    const children = new Map<string, number>();
    let sequence: boolean | undefined;
    for (let index = first; index < this.lines.length; index++) {
      const whole = this.lines[index]!;
      // The first member may follow `- ` on the item's line.
      const indent = index === first ? column : indentOf(whole);
      if (indent === -1) continue;
      if (index !== first && indent < column) break;
      if (indent > column) continue;
      const text = whole.slice(column);
      const item = ITEM.test(text);
      if (sequence === undefined) sequence = item;
      if (item && !sequence) continue; // a sequence at its key's own column: the key's value
      if (item !== sequence) return undefined; // not a block this reader can tell
      if (item) {
        children.set(String(children.size), index);
        continue;
      }
      if (/^(?:\? |<<\s*:)/.test(text)) return undefined; // explicit keys, merges
      const match = KEY.exec(text);
      if (!match) {
        if (/^(?:---|\.\.\.)/.test(text)) break;
        return undefined;
      }
      const key = unquote(match);
      if (key === undefined || children.has(key)) return undefined;
      children.set(key, index);
    }
    return { column, sequence: sequence ?? false, children };
  }
}
