import { checkLine } from './limits.ts';
import { uint16Pool } from './slab.ts';

const EMPTY = new Uint16Array(0);
/** Counts saturate here: coverage only asks "was it hit", and 2 bytes a line keep big reports small. */
const MAX_HITS = 0xfffe;

/**
 * Hit counts by line number (saturating at 65,534), kept in one typed array indexed by line (hits + 1; 0 = not
 * instrumented). A 100 MB lcov report has millions of lines: a Map per file would cost several
 * times the memory of this dense array.
 */
export class LineHits {
  /** Lines 0 … capacity - 1 are array[offset …] (a region of a shared array, see slab.ts). */
  private array: Uint16Array = EMPTY;
  private offset = 0;
  private capacity = 0;
  private count = 0;
  private coveredCount = 0;

  /** Make room for lines up to `line` at once (parsers that know the largest line number). */
  reserve(line: number): void {
    checkLine(line);
    if (line >= this.capacity) this.grow(line + 1, 0);
  }

  /** Add hits to a line (adding makes it instrumented). */
  add(line: number, hits: number): void {
    if (line >= this.capacity) {
      checkLine(line);
      this.grow(line + 1, this.capacity * 2);
    }
    const clamped = hits > 0 ? Math.min(hits, MAX_HITS) : 0; // gcov can write -1 for unreliable counts
    const previous = this.array[this.offset + line]!;
    if (previous === 0) this.count++;
    const next = previous === 0 ? clamped + 1 : Math.min(previous + clamped, MAX_HITS + 1);
    if (previous <= 1 && next > 1) this.coveredCount++;
    this.array[this.offset + line] = next;
  }

  /**
   * Take the lines a parser gathered (see RecordLines) and empty them for reuse: one copy of
   * exactly the size needed.
   */
  take(lines: RecordLines): void {
    const { dense, top } = lines;
    if (this.count > 0) {
      for (let line = 0; line <= top; line++) if (dense[line]) this.add(line, dense[line]! - 1);
    } else if (top >= 0) {
      this.offset = uint16Pool.alloc(top + 1);
      this.array = uint16Pool.array;
      this.capacity = top + 1;
      this.array.set(dense.subarray(0, top + 1), this.offset);
      this.count = lines.count;
      this.coveredCount = lines.covered;
    }
    dense.fill(0, 0, top + 1);
    lines.top = -1;
    lines.count = lines.covered = 0;
  }

  /** The hits of a line, or undefined when the line is not instrumented. */
  get(line: number): number | undefined {
    const value = line < this.capacity ? this.array[this.offset + line]! : 0;
    return value === 0 ? undefined : value - 1;
  }

  /** How many lines are instrumented. */
  get size(): number {
    return this.count;
  }

  /** How many lines are covered (hit at least once). */
  covered(): number {
    return this.coveredCount;
  }

  forEach(visit: (line: number, hits: number) => void): void {
    for (let line = 0; line < this.capacity; line++) {
      const value = this.array[this.offset + line]!;
      if (value !== 0) visit(line, value - 1);
    }
  }

  addAll(other: LineHits): void {
    other.forEach((line, hits) => this.add(line, hits));
  }

  private grow(length: number, preferred: number): void {
    const capacity = Math.max(length, preferred, 16);
    const offset = uint16Pool.alloc(capacity);
    uint16Pool.array.set(this.array.subarray(this.offset, this.offset + this.capacity), offset);
    this.array = uint16Pool.array;
    this.offset = offset;
    this.capacity = capacity;
  }
}

/**
 * The lines of one lcov record as they are parsed, in a dense array reused from record to record
 * (LineHits' encoding: hits + 1, 0 = not instrumented), then taken by the file's LineHits at
 * end_of_record. Counting here spares a pass over every file's lines.
 */
export class RecordLines {
  dense = new Uint16Array(1024);
  /** The highest line added, -1 for none. */
  top = -1;
  count = 0;
  covered = 0;

  /** Add hits to a line (0 ≤ line ≤ MAX_LINE, checked by the parser). */
  add(line: number, hits: number): void {
    if (line >= this.dense.length) {
      const grown = new Uint16Array(Math.max(line + 1, 2 * this.dense.length));
      grown.set(this.dense);
      this.dense = grown;
    }
    const previous = this.dense[line]!;
    // a fraction (1.5e-1) still ran the line, as lcov counts it; gcov's -1 is read as 0
    const clamped = hits >= 1 ? (hits < MAX_HITS ? hits : MAX_HITS) : hits > 0 ? 1 : 0;
    if (previous === 0) {
      this.dense[line] = clamped + 1;
      this.count++;
      if (clamped >= 1) this.covered++;
    } else {
      const sum = previous + clamped;
      const next = sum > MAX_HITS ? MAX_HITS + 1 : sum;
      if (previous === 1 && next >= 2) this.covered++;
      this.dense[line] = next;
    }
    if (line > this.top) this.top = line;
  }
}
