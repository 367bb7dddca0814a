import { checkLine } from './limits.ts';
import { uint16Array } from './slab.ts';

const EMPTY = new Uint16Array(0);
/** Counts saturate here: coverage only asks "was it hit", and 2 bytes a line keep big reports small. */
const MAX_HITS = 0xfffe;

/**
 * Hit counts by line number (saturating at 65,534), kept in one typed array indexed by line (hits + 1; 0 = not
 * instrumented). A 100 MB lcov report has millions of lines: a Map per file would cost several
 * times the memory of this dense array.
 */
export class LineHits {
  private data: Uint16Array = EMPTY;
  private count = 0;
  private coveredCount = 0;

  /** Make room for lines up to `line` at once (parsers that know the largest line number). */
  reserve(line: number): void {
    checkLine(line);
    if (line >= this.data.length) this.grow(line + 1, 0);
  }

  /** Add hits to a line (adding makes it instrumented). */
  add(line: number, hits: number): void {
    if (line >= this.data.length) {
      checkLine(line);
      this.grow(line + 1, this.data.length * 2);
    }
    const clamped = hits > 0 ? Math.min(hits, MAX_HITS) : 0; // gcov can write -1 for unreliable counts
    const previous = this.data[line]!;
    if (previous === 0) this.count++;
    const next = previous === 0 ? clamped + 1 : Math.min(previous + clamped, MAX_HITS + 1);
    if (previous <= 1 && next > 1) this.coveredCount++;
    this.data[line] = next;
  }

  /**
   * Add the hits of rows [0, length) of `lines` and `hits` at once (lcov's DA lines at
   * end_of_record): one bounds check for the largest line, then a plain loop.
   */
  addRows(lines: Float64Array, hits: Float64Array, length: number): void {
    let largest = 0;
    for (let row = 0; row < length; row++) if (lines[row]! > largest) largest = lines[row]!;
    this.reserve(largest);
    const data = this.data;
    for (let row = 0; row < length; row++) {
      const line = lines[row]! | 0; // an integer index (lines are whole numbers up to MAX_LINE)
      const count = hits[row]!;
      const clamped = count > 0 ? (count < MAX_HITS ? count : MAX_HITS) : 0;
      const previous = data[line]!;
      const sum = previous + clamped;
      const next = previous === 0 ? clamped + 1 : sum > MAX_HITS ? MAX_HITS + 1 : sum;
      if (previous === 0) this.count++;
      if (previous <= 1 && next > 1) this.coveredCount++;
      data[line] = next;
    }
  }

  /** The hits of a line, or undefined when the line is not instrumented. */
  get(line: number): number | undefined {
    const value = line < this.data.length ? this.data[line]! : 0;
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
    for (let line = 0; line < this.data.length; line++) {
      const value = this.data[line]!;
      if (value !== 0) visit(line, value - 1);
    }
  }

  addAll(other: LineHits): void {
    other.forEach((line, hits) => this.add(line, hits));
  }

  private grow(length: number, preferred: number): void {
    const next = uint16Array(Math.max(length, preferred, 16));
    next.set(this.data);
    this.data = next;
  }
}
