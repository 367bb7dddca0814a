import { expect, test } from '@jest/globals';
import { hiddenNotice, planAnnotations } from './annotations.ts';
import type { Finding } from './report.ts';

const finding = (severity: Finding['severity'], line: number): Finding => ({
  rule: 'r',
  severity,
  message: 'm',
  file: 'a.ts',
  line,
});

test('annotations are capped per severity, errors first, with one notice for the rest', () => {
  const findings = [
    ...Array.from({ length: 15 }, (_, index) => finding('warning', index)),
    ...Array.from({ length: 12 }, (_, index) => finding('error', index)),
    finding('notice', 1),
  ];
  const plan = planAnnotations(findings);
  expect(plan.shown).toHaveLength(21);
  expect(plan.shown[0]!.severity).toBe('error');
  expect(plan.hidden).toEqual({ error: 2, warning: 5, notice: 0 });
  expect(hiddenNotice(plan)).toBe(
    'and 2 errors, 5 warnings more, not annotated: see the job summary and the JSON report',
  );
  expect(hiddenNotice(planAnnotations([finding('error', 1)]))).toBeUndefined();
});

test('a verdict is annotated before the other findings of its severity', () => {
  const findings = [
    ...Array.from({ length: 12 }, (_, index) => finding('error', index)),
    { ...finding('error', 99), file: 'z.ts', verdict: true },
  ];
  const plan = planAnnotations(findings);
  expect(plan.shown[0]).toMatchObject({ file: 'z.ts', verdict: true });
});
