import { describe, expect, test } from '@jest/globals';
import { UsageError } from './errors.ts';
import {
  mapInputs,
  readBoolean,
  readDuration,
  readEnum,
  readGlobs,
  readInteger,
  readList,
  readPercentage,
} from './inputs.ts';

const inputs = (values: Record<string, string>) => mapInputs(values);

describe('input readers', () => {
  test('lists split on newlines and commas and drop blanks and comments', () => {
    expect(readList(inputs({ x: 'a, b\n\n# note\nc,' }), 'x')).toEqual(['a', 'b', 'c']);
    expect(readList(inputs({}), 'x')).toEqual([]);
  });

  test('globs keep commas inside braces', () => {
    expect(readGlobs(inputs({ x: '**/openapi.{yaml,yml,json}, src/**\n!dist/**' }), 'x')).toEqual([
      '**/openapi.{yaml,yml,json}',
      'src/**',
      '!dist/**',
    ]);
    expect(() => readGlobs(inputs({ x: 'src/{a,b' }), 'x')).toThrow("input 'x': unbalanced '{'");
  });

  test('booleans are strict', () => {
    expect(readBoolean(inputs({ x: 'true' }), 'x', false)).toBe(true);
    expect(readBoolean(inputs({ x: 'FALSE' }), 'x', true)).toBe(false);
    expect(readBoolean(inputs({}), 'x', true)).toBe(true);
    expect(() => readBoolean(inputs({ x: 'yes' }), 'x', true)).toThrow(
      `input 'x': expected true or false, got "yes"`,
    );
  });

  test('numbers, percentages and ranges name the input and the value', () => {
    expect(readInteger(inputs({ x: '12' }), 'x', { min: 1 })).toBe(12);
    expect(() => readInteger(inputs({ x: '1.5' }), 'x')).toThrow(
      `input 'x': expected a whole number, got "1.5"`,
    );
    expect(() => readInteger(inputs({ x: '0' }), 'x', { min: 1 })).toThrow(
      'must be at least 1, got 0',
    );
    expect(readPercentage(inputs({ x: '79.5%' }), 'x')).toBe(79.5);
    expect(() => readPercentage(inputs({ x: '101' }), 'x')).toThrow(UsageError);
  });

  test('enums list the allowed values', () => {
    expect(readEnum(inputs({ x: 'warn' }), 'x', ['error', 'warn'], 'error')).toBe('warn');
    expect(() => readEnum(inputs({ x: 'maybe' }), 'x', ['error', 'warn'], 'error')).toThrow(
      `input 'x': expected one of error, warn, got "maybe"`,
    );
  });

  test('durations accept units, a bare number is seconds', () => {
    expect(readDuration(inputs({ x: '180' }), 'x')).toBe(180_000);
    expect(readDuration(inputs({ x: '30m' }), 'x')).toBe(1_800_000);
    expect(readDuration(inputs({ x: '250ms' }), 'x')).toBe(250);
    expect(() => readDuration(inputs({ x: 'soon' }), 'x')).toThrow('expected a duration');
  });
});
