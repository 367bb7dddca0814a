import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  inputsWithDefaults,
  localContext,
  readActionMetadata,
  UsageError,
} from '@flow-actions/kit';
import { pullRequestEvent, tempRepo, type TempRepo } from '@flow-actions/testing';
import type { GitHubEvent } from '@flow-actions/github/event';
import { run } from './run.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const source = (path: string) => readFileSync(join(fixtures, path), 'utf8');

/** A monorepo with a service per language, each with the sources its fixture report covers. */
function monorepo(): TempRepo {
  const repo = tempRepo();
  repo.commit('chore: services', {
    'services/billing-py/calc.py': source('python/calc.py'),
    'services/billing-py/run_tests.py': source('python/run_tests.py'),
    'services/shapes-go/go.mod': source('go/go.mod'),
    'services/shapes-go/shapes.go': source('go/shapes.go'),
    'services/shapes-go/geometry/geometry.go': source('go/geometry/geometry.go'),
    'services/calc-java/src/main/java/com/example/calc/Calc.java': source(
      'jacoco/src/com/example/calc/Calc.java',
    ),
    'services/calc-java/src/main/java/com/example/calc/Main.java': source(
      'jacoco/src/com/example/calc/Main.java',
    ),
    'web/src/calc.js': source('jest/src/calc.js'),
    'web/src/strings.js': source('jest/src/strings.js'),
    'README.md': '# monorepo\n',
  });
  // reports land where each tool writes them (untracked, as in CI)
  const place = (from: string, to: string) => {
    mkdirSync(dirname(join(repo.dir, to)), { recursive: true });
    copyFileSync(join(fixtures, from), join(repo.dir, to));
  };
  place('python/report/coverage.xml', 'services/billing-py/coverage.xml');
  place('go/report/count.out', 'services/shapes-go/coverage.out');
  place(
    'jacoco/report/jacoco.xml',
    'services/calc-java/build/reports/jacoco/test/jacocoTestReport.xml',
  );
  place('jest/out/lcov.info', 'web/coverage/lcov.info');
  return repo;
}

const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));

async function gate(repo: TempRepo, inputs: Record<string, string>, event?: GitHubEvent) {
  return run(
    localContext({ workspace: repo.dir, inputs: inputsWithDefaults(metadata, inputs), event }),
  );
}

describe('coverage gate over a multi-language monorepo', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = monorepo();
  });
  afterAll(() => repo.remove());

  test('auto-discovery finds every report and maps every path', async () => {
    const { report, outputs } = await gate(repo, {});
    expect(report.reports.map((entry) => `${entry.file} ${entry.format}`)).toEqual([
      'services/billing-py/coverage.xml cobertura',
      'services/calc-java/build/reports/jacoco/test/jacocoTestReport.xml jacoco',
      'services/shapes-go/coverage.out go',
      'web/coverage/lcov.info lcov',
    ]);
    expect(report.unmapped).toEqual([]);
    // python 28/34 + go 15/32 + java 8/18 + jest 11/13
    expect(report.totals.lines).toMatchObject({ covered: 62, total: 97 });
    expect(outputs).toMatchObject({ lines: '63.91', patch: '' });
    expect(report.packages.map((pkg) => pkg.name)).toContain('services/shapes-go/geometry');
  });

  test('the same report twice changes nothing; Go shards merge into the whole profile', async () => {
    const once = await gate(repo, { reports: 'services/shapes-go/coverage.out' });
    const twice = await gate(repo, {
      reports:
        'services/shapes-go/coverage.out\nservices/shapes-go/coverage.out\nservices/**/*.out',
    });
    expect(twice.report.totals).toEqual(once.report.totals);
    for (const shard of ['shard-root', 'shard-geometry']) {
      copyFileSync(
        join(fixtures, `go/report/${shard}.out`),
        join(repo.dir, `services/shapes-go/${shard}.cov`),
      );
    }
    const shards = await gate(repo, { reports: 'services/shapes-go/*.cov' });
    expect(shards.report.totals.statements).toEqual(once.report.totals.statements);
  });

  test('thresholds, package thresholds per matching service, include/exclude', async () => {
    const { report } = await gate(repo, {
      thresholds: 'lines=63.91 branches=50',
      'package-thresholds':
        'services/*-py/**: lines=85\nweb/**: lines=80 functions=60\nnothing/**: lines=1',
      exclude: 'services/calc-java/**',
    });
    expect(report.passed).toBe(false);
    expect(report.findings.map((finding) => finding.message)).toEqual([
      'package-thresholds: nothing/** matches no covered file',
      'package services/billing-py: lines coverage 82.35% (28 of 34) is below 85%',
    ]);
    expect(report.packages.find((pkg) => pkg.name === 'web')).toMatchObject({
      passed: true,
      files: 2,
    });
  });

  test('a threshold on a metric the reports lack fails', async () => {
    const { report } = await gate(repo, {
      reports: 'services/billing-py/coverage.xml',
      thresholds: 'functions=10',
    });
    expect(report.findings[0]!.message).toMatch(
      /functions threshold of 10% is set, but the reports have no functions data \(they have lines, branches/,
    );
  });

  test('baseline and max-decrease', async () => {
    writeFileSync(
      join(repo.dir, 'base.json'),
      JSON.stringify({ totals: { lines: { percent: 70 }, branches: { percent: 10 } } }),
    );
    const { report } = await gate(repo, { baseline: 'base.json', 'max-decrease': '5' });
    expect(report.findings.map((finding) => finding.rule)).toEqual(['max-decrease']);
    expect(report.baseline!.deltas.lines).toBeCloseTo(63.917 - 70, 2);
  });

  test('no report: an error, or a warning with if-no-reports: warn', async () => {
    const failed = await gate(repo, { reports: 'nothing/*.xml' });
    expect(failed.report).toMatchObject({
      passed: false,
      findings: [{ rule: 'no-reports', severity: 'error' }],
    });
    const warned = await gate(repo, { reports: 'nothing/*.xml', 'if-no-reports': 'warn' });
    expect(warned.report).toMatchObject({
      passed: true,
      findings: [{ rule: 'no-reports', severity: 'warning' }],
    });
    expect(warned.outputs.lines).toBe('');
    // one shard's report missing fails too, though the others are gated
    const partial = await gate(repo, {
      reports: 'web/coverage/lcov.info\nweb/**/*.info\nshards/*/lcov.info',
    });
    expect(partial.report.findings).toEqual([
      {
        rule: 'no-reports',
        severity: 'error',
        message: 'reports: shards/*/lcov.info matches no file',
      },
    ]);
    expect(partial.outputs.lines).toBe('84.61');
  });

  test('auto-discovery skips a file of unknown content; a named one fails', async () => {
    writeFileSync(join(repo.dir, 'coverage.json'), '{"threshold": 80}\n');
    const { report } = await gate(repo, {});
    expect(report.passed).toBe(true);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'not-a-report', severity: 'notice', file: 'coverage.json' }),
    ]);
    const error = await gate(repo, { reports: 'coverage.json' }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(
      /coverage\.json is not a coverage report this action reads/,
    );
    rmSync(join(repo.dir, 'coverage.json'));
  });

  test('a report with no instrumented lines fails, saying so', async () => {
    writeFileSync(join(repo.dir, 'empty.info'), 'TN:\nSF:web/src/calc.js\nend_of_record\n');
    const error = await gate(repo, { reports: 'empty.info' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/empty\.info \(lcov\) has no instrumented lines/);
  });
});

