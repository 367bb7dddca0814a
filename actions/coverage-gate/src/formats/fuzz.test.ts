import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import type { Format } from '../model.ts';
import { totalsOf } from '../totals.ts';
import { parseReportText } from './parse.ts';
import { seededRandom as random } from '@flow-actions/testing';

// Every coverage parser takes random and mutated reports (seeded from the tools' own fixtures)
// and ends each with a result or a UsageError naming the report: never another error.
const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');

const SEEDS: [Format, string[]][] = [
  ['lcov', ['jest/out/lcov.info', 'python/report/coverage.lcov']],
  ['cobertura', ['jest/out/cobertura-coverage.xml', 'python/report/coverage.xml']],
  ['jacoco', ['jacoco/report/jacoco.xml']],
  ['clover', ['jest/out/clover.xml']],
  ['go', ['go/report/count.out', 'go/report/set.out']],
  ['istanbul', ['jest/out/coverage-final.json']],
  ['istanbul-summary', ['jest/out/coverage-summary.json']],
  ['coveragepy', ['python/report/coverage.json']],
];
const CASES_PER_FORMAT = 500;

const TOKENS = [
  '-1',
  '0',
  '4000000000',
  '2000000000',
  '1e309',
  'NaN',
  '9'.repeat(30),
  '-',
  ',',
  '\n',
  '"',
  '<',
  '>',
  '/>',
  '{',
  '}',
  '[',
  ']',
  'null',
  'true',
  ':',
  'DA:',
  'BRDA:',
  'FN:',
  'SF:',
  'end_of_record',
  'mode: set\n',
  '(1/4000000000)',
  '<line number="3000000" hits="1"/>',
  '\u0000',
  '&amp;',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
];

function mutate(text: string, next: () => number): string {
  const at = () => Math.floor(next() * (text.length + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  for (let steps = 1 + Math.floor(next() * 4); steps > 0; steps--) {
    const start = at();
    const end = Math.min(text.length, start + Math.floor(next() * 40));
    switch (Math.floor(next() * 6)) {
      case 0: // insert a token
        text = text.slice(0, start) + pick(TOKENS) + text.slice(start);
        break;
      case 1: // delete a span
        text = text.slice(0, start) + text.slice(end);
        break;
      case 2: // duplicate a span
        text = text.slice(0, end) + text.slice(start, end) + text.slice(end);
        break;
      case 3: // replace a digit run with a token
        text = text.replace(/\d+/g, (digits) => (next() < 0.05 ? pick(TOKENS) : digits));
        break;
      case 4: // truncate
        text = text.slice(0, start);
        break;
      default: // random bytes
        text =
          text.slice(0, start) +
          String.fromCharCode(...Array.from({ length: 8 }, () => Math.floor(next() * 128))) +
          text.slice(start);
    }
  }
  return text;
}

test.each(SEEDS)(
  '%s: random and mutated reports end as a result or a UsageError',
  async (format, seeds) => {
    const texts = seeds.map(fixture);
    const next = random(format.length * 7919);
    const outcomes = { parsed: 0, refused: 0 };
    for (let index = 0; index < CASES_PER_FORMAT; index++) {
      const text =
        index % 10 === 9
          ? Array.from({ length: 200 }, () => String.fromCharCode(Math.floor(next() * 128))).join(
              '',
            )
          : mutate(texts[index % texts.length]!, next);
      try {
        const parsed = await parseReportText('fuzz/report', format, text);
        totalsOf(parsed.files);
        outcomes.parsed++;
      } catch (error) {
        if (!(error instanceof UsageError)) {
          throw new Error(
            `case ${index}: ${(error as Error).stack}\n--- input ---\n${text.slice(0, 2000)}`,
          );
        }
        outcomes.refused++;
      }
    }
    expect(outcomes.parsed + outcomes.refused).toBe(CASES_PER_FORMAT);
  },
);
