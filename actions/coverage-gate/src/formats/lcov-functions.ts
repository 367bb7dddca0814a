import type { FunctionHits } from '../function-hits.ts';

/** Up to this many functions, a name is looked up by comparing bytes; beyond, by a Map. */
const LINEAR = 16;

/**
 * The functions of the lcov record being parsed: each one's start line and hits, matched by
 * name between its FN, FNDA (and lcov 2's FNA) lines. Names stay bytes in one reused buffer and
 * are compared byte by byte (FNDA lines usually follow the FN lines' order): a big report has
 * hundreds of thousands of functions, and a string each was garbage to collect. Strings and a
 * Map are made only for a record with many functions out of order or with non-ASCII names
 * (where bytes and decoded names could disagree), so names match exactly as decoded strings.
 */
export class RecordFunctions {
  count = 0;
  readonly starts: number[] = [];
  readonly hits: number[] = [];
  private bytes = Buffer.allocUnsafe(4096);
  private used = 0;
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private next = 0;
  private ascii = true;
  private index: Map<string, number> | undefined;

  /** The index of the function named by bytes [start, end) of `buffer`; a new name is added. */
  at(buffer: Buffer, start: number, end: number): number {
    let found = -1;
    if (this.next < this.count && this.same(this.next, buffer, start, end)) found = this.next;
    else if (this.ascii && !this.index && this.count <= LINEAR) {
      for (let index = 0; index < this.count && found === -1; index++)
        if (this.same(index, buffer, start, end)) found = index;
    } else found = this.lookup(buffer.toString('utf8', start, end)) ?? -1;
    if (found === -1) found = this.add(buffer, start, end);
    this.next = found + 1;
    return found;
  }

  /** The index of the function named `name` (lcov 2's FNA); a new name is added. */
  named(name: string): number {
    const found = this.lookup(name);
    if (found !== undefined) return found;
    const bytes = Buffer.from(name);
    return this.add(bytes, 0, bytes.length);
  }

  /** A function's name (for one without a start line). */
  nameOf(index: number): string {
    return this.bytes.toString('utf8', this.from[index], this.to[index]);
  }

  /** Store the record's functions in `target`, then empty this for the next record. */
  storeIn(target: FunctionHits): void {
    if (this.count === 0) return;
    let started = true;
    for (let index = 0; index < this.count && started; index++) started = this.starts[index]! > 0;
    if (started) target.setByStart(this.starts, this.hits);
    else
      target.setNamed(
        this.starts,
        this.starts.map((_, index) => this.nameOf(index)),
        this.hits,
      );
    this.count = this.used = this.next = 0;
    this.starts.length = this.hits.length = this.from.length = this.to.length = 0;
    this.ascii = true;
    this.index = undefined;
  }

  private same(index: number, buffer: Buffer, start: number, end: number): boolean {
    const from = this.from[index]!;
    if (this.to[index]! - from !== end - start) return false;
    const bytes = this.bytes;
    for (let at = 0; at < end - start; at++)
      if (bytes[from + at] !== buffer[start + at]) return false;
    return true;
  }

  private lookup(name: string): number | undefined {
    if (!this.index) {
      this.index = new Map();
      for (let index = 0; index < this.count; index++)
        if (!this.index.has(this.nameOf(index))) this.index.set(this.nameOf(index), index);
    }
    return this.index.get(name);
  }

  private add(buffer: Buffer, start: number, end: number): number {
    const length = end - start;
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.used + length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    // names are short: a loop copies them faster than a call to Buffer#copy
    const bytes = this.bytes;
    for (let at = start, to = this.used; at < end; at++, to++) {
      const byte = buffer[at]!;
      if (byte >= 0x80) this.ascii = false;
      bytes[to] = byte;
    }
    const index = this.count++;
    this.from.push(this.used);
    this.to.push((this.used += length));
    this.starts.push(0);
    this.hits.push(0);
    this.index?.set(this.nameOf(index), index);
    return index;
  }
}
