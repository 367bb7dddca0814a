import { uint32Pool } from './slab.ts';

const EMPTY = new Uint32Array(0);
const MAX_HITS = 0xffffffff;

/**
 * The branches of a file: for each line with branches, the hits of each branch in the report's
 * order. Kept as one typed array of (line, hits) pairs sorted by line (a 100 MB lcov report has
 * over a million branches; an array per line would cost several times as much).
 */
export class BranchHits {
  /** (line, hits) pairs at array[offset …], room for capacity / 2 (see slab.ts). */
  private array: Uint32Array = EMPTY;
  private offset = 0;
  private capacity = 0;
  private length = 0;
  private coveredCount = 0;

  /**
   * Add a line's branch hits. A line already present (another report of the same file) merges
   * slot by slot taking the larger count, or, `byCount`, as counts: when either report gives only
   * how many of the line's branches ran (Cobertura, JaCoCo, Clover), not which, the line keeps
   * the larger covered count and the larger total. Never a sum: the same run in two formats must
   * give its single totals.
   */
  add(line: number, hits: ArrayLike<number>, start = 0, end = hits.length, byCount = false): void {
    if (end <= start) return;
    if (this.length === 0 || line > this.lineAt(this.length - 1)) {
      this.ensure(this.length + end - start);
      for (let index = start; index < end; index++) this.push(line, hits[index]!);
      return;
    }
    this.insert(line, Array.prototype.slice.call(hits, start, end) as number[], byCount);
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
      const line = this.lineAt(index);
      const hits: number[] = [];
      while (index < this.length && this.lineAt(index) === line) hits.push(this.hitsAt(index++));
      visit(line, hits);
    }
  }

  addAll(other: BranchHits, byCount: boolean): void {
    other.forEachLine((line, hits) => this.add(line, hits, 0, hits.length, byCount));
  }

  private lineAt(index: number): number {
    return this.array[this.offset + 2 * index]!;
  }

  private hitsAt(index: number): number {
    return this.array[this.offset + 2 * index + 1]!;
  }

  private push(line: number, hit: number): void {
    const at = this.offset + 2 * this.length;
    this.array[at] = line;
    this.array[at + 1] = Math.min(Math.max(hit, 0), MAX_HITS);
    this.length++;
    if (hit > 0) this.coveredCount++;
  }

  /** The out-of-order case: rebuild with the line's slots merged in (rare: merges, XML classes). */
  private insert(line: number, hits: readonly number[], byCount: boolean): void {
    const rows: [number, number][] = [];
    for (let index = 0; index < this.length; index++)
      rows.push([this.lineAt(index), this.hitsAt(index)]);
    let start = 0;
    while (start < rows.length && rows[start]![0] < line) start++;
    let end = start;
    while (end < rows.length && rows[end]![0] === line) end++;
    const ours = rows.slice(start, end).map((row) => row[1]);
    rows.splice(
      start,
      end - start,
      ...mergeLine(ours, hits, byCount).map((hit): [number, number] => [line, hit]),
    );
    this.array = EMPTY;
    this.offset = this.capacity = this.length = this.coveredCount = 0;
    this.ensure(rows.length, true);
    for (const [at, hit] of rows) this.push(at, hit);
  }

  private ensure(capacity: number, exact = false): void {
    if (2 * capacity <= this.capacity) return;
    const size = exact ? capacity : Math.max(capacity, this.length * 2, 8);
    const offset = uint32Pool.alloc(2 * size);
    const used = this.array.subarray(this.offset, this.offset + 2 * this.length);
    uint32Pool.array.set(used, offset);
    this.array = uint32Pool.array;
    this.offset = offset;
    this.capacity = 2 * size;
  }
}

/** One line's branches from two reports (see BranchHits.add). */
function mergeLine(ours: readonly number[], theirs: readonly number[], byCount: boolean): number[] {
  if (ours.length === 0) return [...theirs];
  if (!byCount) {
    const length = Math.max(ours.length, theirs.length);
    return Array.from({ length }, (_, slot) => Math.max(ours[slot] ?? 0, theirs[slot] ?? 0, 0));
  }
  const ran = (hits: readonly number[]) => hits.filter((hit) => hit > 0).length;
  const covered = Math.max(ran(ours), ran(theirs));
  const total = Math.max(ours.length, theirs.length);
  return Array.from({ length: total }, (_, slot) => (slot < covered ? 1 : 0));
}
