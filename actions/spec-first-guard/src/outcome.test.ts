import { describe, expect, test } from '@jest/globals';
import { mapInputs } from '@flow-actions/kit';
import { outcomeOf, type GuardResults } from './outcome.ts';
import { readSettings } from './settings.ts';

const results = (labels: string[]): GuardResults => ({
  range: { base: 'a', head: 'b', source: 'pull request #1' },
  labels,
  timeline: [],
  findings: [
    {
      rule: 'spec-first',
      severity: 'error',
      message: 'code first',
      file: 'src/api/x.ts',
      verdict: true,
    },
  ],
  specs: { findings: [], operations: [], specRoutes: [], basePaths: [], documents: [] },
  drift: undefined,
  contracts: {
    breaking: { entries: [], findings: [], declaration: undefined },
    findings: [],
    outputs: { 'breaking-changes': '0' },
  },
});

describe('outcomeOf', () => {
  test('errors fail the check; the skip label demotes them but violations count them', async () => {
    const settings = await readSettings({
      inputs: mapInputs({
        'spec-paths': 'docs/**',
        'implementation-paths': 'src/**',
        'skip-label': 'skip-spec-check',
      }),
      workspace: '.',
    });
    const failed = outcomeOf(results([]), settings);
    expect(failed.report.passed).toBe(false);
    expect(failed.outputs).toEqual({ violations: '1', 'breaking-changes': '0' });
    const skipped = outcomeOf(results(['skip-spec-check']), settings);
    expect(skipped.report).toMatchObject({
      passed: true,
      violations: 1,
      skippedBy: 'skip-spec-check',
    });
    expect(skipped.headline).toBe(
      '1 violation, 1 warning; 0 operations checked; errors demoted by the skip-spec-check label',
    );
  });
});
