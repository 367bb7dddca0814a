import { describe, expect, test } from '@jest/globals';
import type { Finding } from '@flow-actions/kit';
import { buildSummary, type SummaryInput } from './summary.ts';

const input = (findings: Finding[]): SummaryInput => ({
  passed: false,
  headline: 'h',
  source: 'pull request',
  skippedBy: undefined,
  timeline: [],
  findings,
  drift: undefined,
  operations: [],
  documents: [],
});

const completeness = (line: number): Finding => ({
  rule: 'operation-summary',
  severity: 'error',
  message: `GET /x${line}: has no summary`,
  file: 'api.yaml',
  line,
});

describe('buildSummary', () => {
  test('the ordering verdict comes first; a long rule table is folded', () => {
    const spec: Finding = {
      rule: 'spec-first',
      severity: 'error',
      message: 'commit abc changes the implementation before the spec',
      file: 'src/api/x.ts',
      verdict: true,
    };
    const markdown = buildSummary(
      input([...Array.from({ length: 7 }, (_, index) => completeness(index + 1)), spec]),
    ).render();
    const at = (text: string) => markdown.indexOf(text);
    expect(at('### Verdict')).toBeGreaterThan(-1);
    expect(at('changes the implementation before the spec')).toBeLessThan(at('Commit order'));
    expect(at('changes the implementation before the spec')).toBeLessThan(at('operation-summary'));
    expect(markdown).toMatch(/<details><summary><code>operation-summary<\/code> \(7\)/);
  });

  test('without a verdict finding it says the order held', () => {
    const markdown = buildSummary(input([completeness(1)])).render();
    expect(markdown).toContain('No implementation change: nothing to order.');
    expect(markdown).toContain('#### <code>operation-summary</code> (1)');
  });
});
