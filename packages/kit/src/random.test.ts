import { expect, jest, test } from '@jest/globals';
import { randomHex } from './random.ts';

test('randomHex gives the bytes asked for, as hex, different each time', () => {
  const tokens = new Set(Array.from({ length: 100 }, () => randomHex(16)));
  expect(tokens.size).toBe(100);
  for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32}$/);
  expect(randomHex(6)).toMatch(/^[0-9a-f]{12}$/);
});

test('randomHex reads the kernel generator, and loads node:crypto only where there is none', () => {
  const load = jest.spyOn(process, 'getBuiltinModule');
  try {
    randomHex(16);
    expect(load).toHaveBeenCalledTimes(process.platform === 'win32' ? 1 : 0);
  } finally {
    load.mockRestore();
  }
});
