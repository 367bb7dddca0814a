import { UsageError } from './errors.ts';

/** Where input values come from: the runner's INPUT_* variables, or CLI options. */
export interface InputSource {
  /** The raw value, or undefined when neither given nor defaulted. */
  get(name: string): string | undefined;
  /** How to name an input in an error: "input 'reports'" or "option --reports". */
  describe(name: string): string;
}

/** A fixed map of values, for tests and for composing sources. */
export function mapInputs(values: Record<string, string | undefined>, kind = 'input'): InputSource {
  return {
    get: (name) => values[name],
    describe: (name) => `${kind} '${name}'`,
  };
}

function fail(source: InputSource, name: string, message: string): never {
  throw new UsageError(`${source.describe(name)}: ${message}`, { input: name });
}

/** Quote a user's value for an error message, shortened so a huge value stays readable. */
export function quoteValue(value: string): string {
  const text = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(text);
}

export function readString(source: InputSource, name: string): string | undefined {
  const value = source.get(name)?.trim();
  return value ? value : undefined;
}

export function readRequired(source: InputSource, name: string): string {
  const value = readString(source, name);
  if (value === undefined) fail(source, name, 'is required');
  return value;
}

/** Items separated by newlines or commas; blank items and `#` comment lines are dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function readList(source: InputSource, name: string): string[] {
  const value = source.get(name);
  return value === undefined ? [] : splitList(value);
}

/** Items separated by newlines only: for values that may contain commas (globs with braces, regexes). */
export function readLines(source: InputSource, name: string): string[] {
  const value = source.get(name);
  if (value === undefined) return [];
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Glob patterns, one a line (commas also separate, except inside `{a,b}` braces).
 * A leading `!` negates; an unbalanced brace is an error.
 */
export function readGlobs(source: InputSource, name: string): string[] {
  const value = source.get(name);
  if (value === undefined) return [];
  const globs: string[] = [];
  for (const line of value.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue;
    let depth = 0;
    let current = '';
    for (const char of line) {
      if (char === '{') depth++;
      if (char === '}') depth--;
      if (depth < 0) fail(source, name, `unbalanced '}' in glob ${quoteValue(line.trim())}`);
      if (char === ',' && depth === 0) {
        globs.push(current);
        current = '';
      } else current += char;
    }
    if (depth !== 0) fail(source, name, `unbalanced '{' in glob ${quoteValue(line.trim())}`);
    globs.push(current);
  }
  return globs.map((glob) => glob.trim()).filter((glob) => glob !== '');
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** YAML 1.2 core-schema booleans only: "yes", "1" and "on" are errors, not guesses. */
export function readBoolean(source: InputSource, name: string, fallback: boolean): boolean {
  const value = readString(source, name);
  if (value === undefined) return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  fail(source, name, `expected true or false, got ${quoteValue(value)}`);
}

export function parseNumber(text: string): number | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

function checkRange(source: InputSource, name: string, number: number, { min, max }: Range): void {
  if (min !== undefined && number < min)
    fail(source, name, `must be at least ${min}, got ${number}`);
  if (max !== undefined && number > max)
    fail(source, name, `must be at most ${max}, got ${number}`);
}

/** A percentage from 0 to 100, with or without a trailing `%`. */
export function parsePercentage(text: string): number | undefined {
  const number = parseNumber(text.trim().replace(/%$/, ''));
  if (number === undefined || number < 0 || number > 100) return undefined;
  return number;
}

export function readPercentage(source: InputSource, name: string): number | undefined {
  const value = readString(source, name);
  if (value === undefined) return undefined;
  const number = parsePercentage(value);
  if (number === undefined)
    fail(source, name, `expected a percentage from 0 to 100, got ${quoteValue(value)}`);
  return number;
}

interface Range {
  min?: number;
  max?: number;
}

/** A number in range; `kind` says what was expected ("a number", "a whole number"). */
function readNumeric(
  source: InputSource,
  name: string,
  range: Range,
  kind: string,
  accept: (number: number) => boolean,
): number | undefined {
  const value = readString(source, name);
  if (value === undefined) return undefined;
  const number = parseNumber(value);
  if (number === undefined || !accept(number))
    fail(source, name, `expected ${kind}, got ${quoteValue(value)}`);
  checkRange(source, name, number, range);
  return number;
}

export function readNumber(
  source: InputSource,
  name: string,
  range: Range = {},
): number | undefined {
  return readNumeric(source, name, range, 'a number', () => true);
}

export function readInteger(
  source: InputSource,
  name: string,
  range: Range = {},
): number | undefined {
  return readNumeric(source, name, range, 'a whole number', Number.isInteger);
}

export function readEnum<const T extends string>(
  source: InputSource,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const value = readString(source, name);
  if (value === undefined) return fallback;
  if ((values as readonly string[]).includes(value)) return value as T;
  fail(source, name, `expected one of ${values.join(', ')}, got ${quoteValue(value)}`);
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration in milliseconds from "180", "180s", "500ms", "30m" or "1h"; a bare number is seconds. */
export function readDuration(source: InputSource, name: string): number | undefined {
  const value = readString(source, name);
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value);
  if (!match)
    fail(source, name, `expected a duration like 180, 90s, 30m or 1h, got ${quoteValue(value)}`);
  return Math.round(Number(match[1]) * DURATION_UNITS[match[2] ?? 's']!);
}

/** A regular expression; its syntax error is reported against the input. */
export function readRegExp(source: InputSource, name: string, flags = ''): RegExp | undefined {
  const value = readString(source, name);
  if (value === undefined) return undefined;
  return compileRegExp(source, name, value, flags);
}

export function compileRegExp(
  source: InputSource,
  name: string,
  pattern: string,
  flags = '',
): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    fail(
      source,
      name,
      `invalid regular expression ${quoteValue(pattern)}: ${(error as Error).message}`,
    );
  }
}
