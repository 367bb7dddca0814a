import { createReadStream } from 'node:fs';
import { FileCoverage } from '../model.ts';
import { malformed } from './malformed.ts';

const NEWLINE = 10;
const CR = 13;
const COMMA = 44;

/** Bytes of a line, for the parsing helpers. */
interface Cursor {
  buffer: Buffer;
  pos: number;
  end: number;
}

/** An unsigned integer at the cursor, or -1 when there is none; `-` (BRDA: not executed) reads as 0. */
function readNumber(cursor: Cursor): number {
  const { buffer, end } = cursor;
  let pos = cursor.pos;
  if (pos < end && buffer[pos] === 45 /* - */) {
    pos++;
    // "-" alone means "never executed"; "-1" is gcov's unreliable count
    while (pos < end && buffer[pos]! >= 48 && buffer[pos]! <= 57) pos++;
    cursor.pos = pos;
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
  cursor.pos = pos;
  return value;
}

function skipComma(cursor: Cursor): boolean {
  if (cursor.pos < cursor.end && cursor.buffer[cursor.pos] === COMMA) {
    cursor.pos++;
    return true;
  }
  return false;
}

function startsWith(buffer: Buffer, pos: number, end: number, prefix: Buffer): boolean {
  if (end - pos < prefix.length) return false;
  for (let index = 0; index < prefix.length; index++)
    if (buffer[pos + index] !== prefix[index]) return false;
  return true;
}

const SF = Buffer.from('SF:');
const DA = Buffer.from('DA:');
const BRDA = Buffer.from('BRDA:');
const FN = Buffer.from('FN:');
const FNDA = Buffer.from('FNDA:');
const FNL = Buffer.from('FNL:');
const FNA = Buffer.from('FNA:');
const END = Buffer.from('end_of_record');
/** Records we accept and recompute ourselves (as `lcov --summary` does) or do not need. */
const IGNORED = ['TN:', 'VER:', 'LF:', 'LH:', 'BRF:', 'BRH:', 'FNF:', 'FNH:', 'LN:'].map((text) =>
  Buffer.from(text),
);

/**
 * Parses an lcov tracefile as a stream of bytes: no line becomes a string except SF paths and
 * function names, so a 100 MB report parses in well under a second and is never held whole.
 * Several records for one file (concatenated tracefiles) merge as `lcov -a` merges them.
 */
export class LcovParser {
  readonly files = new Map<string, FileCoverage>();
  private readonly file: string;
  private current: FileCoverage | undefined;
  /** Per record: the branches of each line, and lcov 2's function index → name. */
  private branches = new Map<number, number[]>();
  private seenBranches = new Set<string>();
  private functionNames = new Map<number, string>();
  private lineNumber = 0;

  constructor(file: string) {
    this.file = file;
  }

  /** Parse one line's bytes [pos, end). */
  line(buffer: Buffer, pos: number, end: number): void {
    this.lineNumber++;
    if (end > pos && buffer[end - 1] === CR) end--;
    if (end === pos) return;
    const cursor: Cursor = { buffer, pos, end };
    if (startsWith(buffer, pos, end, DA)) {
      cursor.pos += 3;
      const line = readNumber(cursor);
      const hits = skipComma(cursor) ? readNumber(cursor) : -1;
      if (line < 0 || hits < 0) this.fail('DA needs a line number and a count');
      this.record('DA').lines.add(line, hits);
    } else if (startsWith(buffer, pos, end, BRDA)) {
      cursor.pos += 5;
      const line = readNumber(cursor);
      const commaAfterLine = skipComma(cursor);
      const idStart = cursor.pos;
      // block and branch ids (numbers in gcov, "e0"/names in newer lcov): kept as text for dedup only
      let commas = 0;
      while (cursor.pos < end && commas < 2) if (buffer[cursor.pos++] === COMMA) commas++;
      if (line < 0 || !commaAfterLine || commas < 2)
        this.fail('BRDA needs line,block,branch,taken');
      const taken = readNumber(cursor);
      if (taken < 0) this.fail('BRDA needs a count or - as taken');
      this.record('BRDA').measured.add('branches');
      const key = `${line},${buffer.toString('latin1', idStart, cursor.pos)}`;
      if (this.seenBranches.has(key)) return;
      this.seenBranches.add(key);
      const hits = this.branches.get(line);
      if (hits) hits.push(taken);
      else this.branches.set(line, [taken]);
    } else if (startsWith(buffer, pos, end, FNDA)) {
      cursor.pos += 5;
      const hits = readNumber(cursor);
      if (hits < 0 || !skipComma(cursor)) this.fail('FNDA needs a count and a name');
      this.record('FNDA').addFunction(buffer.toString('utf8', cursor.pos, end), hits);
    } else if (startsWith(buffer, pos, end, FN)) {
      cursor.pos += 3;
      const line = readNumber(cursor);
      if (line < 0 || !skipComma(cursor)) this.fail('FN needs a line number and a name');
      // lcov 2 writes FN:<start>,<end>,<name>
      const mark = cursor.pos;
      if (readNumber(cursor) < 0 || !skipComma(cursor)) cursor.pos = mark;
      this.record('FN').addFunction(buffer.toString('utf8', cursor.pos, end), 0);
    } else if (startsWith(buffer, pos, end, FNL)) {
      cursor.pos += 4;
      const index = readNumber(cursor);
      if (index < 0) this.fail('FNL needs an index');
      this.record('FNL');
    } else if (startsWith(buffer, pos, end, FNA)) {
      cursor.pos += 4;
      const index = readNumber(cursor);
      const hits = skipComma(cursor) ? readNumber(cursor) : -1;
      if (index < 0 || hits < 0 || !skipComma(cursor)) this.fail('FNA needs index,count,name');
      const name = buffer.toString('utf8', cursor.pos, end);
      if (!this.functionNames.has(index)) this.functionNames.set(index, name);
      this.record('FNA').addFunction(this.functionNames.get(index)!, hits);
    } else if (startsWith(buffer, pos, end, SF)) {
      if (this.current) this.fail('SF inside a record: end_of_record is missing');
      const path = buffer.toString('utf8', pos + 3, end).trim();
      if (!path) this.fail('SF has no path');
      this.current = new FileCoverage(path);
      this.current.measured.add('lines');
    } else if (startsWith(buffer, pos, end, END)) {
      this.finishRecord();
    } else if (!IGNORED.some((prefix) => startsWith(buffer, pos, end, prefix))) {
      const text = buffer.toString('utf8', pos, Math.min(end, pos + 40));
      if (!/^[A-Z_]+:/.test(text)) this.fail(`unexpected line ${JSON.stringify(text)}`);
      // an unknown KEY: record from a newer lcov is skipped, as lcov itself does
    }
  }

  /** The end of the input: a last record without end_of_record is still taken. */
  finish(): Map<string, FileCoverage> {
    if (this.current) this.finishRecord();
    return this.files;
  }

  private record(key: string): FileCoverage {
    if (!this.current) this.fail(`${key} outside a record (no SF line before it)`);
    if (key.startsWith('FN')) this.current.measured.add('functions');
    return this.current;
  }

  private finishRecord(): void {
    const record = this.record('end_of_record');
    for (const [line, hits] of this.branches) record.addBranches(line, hits);
    this.branches = new Map();
    this.seenBranches = new Set();
    this.functionNames = new Map();
    const existing = this.files.get(record.path);
    if (existing) existing.merge(record);
    else this.files.set(record.path, record);
    this.current = undefined;
  }

  private fail(message: string): never {
    throw malformed(this.file, this.lineNumber, message);
  }
}

/** Feed a byte stream to the parser line by line. */
export async function parseLcovStream(
  file: string,
  stream: AsyncIterable<Buffer>,
): Promise<FileCoverage[]> {
  const parser = new LcovParser(file);
  let rest: Buffer | undefined;
  for await (const chunk of stream) {
    const buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let pos = 0;
    for (
      let newline = buffer.indexOf(NEWLINE, pos);
      newline !== -1;
      newline = buffer.indexOf(NEWLINE, pos)
    ) {
      parser.line(buffer, pos, newline);
      pos = newline + 1;
    }
    rest = pos < buffer.length ? buffer.subarray(pos) : undefined;
  }
  if (rest) parser.line(rest, 0, rest.length);
  return [...parser.finish().values()];
}

/** Parse the lcov file at `path`; errors name it `name` (the path as the user wrote it). */
export function parseLcovFile(path: string, name = path): Promise<FileCoverage[]> {
  return parseLcovStream(name, createReadStream(path, { highWaterMark: 1 << 20 }));
}
