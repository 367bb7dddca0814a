import { expect, test } from '@jest/globals';
import type { CommitVerdict } from './check.ts';
import { outcomeOf } from './outcome.ts';

const invalid = (index: number): CommitVerdict => ({
  sha: index.toString(16).padStart(40, '0'),
  header: `bad ${index}`,
  valid: false,
  problems: [{ rule: 'type-empty', level: 'error', message: 'type may not be empty' }],
});

test('outputs, counts and findings', () => {
  const outcome = outcomeOf(
    {
      config: undefined,
      configWarnings: ['rule x is not supported by commit-lint and was not checked'],
      commits: [
        invalid(1),
        {
          sha: 'b'.repeat(40),
          header: 'Merge x',
          valid: true,
          skipped: 'merge commit',
          problems: [],
        },
        {
          sha: 'c'.repeat(40),
          header: 'feat: y',
          valid: true,
          problems: [
            {
              rule: 'body-leading-blank',
              level: 'warning',
              message: 'body must have leading blank line',
            },
          ],
        },
      ],
    },
    { repositoryUrl: undefined },
  );
  expect(outcome.report.passed).toBe(false);
  expect(outcome.report.counts).toEqual({ valid: 1, invalid: 1, skipped: 1 });
  expect(outcome.outputs).toEqual({ errors: '1', warnings: '2' });
  expect(outcome.report.findings.map((f) => f.message)).toEqual([
    'rule x is not supported by commit-lint and was not checked',
    'commit 0000000 "bad 1": type may not be empty',
    'commit ccccccc "feat: y": body must have leading blank line',
  ]);
  expect(outcome.headline).toBe('3 commits: 1 valid, 1 invalid, 1 skipped; 1 error, 2 warnings');
});

test('the summary table stops at 300 commits and says where the rest are', () => {
  const outcome = outcomeOf(
    {
      config: '.commitlintrc.json',
      configWarnings: [],
      commits: Array.from({ length: 400 }, (_, index) => invalid(index)),
    },
    { repositoryUrl: 'https://github.com/o/r' },
  );
  const summary = outcome.summary.render();
  expect(summary.match(/^\| \[/gm)).toHaveLength(300);
  expect(summary).toContain('… and 100 more commits with problems: see the JSON report.');
  expect(summary).toContain(
    'checked with the commitlint configuration <code>.commitlintrc.json</code>',
  );
  expect(outcome.report.commits).toHaveLength(400);
});