describe('patch coverage on a pull request', () => {
  test('changed lines of a Cobertura-covered service, uncovered ranges, the patch threshold', async () => {
    const repo = monorepo();
    const base = repo.head();
    repo.git('checkout', '-q', '-b', 'feature');
    // calc.py line 5 (run by the tests) and lines 27-28 (never_called's body) change
    const calc = source('python/calc.py')
      .replace('if n < 0:', 'if n < -0:')
      .replace('if x:', 'if x is not None:')
      .replace('return x * 2', 'return x * 3');
    const head = repo.commit('feat(billing): tweak', {
      'services/billing-py/calc.py': calc,
      'services/billing-py/rates.py': 'RATE = 3\n',
    });
    const inputs = { reports: 'services/billing-py/coverage.xml', 'patch-threshold': '33.34' };
    const event = pullRequestEvent({ base, head });
    const { report, outputs } = await gate(
      repo,
      { ...inputs, 'unreported-files': 'ignore' },
      event,
    );
    expect(report.patch).toMatchObject({
      covered: 1,
      total: 3,
      notMeasured: ['services/billing-py/rates.py'],
      unreported: [],
      files: [{ path: 'services/billing-py/calc.py', covered: 1, total: 3, uncovered: '27-28' }],
    });
    expect(outputs.patch).toBe('33.33');
    expect(report.findings.map((finding) => [finding.rule, finding.line, finding.endLine])).toEqual(
      [
        ['patch-threshold', undefined, undefined],
        ['uncovered-change', 27, 28],
        ['not-measured', undefined, undefined],
      ],
    );
    // by default a source file no report covers counts its added code as uncovered
    const strict = await gate(repo, inputs, event);
    expect(strict.report.patch).toMatchObject({
      covered: 1,
      total: 4,
      notMeasured: [],
      unreported: ['services/billing-py/rates.py'],
    });
    expect(strict.outputs.patch).toBe('25.00');
    repo.remove();
  });
});

test('reports: auto takes only files git does not track, never a committed report', async () => {
  const repo = monorepo();
  repo.write({
    'fixtures/old/lcov.info': source('jest/out/lcov.info'),
    'fixtures/jacoco.xml': source('jacoco/report/jacoco.xml'),
  });
  repo.git('add', 'fixtures');
  repo.git('commit', '-q', '-m', 'test: fixture reports');
  const { report } = await gate(repo, {});
  const taken = report.reports.map((entry) => entry.file).sort();
  expect(taken).toEqual([
    'services/billing-py/coverage.xml',
    'services/calc-java/build/reports/jacoco/test/jacocoTestReport.xml',
    'services/shapes-go/coverage.out',
    'web/coverage/lcov.info',
  ]);
  repo.remove();
});
