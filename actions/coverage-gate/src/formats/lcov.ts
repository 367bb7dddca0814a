import { MAX_LINE } from '../limits.ts';
import { RecordLines } from '../line-hits.ts';
import { FileCoverage } from '../model.ts';
import { RecordFunctions } from './lcov-functions.ts';
import { addRecordBranches, Columns, eachChunk, LineCursor, startsWith } from './lcov-lines.ts';
import { readChunks } from './read.ts';
import { malformed } from './malformed.ts';

const NEWLINE = 10;
const CR = 13;
const COMMA = 44;
const COLON = 58;
const D = 68;
const A = 65;
/** An SF path or function name is far shorter; a longer line is no lcov (and is not buffered). */
const MAX_LINE_BYTES = 1 << 20;

/** A key (the bytes before a line's colon, at most 4) as one number, to switch on. */
function keyCode(key: string): number {
  let code = 0;
  for (let index = 0; index < key.length; index++) code = code * 256 + key.charCodeAt(index);
  return code;
}
const [SF, DA, BRDA, FN, FNDA, FNL, FNA] = ['SF', 'DA', 'BRDA', 'FN', 'FNDA', 'FNL', 'FNA'].map(
  keyCode,
);
/** Records we accept and recompute ourselves (as `lcov --summary` does) or do not need. */
const IGNORED = new Set(['TN', 'VER', 'LF', 'LH', 'BRF', 'BRH', 'FNF', 'FNH', 'LN'].map(keyCode));
const END = Buffer.from('end_of_record');

/**
 * Parses an lcov tracefile as a stream of bytes: no line becomes a string except SF paths, and
 * a record's lines, branches and functions gather in reused arrays until its end_of_record, so a
 * 100 MB report parses in well under a second and is never held whole.
 * Several records for one file (concatenated tracefiles) merge as `lcov -a` merges them.
 */
class LcovParser extends LineCursor {
  readonly files = new Map<string, FileCoverage>();
  private readonly file: string;
  private current: FileCoverage | undefined;
  private lineNumber = 0;
  // The record being parsed, in arrays reused from record to record (little garbage to collect):
  // DA lines, BRDA triples (line, block/branch key, taken), functions, lcov 2's function indexes.
  private readonly lines = new RecordLines();
  private readonly br = new Columns(3);
  private brIds = new Map<string, number>();
  private readonly functions = new RecordFunctions();
  private readonly fnlStarts = new Map<number, number>();
  private functionNames = new Map<number, string>();

  constructor(file: string) {
    super();
    this.file = file;
  }

  /**
   * Parse the whole lines of bytes [pos, length); return where the first incomplete one starts.
   * Nearly all of a big report's lines are `DA:<line>,<hits>`: they are parsed here, digit by
   * digit while their end is looked for, with no call per line (splitting lines first and then
   * parsing each was most of the time on a 100 MB report, and no library parses lcov faster).
   * Every other line, DA lines of other forms included, goes to `line`.
   */
  scan(buffer: Buffer, pos: number, length: number): number {
    while (pos < length) {
      let at = pos;
      // (bytes past `length` are never read: that would slow every read of the loop)
      if (
        pos + 3 < length &&
        buffer[pos] === D &&
        buffer[pos + 1] === A &&
        buffer[pos + 2] === COLON &&
        this.current
      ) {
        at = pos + 3;
        let line = 0;
        let byte = buffer[at]!;
        while (byte >= 48 && byte <= 57 && line <= MAX_LINE) {
          line = line * 10 + byte - 48;
          if (++at === length) return pos;
          byte = buffer[at]!;
        }
        if (byte === COMMA && at > pos + 3 && line <= MAX_LINE && ++at < length) {
          const start = at;
          let hits = 0;
          byte = buffer[at]!;
          while (byte >= 48 && byte <= 57) {
            hits = hits * 10 + byte - 48;
            if (++at === length) return pos;
            byte = buffer[at]!;
          }
          if (byte === CR && at + 1 < length && buffer[at + 1] === NEWLINE) byte = buffer[++at]!;
          if (byte === NEWLINE && at > start && at - pos <= MAX_LINE_BYTES) {
            this.lineNumber++;
            this.lines.add(line, hits);
            pos = at + 1;
            continue;
          }
        }
      }
      while (at < length && buffer[at] !== NEWLINE) at++;
      if (at === length) return pos;
      if (at - pos > MAX_LINE_BYTES) this.tooLong();
      this.lineNumber++;
      this.line(buffer, pos, at);
      pos = at + 1;
    }
    return pos;
  }

  tooLong(): never {
    throw malformed(
      this.file,
      this.lineNumber + 1,
      `a line longer than ${MAX_LINE_BYTES} bytes: no lcov record is`,
    );
  }

