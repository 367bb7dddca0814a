import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import type { Counter, Metric } from '../model.ts';
import { totalsOf, type Totals } from '../totals.ts';
import { formatOf, parseReport } from './parse.ts';

// Each fixture was written by the real tool (fixtures/make-fixtures.sh), next to the tool's own
// printed totals; our totals for the report alone must equal them exactly.
const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const text = (path: string) => readFileSync(fixture(path), 'utf8');

async function totals(path: string): Promise<Totals> {
  return totalsOf(
    (await parseReport(fixture(path), (await formatOf(fixture(path), 'auto'))!)).files,
  );
}

/** `lcov --summary`: "lines......: 84.6% (11 of 13 lines)"; "no data found" → no metric. */
function lcovSummary(path: string): Partial<Record<Metric, Counter>> {
  const result: Partial<Record<Metric, Counter>> = {};
  for (const [, name, covered, total] of text(path).matchAll(
    /(lines|functions|branches)\.*: [\d.]+% \((\d+) of (\d+)/g,
  )) {
    result[name as Metric] = { covered: Number(covered), total: Number(total) };
  }
  return result;
}

describe('totals equal each tool’s own', () => {
  test('coverage.py JSON: covered_lines / num_statements and covered_branches / num_branches', async () => {
    const own = JSON.parse(text('python/report/coverage.json')).totals;
    expect(await totals('python/report/coverage.json')).toEqual({
      lines: { covered: own.covered_lines, total: own.num_statements },
      branches: { covered: own.covered_branches, total: own.num_branches },
    });
    expect(text('python/report/coverage-report.txt')).toMatch(/TOTAL\s+34\s+6\s+16\s+3/);
  });

  test('coverage.py Cobertura XML: the root lines-covered/lines-valid and branches', async () => {
    const root = /<coverage [^>]*/.exec(text('python/report/coverage.xml'))![0];
    const attr = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(root)![1]);
    expect(await totals('python/report/coverage.xml')).toEqual({
      lines: { covered: attr('lines-covered'), total: attr('lines-valid') },
      branches: { covered: attr('branches-covered'), total: attr('branches-valid') },
    });
  });

  test('coverage.py lcov: lcov --summary', async () => {
    expect(await totals('python/report/coverage.lcov')).toEqual(
      lcovSummary('python/report/lcov-summary.txt'),
    );
  });

  test.each(['set', 'count', 'atomic'])(
    'go coverprofile (%s): go tool cover -func total',
    async (mode) => {
      const own = /total:\s+\(statements\)\s+([\d.]+)%/.exec(
        text(`go/report/${mode}-func.txt`),
      )![1];
      const { statements } = await totals(`go/report/${mode}.out`);
      expect(((statements!.covered * 100) / statements!.total).toFixed(1)).toBe(own);
      expect(statements).toEqual({ covered: 10, total: 20 });
    },
  );

  test('Istanbul lcov (jest): lcov --summary', async () => {
    expect(await totals('jest/out/lcov.info')).toEqual(lcovSummary('jest/out/lcov-summary.txt'));
  });

  test('Istanbul coverage-final.json and coverage-summary.json: coverage-summary totals', async () => {
    const own = JSON.parse(text('jest/out/coverage-summary.json')).total;
    const expected = Object.fromEntries(
      (['lines', 'branches', 'functions', 'statements'] as const).map((metric) => [
        metric,
        { covered: own[metric].covered, total: own[metric].total },
      ]),
    );
    expect(await totals('jest/out/coverage-final.json')).toEqual(expected);
    expect(await totals('jest/out/coverage-summary.json')).toEqual(expected);
  });

  test('Istanbul Clover: the project metrics', async () => {
    const metrics = /<project[^>]*>\s*<metrics ([^>]*)/.exec(text('jest/out/clover.xml'))![1]!;
    const attr = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(metrics)![1]);
    const result = await totals('jest/out/clover.xml');
    expect(result.statements).toEqual({
      covered: attr('coveredstatements'),
      total: attr('statements'),
    });
    expect(result.branches).toEqual({
      covered: attr('coveredconditionals'),
      total: attr('conditionals'),
    });
    expect(result.functions).toEqual({ covered: attr('coveredmethods'), total: attr('methods') });
  });

  test('Istanbul Cobertura: root lines; branches as its lines state them', async () => {
    const root = /<coverage [^>]*/.exec(text('jest/out/cobertura-coverage.xml'))![0];
    const attr = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(root)![1]);
    const result = await totals('jest/out/cobertura-coverage.xml');
    expect(result.lines).toEqual({ covered: attr('lines-covered'), total: attr('lines-valid') });
    // Istanbul's writer drops a branch on a line with no statement (a default argument): its
    // root attribute counts 13, its <line> elements hold 12, and per-line data is all we merge.
    expect(result.branches).toEqual({
      covered: attr('branches-covered'),
      total: attr('branches-valid') - 1,
    });
  });

  test('JaCoCo XML: the LINE, BRANCH, METHOD and INSTRUCTION counters', async () => {
    const own = Object.fromEntries(
      [
        ...text('jacoco/report/jacoco-counters.txt').matchAll(/(\w+) covered=(\d+) missed=(\d+)/g),
      ].map(([, type, covered, missed]) => [
        type,
        { covered: Number(covered), total: Number(covered) + Number(missed) },
      ]),
    );
    expect(await totals('jacoco/report/jacoco.xml')).toEqual({
      lines: own.LINE,
      branches: own.BRANCH,
      functions: own.METHOD,
      statements: own.INSTRUCTION,
    });
  });
});
