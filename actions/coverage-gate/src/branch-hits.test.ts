import { describe, expect, test } from '@jest/globals';
import { BranchHits } from './branch-hits.ts';

function lines(branches: BranchHits): [number, number[]][] {
  const result: [number, number[]][] = [];
  branches.forEachLine((line, hits) => result.push([line, hits]));
  return result;
}

describe('branch hits', () => {
  test('lines in order, then a merge out of order adds slot by slot', () => {
    const branches = new BranchHits();
    branches.add(3, [1, 0]);
    branches.add(9, [0, 0, 2]);
    branches.add(3, [0, 4, 1]);
    branches.add(5, [7]);
    expect(lines(branches)).toEqual([
      [3, [1, 4, 1]],
      [5, [7]],
      [9, [0, 0, 2]],
    ]);
    expect({ size: branches.size, covered: branches.covered() }).toEqual({ size: 7, covered: 5 });
  });
});
