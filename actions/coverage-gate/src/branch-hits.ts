import { uint32Array } from './slab.ts';

const EMPTY = new Uint32Array(0);
const MAX_HITS = 0xffffffff;

/**
 * The branches of a file: for each line with branches, the hits of each branch in the report's
 * order. Kept as two typed arrays sorted by line (a 100 MB lcov report has over a million
 * branches; an array per line would cost several times as much).
 */
export class BranchHits {
  private lines: Uint32Array = EMPTY;
  private hits: Uint32Array = EMPTY;
  private length = 0;
  private coveredCount = 0;

  /** Add a line's branch hits; a line already present adds them slot by slot (merging reports). */
  add(line: number, hits: ArrayLike<number>, start = 0, end = hits.length): void {
    if (end <= start) return;
    if (this.length === 0 || line > this.lines[this.length - 1]!) {
      this.ensure(this.length + end - start);
      for (let index = start; index < end; index++) this.push(line, hits[index]!);
      return;
    }
    this.insert(line, Array.prototype.slice.call(hits, start, end) as number[]);
  }

  get size(): number {
    return this.length;
  }

  /** Make room for `count` more branches at once (parsers that know how many come). */
  reserve(count: number): void {
    this.ensure(this.length + count, true);
  }

  covered(): number {
    return this.coveredCount;
  }

  /** Each line with its branches' hits. */
  forEachLine(visit: (line: number, hits: number[]) => void): void {
    for (let index = 0; index < this.length;) {
      const line = this.lines[index]!;
      const hits: number[] = [];
      while (index < this.length && this.lines[index] === line) hits.push(this.hits[index++]!);
      visit(line, hits);
    }
  }

  addAll(other: BranchHits): void {
    other.forEachLine((line, hits) => this.add(line, hits));
  }

  private push(line: number, hit: number): void {
    this.lines[this.length] = line;
    this.hits[this.length++] = Math.min(Math.max(hit, 0), MAX_HITS);
    if (hit > 0) this.coveredCount++;
  }

  /** The out-of-order case: rebuild with the line's slots merged in (rare: merges, XML classes). */
  private insert(line: number, hits: readonly number[]): void {
    let start = 0;
    while (start < this.length && this.lines[start]! < line) start++;
    let end = start;
    while (end < this.length && this.lines[end] === line) end++;
    const merged = hits.map(
      (hit, slot) => (start + slot < end ? this.hits[start + slot]! : 0) + Math.max(hit, 0),
    );
    for (let slot = hits.length; slot < end - start; slot++) merged.push(this.hits[start + slot]!);
    const lines = new Uint32Array(this.length - (end - start) + merged.length);
    const counts = new Uint32Array(lines.length);
    lines.set(this.lines.subarray(0, start));
    counts.set(this.hits.subarray(0, start));
    lines.fill(line, start, start + merged.length);
    counts.set(
      merged.map((hit) => Math.min(hit, MAX_HITS)),
      start,
    );
    lines.set(this.lines.subarray(end, this.length), start + merged.length);
    counts.set(this.hits.subarray(end, this.length), start + merged.length);
    this.lines = lines;
    this.hits = counts;
    this.length = lines.length;
    this.coveredCount = counts.reduce((covered, hit) => covered + (hit > 0 ? 1 : 0), 0);
  }

  private ensure(capacity: number, exact = false): void {
    if (capacity <= this.lines.length) return;
    const size = exact ? capacity : Math.max(capacity, this.lines.length * 2, 8);
    const lines = uint32Array(size);
    const hits = uint32Array(size);
    lines.set(this.lines.subarray(0, this.length));
    hits.set(this.hits.subarray(0, this.length));
    this.lines = lines;
    this.hits = hits;
  }
}
