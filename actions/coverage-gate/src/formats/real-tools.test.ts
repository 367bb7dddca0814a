import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { collectCoverage } from '../collect.ts';
import { METRICS, type Counter, type Metric } from '../model.ts';
import { PathResolver } from '../paths.ts';
import { totalsOf, type Totals } from '../totals.ts';

// Differential tests on real libraries' own test suites, run by the real tools
// (fixtures/real/make.sh): our totals for each report must equal the tool's own, and the same run
// in two formats must merge to the single totals.
const real = fileURLToPath(new URL('../../fixtures/real/', import.meta.url));
const text = (path: string) => readFileSync(join(real, path), 'utf8');
/** Debian's golang-github-google-go-cmp-dev (.ci/run installs it): the sources of the Go profile. */
const GO_CMP = '/usr/share/gocode/src/github.com/google/go-cmp';

const PROJECT_FILES: Record<string, string[]> = {
  gensync: ['index.js'],
  'json-with-bigint': ['json-with-bigint.cjs', 'json-with-bigint.js'],
  toolz: Object.keys(JSON.parse(text('toolz/coverage.json')).files),
};

async function totalsOf_(
  paths: string[],
  workspace = real,
  tracked?: string[],
  dir = real,
): Promise<Totals> {
  const project = paths[0]!.split('/')[0]!;
  const resolver = new PathResolver(
    workspace,
    tracked ?? PROJECT_FILES[project]!,
    project === 'go-cmp' ? [{ dir: '', module: 'github.com/google/go-cmp' }] : [],
  );
  const collected = await collectCoverage(
    workspace,
    paths.map((path) => join(dir, path)),
    'auto',
    resolver,
  );
  return totalsOf(collected.files.values());
}

const counter = (covered: unknown, total: unknown): Counter => ({
  covered: Number(covered),
  total: Number(total),
});

