import { float64Pool } from './slab.ts';

/**
 * The keys functions are known by: their start line, and their order among the functions that
 * start on that line. The formats of one run name functions differently (Istanbul's Cobertura
 * adds a signature, coverage tools mangle names), but agree on where each starts, so the same run
 * in two formats merges to its single totals. A function whose line the report omits is known by
 * its name.
 */
export function functionKeys(starts: ArrayLike<number>, names: readonly string[]): string[] {
  const seen = new Map<number, number>();
  return names.map((name, index) => {
    const start = starts[index]!;
    if (!(start > 0)) return `name:${name}`;
    const count = seen.get(start) ?? 0;
    seen.set(start, count + 1);
    return count ? `${start}#${count}` : `${start}`;
  });
}

/**
 * The functions of a file by key (see functionKeys), with their hits. A parser that knows all of
 * a file's functions at once (lcov, at end_of_record) stores them packed by start line: one
 * typed array of (start, hits) pairs instead of a Map and a key string per function (a big report
 * has tens of thousands of files: every object a file holds is work for the garbage collector).
 * A Map is made only when another report's functions merge in.
 */
export class FunctionHits {
  private map: Map<string, number> | undefined;
  /**
   * Start line and hits of each function, in pairs, in the report's order: `count` pairs at
   * packed[offset …] (a region of a shared array, see slab.ts); undefined when not packed.
   */
  private packed: Float64Array | undefined;
  private offset = 0;
  private count = 0;

  /** Store a whole file's functions, each with its start line (all > 0) and hits. */
  setByStart(starts: readonly number[], hits: readonly number[]): void {
    if (this.size > 0) {
      this.setNamed(starts, [], hits);
      return;
    }
    const offset = float64Pool.alloc(2 * starts.length);
    const packed = float64Pool.array;
    for (let index = 0; index < starts.length; index++) {
      packed[offset + 2 * index] = starts[index]!;
      packed[offset + 2 * index + 1] = hits[index]!;
    }
    this.packed = packed;
    this.offset = offset;
    this.count = starts.length;
  }

  /** Add a file's functions by start line, or by name where the start is unknown (0). */
  setNamed(starts: readonly number[], names: readonly string[], hits: readonly number[]): void {
    const keys = functionKeys(
      starts,
      starts.map((_, index) => names[index] ?? ''),
    );
    keys.forEach((key, index) => this.add(key, hits[index]!));
  }

  add(name: string, hits: number): void {
    const map = this.unpacked();
    map.set(name, (map.get(name) ?? 0) + hits);
  }

  get size(): number {
    return this.packed ? this.count : (this.map?.size ?? 0);
  }

  covered(): number {
    let covered = 0;
    const packed = this.packed;
    if (packed) {
      const end = this.offset + 2 * this.count;
      for (let at = this.offset + 1; at < end; at += 2) covered += packed[at]! > 0 ? 1 : 0;
    } else for (const hits of this.map?.values() ?? []) covered += hits > 0 ? 1 : 0;
    return covered;
  }

  entries(): [string, number][] {
    return [...this.unpackedView()];
  }

  addAll(other: FunctionHits): void {
    for (const [name, hits] of other.entries()) this.add(name, hits);
  }

  private unpackedView(): Map<string, number> {
    const packed = this.packed;
    if (!packed) return this.map ?? new Map();
    const at = (index: number) => this.offset + 2 * index;
    const starts = Array.from({ length: this.count }, (_, index) => packed[at(index)]!);
    const keys = functionKeys(
      starts,
      starts.map(() => ''),
    );
    return new Map(keys.map((key, index): [string, number] => [key, packed[at(index) + 1]!]));
  }

  private unpacked(): Map<string, number> {
    if (this.packed) {
      this.map = this.unpackedView();
      this.packed = undefined;
    }
    return (this.map ??= new Map());
  }
}
