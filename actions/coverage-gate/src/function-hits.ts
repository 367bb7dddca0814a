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
 * The functions of a file by key (see functionKeys), with their hits. A parser that knows all of a file's
 * functions at once (lcov, at end_of_record) stores them packed: one buffer of names and one
 * typed array of hits, instead of a Map and a string per function; a Map is made only when
 * another report's functions merge in.
 */
export class FunctionHits {
  private map: Map<string, number> | undefined;
  /** Names joined by newlines, as bytes outside the JavaScript heap (see FileCoverage). */
  private packedNames: Buffer | undefined;
  private packedHits: Float64Array | undefined;

  /** Store a whole file's functions (keys unique, none stored yet). */
  setAll(names: readonly string[], hits: ArrayLike<number>): void {
    if (this.size > 0) {
      names.forEach((name, index) => this.add(name, hits[index]!));
      return;
    }
    this.packedNames = Buffer.from(names.join('\n'));
    this.packedHits = float64Array(names.length);
    for (let index = 0; index < names.length; index++) this.packedHits[index] = hits[index]!;
  }

  add(name: string, hits: number): void {
    const map = this.unpacked();
    map.set(name, (map.get(name) ?? 0) + hits);
  }

  get size(): number {
    return this.packedHits?.length ?? this.map?.size ?? 0;
  }

  covered(): number {
    let covered = 0;
    if (this.packedHits) for (const hits of this.packedHits) covered += hits > 0 ? 1 : 0;
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
    if (!this.packedHits) return this.map ?? new Map();
    const hits = this.packedHits;
    return new Map(
      this.packedNames!.toString()
        .split('\n')
        .map((name, index): [string, number] => [name, hits[index]!]),
    );
  }

  private unpacked(): Map<string, number> {
    if (this.packedHits) {
      this.map = this.unpackedView();
      this.packedHits = this.packedNames = undefined;
    }
    return (this.map ??= new Map());
  }
}
