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

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function isScalarEnd(code: number): boolean {
  return isSpace(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET;
}

/** What a container scan looks for: a string's quote, the openers, the closers. */
const MARKS = ['"', '{', '[', '}', ']'];

export class JsonLocator {
  private readonly text: string;
  private lineOf: ((offset: number) => number) | undefined;
  /** Containers indexed so far, by offset: members read up to `next`, the offset to go on from. */
  private readonly containers = new Map<number, Container>();

  constructor(text: string) {
    this.text = text;
  }

  /** The 1-based line of the value at `pointer`, or of its deepest existing ancestor. */
  lineAt(pointer: readonly (string | number)[]): number {
    let offset = this.skipSpace(0);
    let lineOffset = offset;
    for (const segment of pointer) {
      const member = this.member(offset, String(segment));
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
    return this.endOfContainer(offset);
  }

  /**
   * The end of the object or array at `offset`. Strings and indentation are most of the bytes, so
   * rather than reading each character this keeps the next position of each of `" { } [ ]`
   * (found with indexOf) and walks from one to the next, skipping strings whole.
   */
  private endOfContainer(offset: number): number {
    const next = MARKS.map((_, mark) => this.find(mark, offset));
    let depth = 0;
    for (;;) {
      const at = Math.min(next[0]!, next[1]!, next[2]!, next[3]!, next[4]!);
      if (at === Infinity) return this.text.length;
      if (at === next[0]) {
        const end = this.endOfString(at);
        for (let mark = 0; mark < MARKS.length; mark++) {
          if (next[mark]! < end) next[mark] = this.find(mark, end);
        }
        continue;
      }
      const mark = next.indexOf(at);
      if (mark <= 2) depth++;
      else if (--depth === 0) return at + 1;
      next[mark] = this.find(mark, at + 1);
    }
  }

  /**
   * The first MARKS[mark] at or after `from`. The last answer is kept per mark: scans move
   * forward, so one indexOf usually serves many calls and no stretch of text is searched twice.
   */
  private find(mark: number, from: number): number {
    const last = this.lastFound[mark]!;
    if (last.from <= from && last.at >= from) return last.at;
    const index = this.text.indexOf(MARKS[mark]!, from);
    last.from = from;
    last.at = index === -1 ? Infinity : index;
    return last.at;
  }

  private readonly lastFound = MARKS.map(() => ({ from: Infinity, at: -1 }));

  /**
   * The member `key` of the object (or item of the array) at `offset`. Members are read in order
   * only as far as the one asked for, so finding `paths` does not read `components`.
   */
  private member(offset: number, key: string): [number, number] | undefined {
    const text = this.text;
    let container = this.containers.get(offset);
    if (!container) {
      const open = text.charCodeAt(offset);
      if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return undefined;
      container = {
        object: open === OPEN_BRACE,
        members: new Map(),
        next: this.skipSpace(offset + 1),
      };
      this.containers.set(offset, container);
    }
    let found = container.members.get(key);
    while (found === undefined && container.next !== -1) {
      let at = container.next;
      const code = text.charCodeAt(at);
      if (at >= text.length || code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        container.next = -1;
        break;
      }
      let name = String(container.members.size);
      let value = at;
      if (container.object) {
        const keyEnd = this.endOfString(at);
        const raw = text.slice(at, keyEnd);
        name = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        value = this.skipSpace(this.skipSpace(keyEnd) + 1); // past the colon
      }
      container.members.set(name, [at, value]);
      if (name === key) found = [at, value];
      at = this.skipSpace(this.endOfValue(value));
      if (text.charCodeAt(at) === COMMA) at = this.skipSpace(at + 1);
      container.next = at;
    }
    return found;
  }
}

interface Container {
  object: boolean;
  /** Key (or index) → [offset for the line (a member's key), offset of its value]. */
  members: Map<string, [number, number]>;
  /** Where the next member starts, or -1 when all were read. */
  next: number;
}
