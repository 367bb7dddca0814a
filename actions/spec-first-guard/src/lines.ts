/**
 * 1-based line of an offset. Newlines are indexed only as far as the offsets asked for: findings
 * in the first part of a 13 MB document do not pay for reading the rest.
 */
export function lineIndex(text: string): (offset: number) => number {
  const newlines: number[] = [];
  let scanned = 0;
  return (offset) => {
    while (scanned <= offset && scanned < text.length) {
      const next = text.indexOf('\n', scanned);
      if (next === -1) scanned = text.length;
      else {
        newlines.push(next);
        scanned = next + 1;
      }
    }
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newlines[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}
