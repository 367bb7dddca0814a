import { expect, test } from '@jest/globals';
import { DEFAULT_LOG_ERROR_PATTERN, findErrorLines } from './log-errors.ts';

test('the default pattern finds ERROR, FATAL, panics, tracebacks and JSON error records', () => {
  const log = [
    'INFO started',
    'ERROR could not connect',
    'FATAL: out of memory',
    'panic: runtime error: index out of range',
    'Traceback (most recent call last):',
    '{"level":"error","msg":"timeout"}',
    '{"level": "error", "msg":"spaced"}',
    '{"level":"info","msg":"error handling is fine"}',
    'no errors here',
  ].join('\n');
  const found = findErrorLines('api', log, new RegExp(DEFAULT_LOG_ERROR_PATTERN));
  expect(found.map((line) => line.line)).toEqual([2, 3, 4, 5, 6, 7]);
  expect(found[0]).toEqual({ service: 'api', line: 2, text: 'ERROR could not connect' });
});

test('a global pattern does not skip lines', () => {
  expect(findErrorLines('a', 'x\nx\nx', /x/g)).toHaveLength(3);
});