  /** Parse one line's bytes [pos, end). */
  private line(buffer: Buffer, pos: number, end: number): void {
    if (end > pos && buffer[end - 1] === CR) end--;
    if (end === pos) return;
    this.buffer = buffer;
    this.end = end;
    let code = 0;
    let at = pos;
    for (; at < end && at < pos + 4 && buffer[at] !== COLON; at++) code = code * 256 + buffer[at]!;
    this.pos = at + 1;
    if (at < end && buffer[at] === COLON) {
      if (code === DA) return this.parseDA();
      if (code === BRDA) return this.parseBRDA();
      if (code === FNDA || code === FN) return this.parseFunction(code === FN);
      if (code === FNL || code === FNA) return this.parseFunctionIndex(code === FNL);
      if (code === SF) return this.startRecord(buffer, at + 1, end);
      if (IGNORED.has(code)) return;
    }
    if (startsWith(buffer, pos, end, END)) this.finishRecord();
    else {
      const text = buffer.toString('utf8', pos, Math.min(end, pos + 40));
      if (!/^[A-Z_]+:/.test(text)) this.fail(`unexpected line ${JSON.stringify(text)}`);
      // an unknown KEY: record from a newer lcov is skipped, as lcov itself does
    }
  }

  /** FNDA:<hits>,<name>, or FN:<start>,<name> (lcov 2: FN:<start>,<end>,<name>). */
  private parseFunction(declaration: boolean): void {
    const { buffer, end } = this;
    const number = this.number();
    if (declaration) {
      if (number < 0 || !this.comma()) this.fail('FN needs a line number and a name');
      const mark = this.pos;
      if (this.number() < 0 || !this.comma()) this.pos = mark;
      this.record('FN');
      const index = this.functions.at(buffer, this.pos, end);
      if (!(this.functions.starts[index]! > 0)) this.functions.starts[index] = number;
    } else {
      if (number < 0 || !this.comma()) this.fail('FNDA needs a count and a name');
      this.record('FNDA');
      this.functions.hits[this.functions.at(buffer, this.pos, end)]! += number;
    }
  }

  /** lcov 2's FNL:<index>,<start>[,<end>] and FNA:<index>,<hits>,<name>. */
  private parseFunctionIndex(lines: boolean): void {
    const index = this.number();
    if (lines) {
      const start = this.comma() ? this.number() : -1;
      if (index < 0) this.fail('FNL needs an index');
      this.record('FNL');
      if (start > 0) this.fnlStarts.set(index, start);
      return;
    }
    const hits = this.comma() ? this.number() : -1;
    if (index < 0 || hits < 0 || !this.comma()) this.fail('FNA needs index,count,name');
    if (!this.functionNames.has(index))
      this.functionNames.set(index, this.buffer.toString('utf8', this.pos, this.end));
    this.record('FNA');
    const at = this.functions.named(this.functionNames.get(index)!);
    this.functions.hits[at]! += hits;
    if (!(this.functions.starts[at]! > 0))
      this.functions.starts[at] = this.fnlStarts.get(index) ?? 0;
  }

  private startRecord(buffer: Buffer, start: number, end: number): void {
    if (this.current) this.fail('SF inside a record: end_of_record is missing');
    const path = buffer.toString('utf8', start, end).trim();
    if (!path) this.fail('SF has no path');
    this.current = new FileCoverage(path);
    this.current.measure('lines');
  }

  /** The end of the input: a last record without end_of_record is still taken. */
  finish(): Map<string, FileCoverage> {
    if (this.current) this.finishRecord();
    return this.files;
  }

  private parseDA(): void {
    const line = this.number();
    const hits = this.comma() ? this.number() : -1;
    if (line < 0 || hits < 0) this.fail('DA needs a line number and a count');
    if (line > MAX_LINE || !Number.isInteger(line))
      this.fail(`line number ${line} is no line of a source file`);
    this.record('DA');
    this.lines.add(line, hits);
  }

  private parseBRDA(): void {
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

  private record(key: string): FileCoverage {
    if (!this.current) this.fail(`${key} outside a record (no SF line before it)`);
    if (key.charCodeAt(0) === 70 /* F */) this.current.measure('functions');
    return this.current;
  }

  private finishRecord(): void {
    const record = this.record('end_of_record');
    record.lines.take(this.lines);
    addRecordBranches(record, this.br);
    this.functions.storeIn(record.functions);
    this.br.length = 0;
    // (clearing a Map makes a new table even when it is empty)
    if (this.brIds.size) this.brIds.clear();
    if (this.functionNames.size) this.functionNames.clear();
    if (this.fnlStarts.size) this.fnlStarts.clear();
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
  await eachChunk(
    stream,
    MAX_LINE_BYTES,
    (buffer, pos, length) => parser.scan(buffer, pos, length),
    () => parser.tooLong(),
  );
  return [...parser.finish().values()];
}

/** Parse the lcov file at `path`; errors name it `name` (the path as the user wrote it). */
export function parseLcovFile(path: string, name = path): Promise<FileCoverage[]> {
  return parseLcovStream(name, readChunks(path));
}
