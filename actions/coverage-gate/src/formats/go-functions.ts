/** A top-level function declaration's extent: its `func` keyword to just past its closing brace. */
export interface FunctionExtent {
  startLine: number;
  startCol: number;
  endLine: number;
  endCol: number;
}

const NEWLINE = 10;
const isWord = (byte: number) =>
  (byte >= 48 && byte <= 57) ||
  (byte >= 65 && byte <= 90) ||
  (byte >= 97 && byte <= 122) ||
  byte === 95 ||
  byte >= 128;
/** Tokens after which Go inserts a semicolon at the end of a line (the spec's rule). */
const ENDS_STATEMENT = /^([\w\u0080-\uffff]+|[)\]}'"`]|\+\+|--)$/;
const GO_KEYWORDS_NOT_ENDING = new Set([
  'func',
  'var',
  'const',
  'type',
  'import',
  'package',
  'if',
  'else',
  'for',
  'switch',
  'case',
  'default',
  'go',
  'defer',
  'select',
  'map',
  'chan',
  'struct',
  'interface',
  'range',
  'goto',
]);

interface Token {
  text: string;
  line: number;
  /** 1-based byte column of the token's first byte. */
  col: number;
  /** Byte offset just past the token. */
  end: number;
  /** Whether a newline came between the previous token and this one. */
  afterNewline: boolean;
}

/** Go tokens, comments and white space skipped; strings, raw strings and runes as one token. */
class GoTokens {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly source: Buffer;
  constructor(source: Buffer) {
    this.source = source;
  }

  next(): Token | undefined {
    const { source } = this;
    let afterNewline = false;
    while (this.pos < source.length) {
      const byte = source[this.pos]!;
      if (byte === NEWLINE) {
        this.newline(this.pos++);
        afterNewline = true;
      } else if (byte === 32 || byte === 9 || byte === 13) this.pos++;
      else if (byte === 47 && source[this.pos + 1] === 47)
        while (this.pos < source.length && source[this.pos] !== NEWLINE) this.pos++;
      else if (byte === 47 && source[this.pos + 1] === 42) {
        afterNewline = this.skipUntil(this.pos + 2, '*/') || afterNewline;
      } else return this.token(byte, afterNewline);
    }
    return undefined;
  }

  private token(byte: number, afterNewline: boolean): Token {
    const { source } = this;
    const start = this.pos;
    const line = this.line;
    const col = start - this.lineStart + 1;
    let text: string;
    if (byte === 34 || byte === 39) {
      // "…" or '…': to the closing quote, escapes skipped
      let pos = start + 1;
      while (pos < source.length && source[pos] !== byte && source[pos] !== NEWLINE)
        pos += source[pos] === 92 ? 2 : 1;
      this.pos = pos + 1;
      text = String.fromCharCode(byte);
    } else if (byte === 96) {
      this.skipUntil(start + 1, '`');
      text = '`';
    } else if (isWord(byte)) {
      let pos = start;
      while (pos < source.length && isWord(source[pos]!)) pos++;
      this.pos = pos;
      text = source.toString('latin1', start, pos);
    } else {
      const double = (byte === 43 || byte === 45) && source[start + 1] === byte;
      this.pos = start + (double ? 2 : 1);
      text = source.toString('latin1', start, this.pos);
    }
    return { text, line, col, end: this.pos, afterNewline };
  }

  /** Move past the next `close` from `pos`, counting lines; whether a newline was crossed. */
  private skipUntil(pos: number, close: string): boolean {
    const found = this.source.indexOf(close, pos);
    const stop = found === -1 ? this.source.length : found + close.length;
    let crossed = false;
    for (
      let at = this.source.indexOf(NEWLINE, pos);
      at !== -1 && at < stop;
      at = this.source.indexOf(NEWLINE, at + 1)
    ) {
      this.newline(at);
      crossed = true;
    }
    this.pos = stop;
    return crossed;
  }

  private newline(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }
}

/**
 * The top-level function declarations of a Go source file, as `go tool cover -func` finds them
 * with go/parser: it counts only the coverage blocks inside these (a package-level `var f =
 * func() {…}` is outside every declaration). Hand-written: a tokenizer that skips comments,
 * strings and runes and tracks brackets is all it needs, and no Go parser runs in Node. Columns
 * are bytes, as in a coverprofile.
 */
export function goFunctionExtents(source: Buffer): FunctionExtent[] {
  const extents: FunctionExtent[] = [];
  const tokens = new GoTokens(source);
  let depth = 0;
  let previous = ''; // the last token, '' at the start of the file
  let open: { line: number; col: number } | undefined; // a declaration being read
  for (let token = tokens.next(); token; token = tokens.next()) {
    const { text } = token;
    // a declaration starts where Go would insert a semicolon, or after one
    const statementStart =
      previous === '' ||
      previous === ';' ||
      (token.afterNewline &&
        ENDS_STATEMENT.test(previous) &&
        !GO_KEYWORDS_NOT_ENDING.has(previous));
    if (depth === 0 && statementStart)
      open = text === 'func' ? { line: token.line, col: token.col } : undefined;
    if (text === '(' || text === '[' || text === '{') depth++;
    else if (text === ')' || text === ']' || text === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && text === '}' && open && endsLine(source, token.end)) {
        extents.push({
          startLine: open.line,
          startCol: open.col,
          endLine: token.line,
          endCol: token.col + 1,
        });
        open = undefined;
      }
    }
    if (depth === 0 && text === ';') open = undefined;
    previous = text;
  }
  return extents;
}

/** Whether only blanks or a comment follow `pos` on its line: a `}` there ends the declaration. */
function endsLine(source: Buffer, pos: number): boolean {
  while (pos < source.length && (source[pos] === 32 || source[pos] === 9 || source[pos] === 13))
    pos++;
  return (
    pos >= source.length ||
    source[pos] === NEWLINE ||
    source[pos] === 59 /* ; */ ||
    (source[pos] === 47 && (source[pos + 1] === 47 || source[pos + 1] === 42))
  );
}

/** Whether a block (a coverprofile span) overlaps a function, as `go tool cover -func` decides. */
export function insideAny(
  extents: readonly FunctionExtent[],
  block: { startLine: number; startCol: number; endLine: number; endCol: number },
): boolean {
  return extents.some(
    (f) =>
      !(
        block.startLine > f.endLine ||
        (block.startLine === f.endLine && block.startCol >= f.endCol)
      ) &&
      !(
        block.endLine < f.startLine ||
        (block.endLine === f.startLine && block.endCol <= f.startCol)
      ),
  );
}
