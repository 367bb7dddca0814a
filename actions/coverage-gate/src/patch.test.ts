import { describe, expect, test } from '@jest/globals';
import { FileCoverage } from './model.ts';
import { formatRanges, patchCoverage } from './patch.ts';

function file(path: string, hits: Record<number, number>): FileCoverage {
  const coverage = new FileCoverage(path);
  for (const [line, count] of Object.entries(hits)) coverage.lines.add(Number(line), count);
  return coverage;
}

describe('patch coverage', () => {
  const files = new Map([
    ['src/a.ts', file('src/a.ts', { 10: 1, 12: 0, 13: 0, 14: 0, 16: 1, 20: 0 })],
    ['src/b.ts', file('src/b.ts', { 1: 1 })],
    ['src/summary-only.ts', file('src/summary-only.ts', {})],
  ]);

  test('counts changed instrumented lines and joins uncovered ones across blank lines', () => {
    const changed = new Map([
      [
        'src/a.ts',
        [
          [10, 14],
          [15, 20],
        ] as [number, number][],
      ],
      ['src/c.ts', [[1, 3]] as [number, number][]],
      ['README.md', [[1, 1]] as [number, number][]],
      ['src/summary-only.ts', [[1, 1]] as [number, number][]],
    ]);
    const patch = patchCoverage(changed, files, () => true);
    expect(patch).toMatchObject({
      covered: 2,
      total: 6,
      notMeasured: ['src/c.ts', 'src/summary-only.ts'],
    });
    expect(formatRanges(patch.files[0]!.uncovered)).toBe('12-14, 20');
  });

  test('include/exclude apply to changed files too', () => {
    const changed = new Map([['src/a.ts', [[10, 10]] as [number, number][]]]);
    expect(patchCoverage(changed, files, (path) => path !== 'src/a.ts')).toMatchObject({
      covered: 0,
      total: 0,
    });
  });
});
