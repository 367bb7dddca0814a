/**
 * Line numbers for JSON Pointers into JSON text, found lazily: each container is indexed (its
 * members' offsets) the first time a pointer goes through it, and sibling values are skipped
 * without being parsed. JSON.parse gives the values; this only answers "which line is it on",
 * so a 13 MB document costs one pass over the parts that findings point into.
 */
import { lineIndex } from '../lines.ts';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const STRUCTURE = /["{}[\]]/g;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function isScalarEnd(code: number): boolean {
  return isSpace(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET;
}

export class JsonLocator {
  private readonly text: string;
  private lineOf: ((offset: number) => number) | undefined;
  /** Container offset → its members: key (or index) → [offset for the line, offset of the value]. */
  private readonly children = new Map<number, Map<string, [number, number]>>();

  constructor(text: string) {
    this.text = text;
  }

  /** The 1-based line of the value at `pointer`, or of its deepest existing ancestor. */
  lineAt(pointer: readonly (string | number)[]): number {
    let offset = this.skipSpace(0);
    let lineOffset = offset;
    for (const segment of pointer) {
      const member = this.childrenOf(offset)?.get(String(segment));
      if (member === undefined) break;
      [lineOffset, offset] = member;
    }
    this.lineOf ??= lineIndex(this.text);
    return this.lineOf(lineOffset);
  }

  private skipSpace(offset: number): number {
    const text = this.text;
    while (offset < text.length && isSpace(text.charCodeAt(offset))) offset++;
    return offset;
  }

  /** The offset just past the string that starts at `offset` (an opening quote). */
  private endOfString(offset: number): number {
    const text = this.text;
    let at = offset + 1;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote === -1) return text.length;
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      at = quote + 1;
    }
  }

  /** The offset just past the value that starts at `offset`. */
  private endOfValue(offset: number): number {
    const text = this.text;
    const first = text.charCodeAt(offset);
    if (first === QUOTE) return this.endOfString(offset);
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
      let at = offset;
      while (at < text.length && !isScalarEnd(text.charCodeAt(at))) at++;
      return at;
    }
    let depth = 0;
    STRUCTURE.lastIndex = offset;
    for (let match = STRUCTURE.exec(text); match; match = STRUCTURE.exec(text)) {
      const code = text.charCodeAt(match.index);
      if (code === QUOTE) STRUCTURE.lastIndex = this.endOfString(match.index);
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (--depth === 0) return match.index + 1;
      }
    }
    return text.length;
  }

  /** Members of the object or items of the array at `offset`; a member's line is its key's line. */
  private childrenOf(offset: number): Map<string, [number, number]> | undefined {
    const cached = this.children.get(offset);
    if (cached) return cached;
    const text = this.text;
    const open = text.charCodeAt(offset);
    if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return undefined;
    const members = new Map<string, [number, number]>();
    let at = this.skipSpace(offset + 1);
    for (let index = 0; at < text.length; index++) {
      const code = text.charCodeAt(at);
      if (code === CLOSE_BRACE || code === CLOSE_BRACKET) break;
      if (open === OPEN_BRACE) {
        const keyEnd = this.endOfString(at);
        const raw = text.slice(at, keyEnd);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const value = this.skipSpace(this.skipSpace(keyEnd) + 1); // past the colon
        members.set(key, [at, value]);
        at = value;
      } else members.set(String(index), [at, at]);
      at = this.skipSpace(this.endOfValue(at));
      if (text.charCodeAt(at) === COMMA) at = this.skipSpace(at + 1);
    }
    this.children.set(offset, members);
    return members;
  }
}
