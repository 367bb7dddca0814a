import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../errors.ts';
import { nearestName, parseCliArgs } from './args.ts';

const known = new Set(['message', 'strict', 'from', 'to', 'types']);
const booleans = new Set(['strict']);
const parse = (argv: string[]) => parseCliArgs(argv, known, booleans);

describe('parseCliArgs', () => {
  test('--name value and --name=value; a repeated name joins with newlines; flags', () => {
    expect(parse(['--message', 'a', '--message=b', '--strict', '--json'])).toEqual({
      values: { message: 'a\nb', strict: 'true' },
      json: true,
      help: false,
      version: false,
      reportFile: undefined,
    });
    expect(parse(['-h', '--version', '--report-file', 'r.json'])).toMatchObject({
      help: true,
      version: true,
      reportFile: 'r.json',
    });
  });

  test('a boolean input may be written bare; given a value, the value is kept', () => {
    expect(parse(['--strict', '--types', 'feat']).values).toEqual({
      strict: 'true',
      types: 'feat',
    });
    expect(parse(['--strict', 'false']).values).toEqual({ strict: 'false' });
  });

  test('an option that needs a value and got none is a usage error naming it', () => {
    expect(() => parse(['--types'])).toThrow(
      new UsageError(
        'option --types needs a value (--types <value>, or --types=<value> for a value that starts with -)',
      ),
    );
    expect(() => parse(['--types', '--json'])).toThrow(/option --types needs a value/);
    expect(() => parse(['--report-file'])).toThrow(/option --report-file needs a value/);
    expect(parse(['--message=-x']).values).toEqual({ message: '-x' });
  });

  test('an unknown option suggests the nearest; a stray argument is named', () => {
    expect(() => parse(['--form', 'main'])).toThrow(
      new UsageError('unknown option --form; did you mean --from?'),
    );
    expect(() => parse(['--mesage', 'x'])).toThrow(/did you mean --message\?/);
    expect(() => parse(['--jsno'])).toThrow(/did you mean --json\?/);
    expect(() => parse(['--zzzzzz'])).toThrow(
      'unknown option --zzzzzz; see --help for the options',
    );
    expect(() => parse(['stray'])).toThrow('unexpected argument "stray"');
    expect(() => parse(['--json=yes'])).toThrow('option --json takes no value');
  });

  test('the thrown error carries the option as its input', () => {
    try {
      parse(['--types']);
    } catch (error) {
      expect((error as UsageError).input).toBe('types');
    }
    expect.assertions(1);
  });
});

describe('nearestName', () => {
  test('close names and prefixes are suggested, far ones are not', () => {
    expect(nearestName('form', ['from', 'to'])).toBe('from');
    expect(nearestName('rep', ['report-file', 'json'])).toBe('report-file');
    expect(nearestName('colour', ['from', 'to'])).toBeUndefined();
    expect(nearestName('x', [])).toBeUndefined();
  });
});
