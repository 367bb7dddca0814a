import type { Finding } from '@flow-actions/kit';
import { METRICS, type Counter, type Metric } from './model.ts';
import type { PackageGroup } from './packages.ts';
import type { PatchCoverage } from './patch.ts';
import type { Thresholds } from './thresholds.ts';
import { formatPercent, meets, percent, type Totals } from './totals.ts';

function describe(counter: Counter): string {
  return `${formatPercent(counter)}% (${counter.covered} of ${counter.total})`;
}

/** Findings for totals (of everything, or of one package) against minimums. */
export function checkThresholds(
  totals: Totals,
  thresholds: Thresholds,
  rule: string,
  scope: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const metric of METRICS) {
    const minimum = thresholds[metric];
    if (minimum === undefined) continue;
    const counter = totals[metric];
    if (!counter) {
      findings.push({
        rule,
        severity: 'error',
        message: `${scope}: a ${metric} threshold of ${minimum}% is set, but the reports have no ${metric} data (they have ${haveList(totals)}; coverage.py, Go and lcov files measure only some metrics)`,
      });
    } else if (!meets(counter, minimum)) {
      findings.push({
        rule,
        severity: 'error',
        message: `${scope}: ${metric} coverage ${describe(counter)} is below ${minimum}%`,
      });
    }
  }
  return findings;
}

export function checkPackages(
  groups: readonly PackageGroup[],
  globs: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  for (const glob of globs) {
    if (!groups.some((group) => group.glob === glob)) {
      findings.push({
        rule: 'package-threshold',
        severity: 'error',
        message: `package-thresholds: ${glob} matches no covered file`,
      });
    }
  }
  for (const group of groups) {
    if (group.thresholds)
      findings.push(
        ...checkThresholds(
          group.totals,
          group.thresholds,
          'package-threshold',
          `package ${group.name}`,
        ),
      );
  }
  return findings;
}

export function checkPatch(
  patch: PatchCoverage,
  minimum: number | undefined,
  annotate: boolean,
): Finding[] {
  const findings: Finding[] = [];
  if (minimum !== undefined && patch.total > 0 && !meets(patch, minimum)) {
    findings.push({
      rule: 'patch-threshold',
      severity: 'error',
      message: `patch coverage ${describe(patch)} of changed lines is below ${minimum}%`,
    });
  }
  if (annotate) {
    for (const file of patch.files) {
      for (const [start, end] of file.uncovered) {
        findings.push({
          rule: 'uncovered-change',
          severity: 'warning',
          message:
            start === end
              ? `changed line ${start} is not covered by tests`
              : `changed lines ${start}-${end} are not covered by tests`,
          file: file.path,
          line: start,
          endLine: end,
        });
      }
    }
  }
  if (patch.notMeasured.length > 0) {
    findings.push({
      rule: 'not-measured',
      severity: 'notice',
      message: `${patch.notMeasured.length} changed source file(s) have no coverage data: ${patch.notMeasured.slice(0, 5).join(', ')}${patch.notMeasured.length > 5 ? ', …' : ''}`,
    });
  }
  return findings;
}

/** The metrics the totals have, for a message. */
function haveList(totals: Totals): string {
  const have = METRICS.filter((metric) => totals[metric]);
  return have.length ? have.join(', ') : 'none';
}

/** Percentage points lost against the baseline, per metric both have. */
export function decreases(
  totals: Totals,
  baseline: Partial<Record<Metric, number>>,
): Partial<Record<Metric, number>> {
  const deltas: Partial<Record<Metric, number>> = {};
  for (const metric of METRICS) {
    const before = baseline[metric];
    const now = totals[metric];
    if (before !== undefined && now) deltas[metric] = percent(now) - before;
  }
  return deltas;
}

export function checkBaseline(
  deltas: Partial<Record<Metric, number>>,
  maxDecrease: number | undefined,
): Finding[] {
  if (maxDecrease === undefined) return [];
  return METRICS.flatMap((metric): Finding[] => {
    const delta = deltas[metric];
    if (delta === undefined || -delta <= maxDecrease) return [];
    return [
      {
        rule: 'max-decrease',
        severity: 'error',
        message: `${metric} coverage dropped by ${(-delta).toFixed(2)} points against the baseline (at most ${maxDecrease} allowed)`,
      },
    ];
  });
}
