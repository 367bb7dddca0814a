import { functionKeys } from '../function-hits.ts';
import { MAX_LINE } from '../limits.ts';
import { FileCoverage } from '../model.ts';
import { addPlainDA, addRecordBranches, Columns, eachLine, startsWith } from './lcov-lines.ts';
import { readChunks } from './read.ts';
import { malformed } from './malformed.ts';

const CR = 13;
const COMMA = 44;
/** An SF path or function name is far shorter; a longer line is no lcov (and is not buffered). */
const MAX_LINE_BYTES = 1 << 20;

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
 * function names, and a record's lines and branches gather in reused arrays until its
 * end_of_record, so a 100 MB report parses in about a second and is never held whole.
 * Several records for one file (concatenated tracefiles) merge as `lcov -a` merges them.
 */
class LcovParser {
  readonly files = new Map<string, FileCoverage>();
  private readonly file: string;
  private current: FileCoverage | undefined;
  private lineNumber = 0;
  // the line being parsed
  private buffer: Buffer = Buffer.alloc(0);
  private pos = 0;
  private end = 0;
  // The record being parsed, in arrays reused from record to record (little garbage to collect):
  // DA pairs, BRDA triples (line, block/branch key, taken), functions, lcov 2's function indexes.
  private readonly da = new Columns(2);
  private readonly br = new Columns(3);
  private brIds = new Map<string, number>();
  private fnNames: string[] = [];
  private fnHits: number[] = [];
  private fnStarts: number[] = [];
  private readonly fnlStarts = new Map<number, number>();
  private readonly fnIndex = new Map<string, number>();
  private fnNext = 0;
  private functionNames = new Map<number, string>();

  constructor(file: string) {
    this.file = file;
  }

