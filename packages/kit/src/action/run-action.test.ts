import { expect, test } from '@jest/globals';
import * as core from '@actions/core';

test('the ESM-only @actions/core loads under jest', () => {
  expect(typeof core.setOutput).toBe('function');
});
