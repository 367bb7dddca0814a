import { expect, test } from '@jest/globals';
import { describeError, exitCodeOf, PolicyFailure, UsageError } from './errors.ts';

test('usage errors name the input and the place', () => {
  const error = new UsageError('unexpected token', {
    input: 'rules',
    location: { file: 'rules.yml', line: 3, column: 5 },
  });
  expect(describeError(error)).toBe("input 'rules': rules.yml:3:5: unexpected token");
  expect(describeError(new UsageError("input 'x': bad", { input: 'x' }))).toBe("input 'x': bad");
});

test('each kind of failure has its exit code', () => {
  expect(exitCodeOf(new UsageError('x'))).toBe(2);
  expect(exitCodeOf(new PolicyFailure('x'))).toBe(1);
  expect(exitCodeOf(new Error('x'))).toBe(3);
});
