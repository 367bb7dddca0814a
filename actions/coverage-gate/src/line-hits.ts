const EMPTY = new Float64Array(0);

/**
 * Hit counts by line number, kept in one typed array indexed by line (hits + 1; 0 = not
 * instrumented). A 100 MB lcov report has millions of lines: a Map per file would cost several
 * times the memory of this dense array.
 */
export class LineHits {
  private data: Float64Array = EMPTY;
  private count = 0;

  /** Add hits to a line (adding makes it instrumented). */
  add(line: number, hits: number): void {
    if (!(hits > 0)) hits = 0; // gcov can write -1 for unreliable counts
    if (line >= this.data.length) this.grow(line + 1);
    const previous = this.data[line]!;
    if (previous === 0) {
      this.count++;
      this.data[line] = hits + 1;
    } else this.data[line] = previous + hits;
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

  covered(): number {
    let covered = 0;
    for (let line = 0; line < this.data.length; line++) if (this.data[line]! > 1) covered++;
    return covered;
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

  private grow(length: number): void {
    const next = new Float64Array(Math.max(length, this.data.length * 2, 16));
    next.set(this.data);
    this.data = next;
  }
}