  /** Parse one line's bytes [pos, end). */
  line(buffer: Buffer, pos: number, end: number): void {
    this.lineNumber++;
    if (end > pos && buffer[end - 1] === CR) end--;
    if (end === pos) return;
    this.buffer = buffer;
    this.pos = pos;
    this.end = end;
    if (startsWith(buffer, pos, end, DA)) this.parseDA();
    else if (startsWith(buffer, pos, end, BRDA)) this.parseBRDA();
    else if (startsWith(buffer, pos, end, FNDA)) {
      this.pos += 5;
      const hits = this.number();
      if (hits < 0 || !this.comma()) this.fail('FNDA needs a count and a name');
      this.record('FNDA');
      this.fnHits[this.functionAt(this.pos, end)]! += hits;
    } else if (startsWith(buffer, pos, end, FN)) {
      this.pos += 3;
      const line = this.number();
      if (line < 0 || !this.comma()) this.fail('FN needs a line number and a name');
      // lcov 2 writes FN:<start>,<end>,<name>
      const mark = this.pos;
      if (this.number() < 0 || !this.comma()) this.pos = mark;
      this.record('FN');
      const index = this.functionAt(this.pos, end);
      if (!(this.fnStarts[index]! > 0)) this.fnStarts[index] = line;
    } else if (startsWith(buffer, pos, end, FNL)) {
      this.pos += 4;
      const index = this.number();
      const start = this.comma() ? this.number() : -1;
      if (index < 0) this.fail('FNL needs an index');
      this.record('FNL');
      if (start > 0) this.fnlStarts.set(index, start);
    } else if (startsWith(buffer, pos, end, FNA)) {
      this.pos += 4;
      const index = this.number();
      const hits = this.comma() ? this.number() : -1;
      if (index < 0 || hits < 0 || !this.comma()) this.fail('FNA needs index,count,name');
      if (!this.functionNames.has(index))
        this.functionNames.set(index, buffer.toString('utf8', this.pos, end));
      this.record('FNA');
      const at = this.functionNamed(this.functionNames.get(index)!);
      this.fnHits[at]! += hits;
      if (!(this.fnStarts[at]! > 0)) this.fnStarts[at] = this.fnlStarts.get(index) ?? 0;
    } else if (startsWith(buffer, pos, end, SF)) {
      if (this.current) this.fail('SF inside a record: end_of_record is missing');
      const path = buffer.toString('utf8', pos + 3, end).trim();
      if (!path) this.fail('SF has no path');
      this.current = new FileCoverage(path);
      this.current.measure('lines');
    } else if (startsWith(buffer, pos, end, END)) {
      this.finishRecord();
    } else if (!this.ignored()) {
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

  private ignored(): boolean {
    for (const prefix of IGNORED)
      if (startsWith(this.buffer, this.pos, this.end, prefix)) return true;
    return false;
  }

  /**
   * The record's index of the function named by bytes [start, end). FNDA lines usually follow the
   * FN lines' order, so the expected name is compared byte by byte before making a string.
   */
  private functionAt(start: number, end: number): number {
    const expected = this.fnNames[this.fnNext];
    if (expected !== undefined && expected.length === end - start) {
      let same = true;
      for (let index = 0; same && index < expected.length; index++)
        same = expected.charCodeAt(index) === this.buffer[start + index];
      if (same) return this.fnNext++;
    }
    const index = this.functionNamed(this.buffer.toString('utf8', start, end));
    this.fnNext = index + 1;
    return index;
  }

  private functionNamed(name: string): number {
    let index = this.fnIndex.get(name);
    if (index === undefined) {
      index = this.fnNames.length;
      this.fnIndex.set(name, index);
      this.fnNames.push(name);
      this.fnHits.push(0);
      this.fnStarts.push(0);
    }
    return index;
  }

  private parseDA(): void {
    this.pos += 3;
    if (this.current && addPlainDA(this.buffer, this.pos, this.end, this.da)) return;
    const line = this.number();
    const hits = this.comma() ? this.number() : -1;
    if (line < 0 || hits < 0) this.fail('DA needs a line number and a count');
    if (line > MAX_LINE || !Number.isInteger(line))
      this.fail(`line number ${line} is no line of a source file`);
    this.record('DA');
    const row = this.da.row();
    this.da.columns[0]![row] = line;
    this.da.columns[1]![row] = hits;
  }

  private parseBRDA(): void {
    this.pos += 5;
    const line = this.number();
    if (line < 0 || !this.comma()) this.fail('BRDA needs line,block,branch,taken');
    if (line > MAX_LINE) this.fail(`line number ${line} is no line of a source file`);
    const key = this.branchKey();
    const taken = this.number();
    if (taken < 0) this.fail('BRDA needs a count or - as taken');
    this.record('BRDA').measure('branches');
    const row = this.br.row();
    this.br.columns[0]![row] = line;
    this.br.columns[1]![row] = key;
    this.br.columns[2]![row] = taken;
  }

  /** block,branch as one number (gcov and Istanbul write small integers); other ids by first sight. */
  private branchKey(): number {
    const start = this.pos;
    const block = this.number();
    if (block >= 0 && block < 1 << 20 && this.comma()) {
      const branch = this.number();
      if (branch >= 0 && branch < 1 << 20 && this.comma()) return block * (1 << 20) + branch;
    }
    this.pos = start;
    let commas = 0;
    while (this.pos < this.end && commas < 2) if (this.buffer[this.pos++] === COMMA) commas++;
    if (commas < 2) this.fail('BRDA needs line,block,branch,taken');
    const id = this.buffer.toString('latin1', start, this.pos);
    let key = this.brIds.get(id);
    if (key === undefined) this.brIds.set(id, (key = -1 - this.brIds.size));
    return key;
  }

  /** An unsigned integer at the cursor, or -1 when there is none; `-` (never executed) reads as 0. */
  private number(): number {
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

  private comma(): boolean {
    if (this.pos < this.end && this.buffer[this.pos] === COMMA) {
      this.pos++;
      return true;
    }
    return false;
  }

  private record(key: string): FileCoverage {
    if (!this.current) this.fail(`${key} outside a record (no SF line before it)`);
    if (key.charCodeAt(0) === 70 /* F */) this.current.measure('functions');
    return this.current;
  }

  private finishRecord(): void {
    const record = this.record('end_of_record');
    const [daLines, daHits] = this.da.columns as [Float64Array, Float64Array];
    record.lines.addRows(daLines, daHits, this.da.length);
    addRecordBranches(record, this.br);
    if (this.fnNames.length)
      record.functions.setAll(functionKeys(this.fnStarts, this.fnNames), this.fnHits);
    this.da.length = this.br.length = 0;
    this.brIds.clear();
    this.functionNames.clear();
    this.fnNames = [];
    this.fnHits = [];
    this.fnStarts = [];
    this.fnlStarts.clear();
    this.fnIndex.clear();
    this.fnNext = 0;
    const existing = this.files.get(record.path);
    if (existing) existing.merge(record);
    else this.files.set(record.path, record);
    this.current = undefined;
  }

  private fail(message: string): never {
    throw malformed(this.file, this.lineNumber, message);
  }
}

/** Parse an lcov byte stream (see LcovParser); errors name `file`. */
export async function parseLcovStream(
  file: string,
  stream: AsyncIterable<Buffer> | Iterable<Buffer>,
): Promise<FileCoverage[]> {
  const parser = new LcovParser(file);
  await eachLine(
    stream,
    MAX_LINE_BYTES,
    (buffer, pos, end) => parser.line(buffer, pos, end),
    (line) => {
      throw malformed(file, line, `a line longer than ${MAX_LINE_BYTES} bytes: no lcov record is`);
    },
  );
  return [...parser.finish().values()];
}

/** Parse the lcov file at `path`; errors name it `name` (the path as the user wrote it). */
export function parseLcovFile(path: string, name = path): Promise<FileCoverage[]> {
  return parseLcovStream(name, readChunks(path));
}
