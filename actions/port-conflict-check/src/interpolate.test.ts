import { describe, expect, test } from '@jest/globals';
import { parseEnvFile } from './dotenv.ts';
import { interpolate } from './interpolate.ts';

const variables = new Map([
  ['SET', 'value'],
  ['EMPTY', ''],
  ['PORT', '8080'],
]);

describe('interpolation as Compose does it', () => {
  test.each([
    ['${SET}', 'value'],
    ['$SET-x', 'value-x'],
    ['${UNSET:-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET:-${PORT}}:80', '8080:80'],
    ['$$PORT', '$PORT'],
    ['a$${PORT}b', 'a${PORT}b'],
    ['${SET:?must be set}', 'value'],
    ['${EMPTY?only unset fails}', ''],
    // Compose v2 keeps these as written; Compose v1 refused them.
    ['cost: $5', 'cost: $5'],
    ['sh -c "echo $(hostname)"', 'sh -c "echo $(hostname)"'],
    ['a lone $', 'a lone $'],
    ['$ $SET', '$ value'],
  ])('%s → %s', (text, expected) => expect(interpolate(text, variables).value).toBe(expected));

  test('an unset variable without default is blank and reported', () => {
    expect(interpolate('${NOPE}:80', variables)).toEqual({ value: ':80', unset: ['NOPE'] });
  });

  test.each([
    [
      '${UNSET:?the port is needed}',
      'required variable UNSET is missing a value: the port is needed',
    ],
    ['${EMPTY:?}', 'required variable EMPTY is missing a value'],
    ['${UNSET?err}', 'required variable UNSET is missing a value: err'],
    ['${UNSET', 'invalid interpolation format for "${UNSET"'],
    ['${1X}', 'invalid interpolation format for "${1X}"'],
  ])('%s fails: %s', (text, message) =>
    expect(() => interpolate(text, variables)).toThrow(message),
  );
});

test('.env files: comments, export, quotes and references', () => {
  const entries = parseEnvFile(
    '# ports\nexport API_PORT=3000\nWEB_PORT="${API_PORT}1"\nRAW=\'${API_PORT}\'\nX=1 # note\n',
  );
  expect(entries.map((e) => [e.key, e.value, e.line])).toEqual([
    ['API_PORT', '3000', 2],
    ['WEB_PORT', '30001', 3],
    ['RAW', '${API_PORT}', 4],
    ['X', '1', 5],
  ]);
});
