import { MAX_LINE } from '../limits.ts';
import type { FileCoverage } from '../model.ts';

const NEWLINE = 10;

/** Whether bytes [pos, end) start with `prefix`. */
export function startsWith(buffer: Buffer, pos: number, end: number, prefix: Buffer): boolean {
  if (end - pos < prefix.length) return false;
  for (let index = 0; index < prefix.length; index++)
    if (buffer[pos + index] !== prefix[index]) return false;
  return true;
}

let identityRows = Uint32Array.from({ length: 256 }, (_, index) => index);
/** 0, 1, …, length - 1 (shared: the rows of an lcov record are usually in line order). */
function identity(length: number): Uint32Array {
  if (identityRows.length < length) {
    identityRows = new Uint32Array(Math.max(length, identityRows.length * 2));
    for (let index = 0; index < identityRows.length; index++) identityRows[index] = index;
  }
  return identityRows;
}

/** Parallel columns of numbers that grow as needed and are emptied by `length = 0`. */
export class Columns {
  columns: Float64Array[];
  length = 0;
  constructor(count: number) {
    this.columns = Array.from({ length: count }, () => new Float64Array(256));
  }
  /** Room for one more row; returns its index. */
  row(): number {
    if (this.length === this.columns[0]!.length) {
      this.columns = this.columns.map((column) => {
        const grown = new Float64Array(column.length * 2);
        grown.set(column);
        return grown;
      });
    }
    return this.length++;
  }
}

const COMMA = 44;

/**
 * The common DA line, `<line>,<hits>` at [pos, end) in digits only (maybe a checksum after),
 * added to `da` without the general parser's checks, as nearly all of a big report's lines are
 * DA lines; false (nothing added) leaves any other form to the general parser.
 */
export function addPlainDA(buffer: Buffer, pos: number, end: number, da: Columns): boolean {
  let at = pos;
  let line = 0;
  for (
    let digit = buffer[at]! - 48;
    at < end && digit >= 0 && digit <= 9;
    digit = buffer[++at]! - 48
  )
    line = line * 10 + digit;
  if (at === pos || at === end || buffer[at] !== COMMA || line > MAX_LINE) return false;
  const start = ++at;
  let hits = 0;
  for (
    let digit = buffer[at]! - 48;
    at < end && digit >= 0 && digit <= 9;
    digit = buffer[++at]! - 48
  )
    hits = hits * 10 + digit;
  if (at === start || (at < end && buffer[at] !== COMMA)) return false;
  const row = da.row();
  da.columns[0]![row] = line;
  da.columns[1]![row] = hits;
  return true;
}

/**
 * An lcov record's branches per line, in order; a block,branch given twice on a line counts once.
 * A line's rows need not be adjacent (c8 writes one line's BRDA rows around another line's).
 */
export function addRecordBranches(record: FileCoverage, br: Columns): void {
  const [brLines, brKeys, brHits] = br.columns as [Float64Array, Float64Array, Float64Array];
  const length = br.length;
  let sorted = true;
  for (let index = 1; index < length && sorted; index++)
    sorted = brLines[index - 1]! <= brLines[index]!;
  const order = sorted
    ? identity(length)
    : Array.from({ length }, (_, index) => index).sort(
        (a, b) => brLines[a]! - brLines[b]! || a - b,
      );
  record.branches.reserve(length);
  for (let index = 0; index < length;) {
    const line = brLines[order[index]!]!;
    let stop = index + 1;
    let repeated = false;
    for (; stop < length && brLines[order[stop]!] === line; stop++)
      for (let at = index; at < stop && !repeated; at++)
        repeated = brKeys[order[at]!] === brKeys[order[stop]!];
    if (sorted && !repeated) record.branches.add(line, brHits, index, stop);
    else {
      const keys: number[] = [];
      const hits: number[] = [];
      for (let at = index; at < stop; at++) {
        const row = order[at]!;
        const seen = keys.indexOf(brKeys[row]!);
        if (seen === -1) {
          keys.push(brKeys[row]!);
          hits.push(brHits[row]!);
        } else hits[seen]! += brHits[row]!;
      }
      record.branches.add(line, hits);
    }
    index = stop;
  }
}

/**
 * Visit a byte stream line by line, in place: only a line cut by a chunk boundary is copied, so
 * memory stays at the chunk size whatever the input's size. A line longer than `maxLine` bytes
 * calls `tooLong` with its number (which throws) before it is gathered.
 */
export async function eachLine(
  stream: AsyncIterable<Buffer> | Iterable<Buffer>,
  maxLine: number,
  visit: (buffer: Buffer, pos: number, end: number) => void,
  tooLong: (line: number) => never,
): Promise<void> {
  let lineNumber = 0;
  const line = (buffer: Buffer, pos: number, end: number) => {
    lineNumber++;
    if (end - pos > maxLine) tooLong(lineNumber);
    visit(buffer, pos, end);
  };
  let rest: Buffer | undefined;
  for await (const chunk of stream) {
    let pos = 0;
    if (rest) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline === -1) {
        if (rest.length + chunk.length > maxLine) tooLong(lineNumber + 1);
        rest = Buffer.concat([rest, chunk]);
        continue;
      }
      const joined = Buffer.concat([rest, chunk.subarray(0, newline)]);
      line(joined, 0, joined.length);
      pos = newline + 1;
    }
    // lcov's lines are short (DA:12,3): a byte loop finds their ends faster than a call to
    // Buffer#indexOf for each of millions of lines
    const length = chunk.length;
    for (let at = pos; at < length; at++) {
      if (chunk[at] !== NEWLINE) continue;
      line(chunk, pos, at);
      pos = at + 1;
    }
    if (chunk.length - pos > maxLine) tooLong(lineNumber + 1);
    rest = pos < chunk.length ? Buffer.from(chunk.subarray(pos)) : undefined;
  }
  if (rest) line(rest, 0, rest.length);
}
