/**
 * Regions of shared typed arrays of 1 MB. A big report holds a few small arrays for each of tens
 * of thousands of files; an array object each (even a view of a shared buffer) adds tens of
 * thousands of objects for the garbage collector to copy and trace, and its young generation
 * grows with them. So a file's store keeps the pool's current array and an offset into it: no
 * object of its own. Space is not reused: the action runs once and exits.
 */
const SLAB_BYTES = 1 << 20;

type Numbers = Uint16Array | Uint32Array | Float64Array;

class Pool<T extends Numbers> {
  /** The array the last `alloc` carved from: read a region through it right after. */
  array: T;
  private used = 0;
  private readonly slabLength: number;
  private readonly create: (length: number) => T;

  constructor(create: (length: number) => T) {
    this.create = create;
    this.array = create(0);
    this.slabLength = SLAB_BYTES / this.array.BYTES_PER_ELEMENT;
  }

  /** The offset in `array` of `length` zeroed elements. */
  alloc(length: number): number {
    if (length > this.slabLength / 4) {
      // a large array is its own slab, left full
      this.array = this.create(length);
      this.used = length;
      return 0;
    }
    if (this.used + length > this.array.length) {
      this.array = this.create(this.slabLength);
      this.used = 0;
    }
    const offset = this.used;
    this.used += length;
    return offset;
  }
}

export const uint16Pool = new Pool((length) => new Uint16Array(length));
export const uint32Pool = new Pool((length) => new Uint32Array(length));
export const float64Pool = new Pool((length) => new Float64Array(length));
