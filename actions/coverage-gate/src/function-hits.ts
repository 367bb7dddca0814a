import { float64Array } from './slab.ts';

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
  /** Start line and hits of each function, in pairs, in the report's order. */
  private packed: Float64Array | undefined;

  /** Store a whole file's functions, each with its start line (all > 0) and hits. */
  setByStart(starts: readonly number[], hits: readonly number[]): void {
    if (this.size > 0) {
      this.setNamed(starts, [], hits);
      return;
    }
    const packed = float64Array(2 * starts.length);
    for (let index = 0; index < starts.length; index++) {
      packed[2 * index] = starts[index]!;
      packed[2 * index + 1] = hits[index]!;
    }
    this.packed = packed;
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
    return this.packed ? this.packed.length / 2 : (this.map?.size ?? 0);
  }

  covered(): number {
    let covered = 0;
    const packed = this.packed;
    if (packed)
      for (let index = 1; index < packed.length; index += 2) covered += packed[index]! > 0 ? 1 : 0;
    else for (const hits of this.map?.values() ?? []) covered += hits > 0 ? 1 : 0;
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
    const starts = packed.filter((_, index) => index % 2 === 0);
    const keys = functionKeys(
      starts,
      Array.from(starts, () => ''),
    );
    return new Map(keys.map((key, index): [string, number] => [key, packed[2 * index + 1]!]));
  }

  private unpacked(): Map<string, number> {
    if (this.packed) {
      this.map = this.unpackedView();
      this.packed = undefined;
    }
    return (this.map ??= new Map());
  }
}