/** `lcov --summary`: "lines......: 84.6% (11 of 13 lines)"; "no data found" → no metric. */
function lcovSummary(path: string): Totals {
  const result: Totals = {};
  for (const [, name, covered, total] of text(path).matchAll(
    /(lines|functions|branches)\.*: [\d.]+% \((\d+) of (\d+)/g,
  ))
    result[name as Metric] = counter(covered, total);
  return result;
}

function xmlAttributes(path: string, element: RegExp): Record<string, string> {
  const tag = element.exec(text(path))![0];
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Istanbul's own totals (the json-summary reporter of the same run). */
function istanbulTotal(dir: string): Totals {
  const total = JSON.parse(text(`${dir}/coverage-summary.json`)).total;
  return Object.fromEntries(
    METRICS.map((metric) => [metric, counter(total[metric].covered, total[metric].total)]),
  );
}

function cloverTotal(path: string): Totals {
  const m = xmlAttributes(path, /<project[^>]*>\s*<metrics [^>]*>/);
  return {
    statements: counter(m.coveredstatements, m.statements),
    branches: counter(m.coveredconditionals, m.conditionals),
    functions: counter(m.coveredmethods, m.methods),
  };
}

function coberturaTotal(path: string): Totals {
  const root = xmlAttributes(path, /<coverage [^>]*>/);
  return {
    lines: counter(root['lines-covered'], root['lines-valid']),
    branches: counter(root['branches-covered'], root['branches-valid']),
  };
}

/**
 * Where we differ from a tool on purpose (README, "Where we differ"): Istanbul's Cobertura
 * writer leaves out of its <line> elements the branches on lines without a statement (default
 * arguments), which its root attribute counts; we count the lines' branches, which are what merges.
 */
const DELIBERATE: Record<string, Metric[]> = {
  'json-with-bigint/jest/cobertura-coverage.xml': ['branches'],
  'gensync/jest/cobertura-coverage.xml': ['branches'],
};

const figures = { equal: 0, compared: 0, deliberate: 0, merges: 0, mergesCompared: 0 };
afterAll(() => {
  console.log(
    `differential: ${figures.equal} of ${figures.compared} metric comparisons equal the tool's own ` +
      `(${figures.deliberate} documented differences); merges: ${figures.merges} of ${figures.mergesCompared} equal the single totals`,
  );
});

function compare(report: string, ours: Totals, theirs: Totals): void {
  for (const metric of METRICS) {
    const expected = theirs[metric];
    if (!expected) continue;
    figures.compared++;
    if (DELIBERATE[report]?.includes(metric)) {
      figures.deliberate++;
      expect(ours[metric]!.total).toBeLessThan(expected.total);
      continue;
    }
    expect({ metric, ...ours[metric] }).toEqual({ metric, ...expected });
    figures.equal++;
  }
}

const RUNS: Record<string, { report: string; own: () => Totals }[]> = {};
for (const dir of ['json-with-bigint/c8', 'json-with-bigint/jest', 'gensync/jest']) {
  RUNS[dir] = [
    { report: `${dir}/lcov.info`, own: () => lcovSummary(`${dir}/lcov-summary.txt`) },
    { report: `${dir}/coverage-final.json`, own: () => istanbulTotal(dir) },
    { report: `${dir}/coverage-summary.json`, own: () => istanbulTotal(dir) },
    {
      report: `${dir}/cobertura-coverage.xml`,
      own: () => coberturaTotal(`${dir}/cobertura-coverage.xml`),
    },
    { report: `${dir}/clover.xml`, own: () => cloverTotal(`${dir}/clover.xml`) },
  ];
}
RUNS['gensync/istanbul1'] = [
  {
    report: 'gensync/istanbul1/clover.xml',
    own: () => cloverTotal('gensync/istanbul1/clover.xml'),
  },
];
RUNS.toolz = [
  {
    report: 'toolz/coverage.json',
    own: () => {
      const t = JSON.parse(text('toolz/coverage.json')).totals;
      return {
        lines: counter(t.covered_lines, t.num_statements),
        branches: counter(t.covered_branches, t.num_branches),
      };
    },
  },
  { report: 'toolz/coverage.xml', own: () => coberturaTotal('toolz/coverage.xml') },
  { report: 'toolz/coverage.lcov', own: () => lcovSummary('toolz/lcov-summary.txt') },
];

describe.each(Object.entries(RUNS))('%s: totals equal the tool’s own', (_, reports) => {
  test.each(reports)('$report', async ({ report, own }) => {
    compare(report, await totalsOf_([report]), own());
  });
});

test('toolz: coverage report prints the JSON summary’s totals', () => {
  const t = JSON.parse(text('toolz/coverage.json')).totals;
  const [stmts, miss, branch, brpart] = /TOTAL\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/
    .exec(text('toolz/coverage-report.txt'))!
    .slice(1)
    .map(Number);
  expect([stmts, miss, branch]).toEqual([t.num_statements, t.missing_lines, t.num_branches]);
  expect(brpart).toBe(t.num_partial_branches);
});

/**
 * Pairs of one run's reports whose single totals agree on a metric must merge to that total.
 * coverage.py 6's lcov writer puts each branch on the line it jumps to and lists some twice
 * (`lcov --summary` counts 1352 branches where `coverage report` counts 533), so it merges with
 * nothing of its run line by line; its pairs are compared only where the singles agree.
 */
const PAIRS = Object.entries(RUNS).flatMap(([dir, reports]) =>
  reports.flatMap((a, index) =>
    reports
      .slice(index + 1)
      .filter((b) => !b.report.endsWith('coverage-summary.json'))
      .filter(() => !a.report.endsWith('coverage-summary.json'))
      .map((b) => ({ dir, a: a.report, b: b.report })),
  ),
);

test.each(PAIRS)('merging $a and $b equals the single totals', async ({ a, b }) => {
  const [alone, other, merged] = await Promise.all([
    totalsOf_([a]),
    totalsOf_([b]),
    totalsOf_([a, b]),
  ]);
  for (const metric of METRICS) {
    if (!alone[metric] || !other[metric]) continue;
    if (alone[metric].covered !== other[metric].covered) continue;
    if (alone[metric].total !== other[metric].total) continue;
    figures.mergesCompared++;
    expect({ metric, ...merged[metric] }).toEqual({ metric, ...alone[metric] });
    figures.merges++;
  }
});

const goCmp = existsSync(GO_CMP) || process.env.CI ? test : test.skip;
goCmp('go-cmp (go test -coverpkg): statements as go tool cover -func counts them', async () => {
  // a checkout of go-cmp with the profile in it: reports are read only inside the workspace
  const checkout = mkdtempSync(join(tmpdir(), 'go-cmp-'));
  cpSync(GO_CMP, checkout, { recursive: true });
  cpSync(join(real, 'go-cmp'), join(checkout, 'go-cmp'), { recursive: true });
  const totals = await totalsOf_(['go-cmp/coverage.out'], checkout, listFiles(checkout), checkout);
  rmSync(checkout, { recursive: true, force: true });
  const own = Number(/total:\s+\(statements\)\s+([\d.]+)%/.exec(text('go-cmp/cover-func.txt'))![1]);
  const statements = totals.statements!;
  figures.compared++;
  // go tool cover prints one decimal: %.1f of covered/total
  expect(((statements.covered * 100) / statements.total).toFixed(1)).toBe(own.toFixed(1));
  figures.equal++;
});

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(root, join(dir, entry.name))
      : [relative(root, join(dir, entry.name))],
  );
}
