import { describe, expect, test } from '@jest/globals';
import { messageCorpus } from '../testing/corpus.ts';
import { firstLine, lineBefore, linesWithin, secondLine } from './helpers.ts';

const EDGES = [
  '',
  '\n',
  'a',
  'a\r',
  'a\r\n',
  'a\nb',
  'a\r\nb\r\n',
  'a\n\r\nb',
  'a\rb\nc',
  '\r\n\r\n',
];
const texts = [...EDGES, ...messageCorpus(600).map((commit) => commit.message)];

describe('line walks agree with splitting at /\\r?\\n/', () => {
  test('secondLine', () => {
    for (const text of texts) expect(secondLine(text)).toBe(text.split(/\r?\n/)[1]);
  });

  test('firstLine', () => {
    for (const text of texts) expect(firstLine(text)).toBe(text.split(/\r?\n/)[0]);
  });

  test('lineBefore', () => {
    for (const text of texts) {
      const lines = text.split(/\r?\n/);
      for (const line of [...lines, 'no such line', ''])
        expect(lineBefore(text, line)).toBe(lines.slice(lines.indexOf(line) - 1)[0]);
    }
  });

  test('linesWithin', () => {
    for (const text of texts)
      for (const max of [0, 1, 20, 72, 100])
        expect(linesWithin(text, max)).toBe(
          text.split(/\r?\n/).every((line) => /\bhttps?:\/\/\S+/.test(line) || line.length <= max),
        );
  });
});
