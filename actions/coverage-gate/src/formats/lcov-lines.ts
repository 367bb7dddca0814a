import type { FileCoverage } from '../model.ts';

const NEWLINE = 10;
const COMMA = 44;

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

/** A cursor in the line being parsed, bytes [pos, end) of `buffer`. */
export class LineCursor {
  protected buffer: Buffer = Buffer.alloc(0);
  protected pos = 0;
  protected end = 0;

  /** An unsigned integer at the cursor, or -1 when there is none; `-` (never executed) reads as 0. */
  number(): number {
    const { buffer, end } = this;
    let pos = this.pos;
    if (pos < end && buffer[pos] === 45 /* - */) {
      pos++;
      while (pos < end && buffer[pos]! >= 48 && buffer[pos]! <= 57) pos++; // gcov's -1: unreliable
      this.pos = pos;
      return 0;
    }
    let value = 0;
    const start = pos;
    while (pos < end) {
      const byte = buffer[pos]!;
      if (byte < 48 || byte > 57) break;
      value = value * 10 + (byte - 48);
      pos++;
    }
    if (pos === start) return -1;
    // counts in exponent notation (some converters write 1.2e+06)
    if (pos < end && (buffer[pos] === 46 || buffer[pos] === 101 || buffer[pos] === 69)) {
      let stop = pos;
      while (stop < end && buffer[stop] !== COMMA) stop++;
      value = Number(buffer.toString('latin1', start, stop));
      pos = stop;
      if (!Number.isFinite(value)) return -1;
    }
    this.pos = pos;
    return value;
  }

  comma(): boolean {
    if (this.pos < this.end && this.buffer[this.pos] === COMMA) {
      this.pos++;
      return true;
    }
    return false;
  }
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
 * Hand a byte stream to `scan` in place, as regions of whole lines: `scan(buffer, pos, length)`
 * parses the complete lines of bytes [pos, length) and returns where the first incomplete one
 * starts. Only a line cut by a chunk boundary is copied, so memory stays at the chunk size
 * whatever the input's size. A line longer than `maxLine` bytes calls `tooLong` (which throws)
 * before it is gathered; `lineNumber()` says which line that is.
 */
export async function eachChunk(
  stream: AsyncIterable<Buffer> | Iterable<Buffer>,
  maxLine: number,
  scan: (buffer: Buffer, pos: number, length: number) => number,
  tooLong: () => never,
): Promise<void> {
  let rest: Buffer | undefined;
  for await (const chunk of stream) {
    let pos = 0;
    if (rest) {
      const newline = chunk.indexOf(NEWLINE);
      if (rest.length + (newline === -1 ? chunk.length : newline) > maxLine) tooLong();
      if (newline === -1) {
        rest = Buffer.concat([rest, chunk]);
        continue;
      }
      const joined = Buffer.concat([rest, chunk.subarray(0, newline + 1)]);
      scan(joined, 0, joined.length);
      pos = newline + 1;
    }
    pos = scan(chunk, pos, chunk.length);
    if (chunk.length - pos > maxLine) tooLong();
    rest = pos < chunk.length ? Buffer.from(chunk.subarray(pos)) : undefined;
  }
  if (rest) {
    const joined = Buffer.concat([rest, Buffer.of(NEWLINE)]);
    scan(joined, 0, joined.length);
  }
}
