import { describe, expect, test } from '@jest/globals';
import { mapInputs } from '@flow-actions/kit';
import { parsePackageRules, parseThresholds } from './thresholds.ts';
import { formatPercent, meets } from './totals.ts';

const inputs = mapInputs({});

describe('thresholds', () => {
  test('any subset of the metrics, spaces or commas, with or without %', () => {
    expect(parseThresholds('lines=80 branches=70.5%,functions=60', inputs, 'thresholds')).toEqual({
      lines: 80,
      branches: 70.5,
      functions: 60,
    });
  });

  test.each(['lines=8o', 'line=80', 'lines=120', 'lines', 'lines=80 lines=90'])(
    '%j is an error naming the input and the token',
    (text) => {
      expect(() => parseThresholds(text, inputs, 'thresholds')).toThrow(
        /input 'thresholds': (cannot read "|lines is given twice)/,
      );
    },
  );

  test('package rules, one a line', () => {
    expect(
      parsePackageRules(
        ['services/*-py/**: lines=85', 'web/**: lines=80 branches=70'],
        inputs,
        'package-thresholds',
      ),
    ).toEqual([
      { glob: 'services/*-py/**', thresholds: { lines: 85 } },
      { glob: 'web/**', thresholds: { lines: 80, branches: 70 } },
    ]);
    expect(() => parsePackageRules(['web/** lines=80'], inputs, 'package-thresholds')).toThrow(
      /rule 1: expected/,
    );
  });

  test('a percentage is never rounded up into a pass', () => {
    const counter = { covered: 79_996, total: 100_000 };
    expect(meets(counter, 80)).toBe(false);
    expect(formatPercent(counter)).toBe('79.99');
    expect(meets({ covered: 4, total: 5 }, 80)).toBe(true);
    expect(formatPercent({ covered: 2, total: 3 })).toBe('66.66');
  });
});
