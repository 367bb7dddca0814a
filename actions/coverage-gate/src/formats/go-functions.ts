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

/**
 * The top-level function declarations of a Go source file, as `go tool cover -func` finds them
 * with go/parser: it counts only the coverage blocks inside these (a package-level `var f =
 * func() {…}` is outside every declaration). Hand-written: a tokenizer that skips comments,
 * strings and runes and tracks brackets is all it needs, and no Go parser runs in Node. Columns
 * are bytes, as in a coverprofile.
 */
export function goFunctionExtents(source: Buffer): FunctionExtent[] {
  const extents: FunctionExtent[] = [];
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let previous = ''; // the last token, '' at the start of the file
  let newlineSince = true; // a newline since the previous token
  let open: { line: number; col: number } | undefined; // a declaration being read
  const length = source.length;
  for (let pos = 0; pos < length;) {
    const byte = source[pos]!;
    if (byte === NEWLINE) {
      line++;
      lineStart = ++pos;
      newlineSince = true;
      continue;
    }
    if (byte === 32 || byte === 9 || byte === 13) {
      pos++;
      continue;
    }
    if (byte === 47 /* / */ && source[pos + 1] === 47) {
      while (pos < length && source[pos] !== NEWLINE) pos++;
      continue;
    }
    if (byte === 47 && source[pos + 1] === 42 /* * */) {
      pos += 2;
      while (pos < length && !(source[pos] === 42 && source[pos + 1] === 47)) {
        if (source[pos] === NEWLINE) {
          line++;
          lineStart = pos + 1;
          newlineSince = true;
        }
        pos++;
      }
      pos += 2;
      continue;
    }
    const start = pos;
    let token: string;
    if (byte === 34 /* " */ || byte === 39 /* ' */) {
      pos++;
      while (pos < length && source[pos] !== byte && source[pos] !== NEWLINE)
        pos += source[pos] === 92 /* \ */ ? 2 : 1;
      pos++;
      token = String.fromCharCode(byte);
    } else if (byte === 96 /* ` */) {
      pos++;
      while (pos < length && source[pos] !== 96) {
        if (source[pos] === NEWLINE) {
          line++;
          lineStart = pos + 1;
        }
        pos++;
      }
      pos++;
      token = '`';
    } else if (isWord(byte)) {
      while (pos < length && isWord(source[pos]!)) pos++;
      token = source.toString('latin1', start, pos);
    } else {
      pos++;
      token = String.fromCharCode(byte);
      if ((byte === 43 || byte === 45) && source[pos] === byte)
        token += String.fromCharCode(source[pos++]!);
    }
    const statementStart =
      previous === '' ||
      previous === ';' ||
      (newlineSince && ENDS_STATEMENT.test(previous) && !GO_KEYWORDS_NOT_ENDING.has(previous));
    if (depth === 0 && statementStart && token !== 'func') open = undefined;
    if (depth === 0 && token === 'func' && statementStart)
      open = { line, col: start - lineStart + 1 };
    if (token === '(' || token === '[' || token === '{') depth++;
    else if (token === ')' || token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && token === '}' && open && endsLine(source, pos)) {
        extents.push({
          startLine: open.line,
          startCol: open.col,
          endLine: line,
          endCol: pos - lineStart + 1,
        });
        open = undefined;
      }
    }
    if (depth === 0 && open && token === ';') open = undefined;
    previous = token;
    newlineSince = false;
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
