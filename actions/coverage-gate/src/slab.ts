/**
 * Typed arrays carved out of shared 1 MB buffers. A big report holds a few small arrays for each
 * of tens of thousands of files; one ArrayBuffer each would add tens of thousands of objects for
 * the garbage collector to trace (and its young generation grows with them). Space is not reused:
 * the action runs once and exits.
 */
const SLAB_BYTES = 1 << 20;
let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;

function carve(bytes: number): [ArrayBuffer, number] {
  const aligned = (bytes + 7) & ~7;
  if (aligned > SLAB_BYTES / 4) return [new ArrayBuffer(aligned), 0];
  if (used + aligned > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const offset = used;
  used += aligned;
  return [slab, offset];
}

export function uint32Array(length: number): Uint32Array {
  const [buffer, offset] = carve(length * 4);
  return new Uint32Array(buffer, offset, length);
}

export function float64Array(length: number): Float64Array {
  const [buffer, offset] = carve(length * 8);
  return new Float64Array(buffer, offset, length);
}

export function uint16Array(length: number): Uint16Array {
  const [buffer, offset] = carve(length * 2);
  return new Uint16Array(buffer, offset, length);
}
