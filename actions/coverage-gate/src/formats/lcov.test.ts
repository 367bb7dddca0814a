import { describe, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { totalsOf } from '../totals.ts';
import { parseLcovStream } from './lcov.ts';

/** Feed text in small chunks so records and lines straddle chunk boundaries. */
async function parse(text: string, chunk = 7) {
  const bytes = Buffer.from(text);
  async function* chunks() {
    for (let index = 0; index < bytes.length; index += chunk)
      yield bytes.subarray(index, index + chunk);
  }
  return parseLcovStream('coverage/lcov.info', chunks());
}

const RECORD = [
  'TN:',
  'SF:src/a.ts',
  'FN:1,alpha',
  'FN:5,beta',
  'FNDA:3,alpha',
  'FNDA:0,beta',
  'FNF:2',
  'FNH:1',
  'DA:1,3',
  'DA:2,3',
  'DA:5,0',
  'DA:6,0',
  'BRDA:2,0,0,2',
  'BRDA:2,0,1,-',
  'BRF:2',
  'BRH:1',
  'LF:4',
  'LH:2',
  'end_of_record',
  '',
].join('\n');

describe('lcov', () => {
  test('a line whose BRDA rows another line splits (c8) counts each branch once, as lcov does', async () => {
    const text = [
      'SF:src/a.js',
      'DA:1,1',
      'DA:2,1',
      'BRDA:1,0,0,1',
      'BRDA:2,1,0,1',
      'BRDA:1,0,1,0',
      'BRDA:2,1,1,1',
      'BRDA:1,0,0,1',
      'end_of_record',
      '',
    ].join('\n');
    const [file] = await parse(text);
    expect(totalsOf([file!]).branches).toEqual({ covered: 3, total: 4 });
  });

  test('functions are known by their start line, FN or lcov 2 FNL', async () => {
    const text = [
      'SF:a.c',
      'FNL:0,3,9',
      'FNA:0,1,main',
      'FN:12,helper',
      'FNDA:0,helper',
      'end_of_record',
      '',
    ];
    const [file] = await parse(text.join('\n'));
    expect(file!.functions.entries()).toEqual([
      ['3', 1],
      ['12', 0],
    ]);
  });

  test('FNDA lines in any order find their FN line, among many functions and non-ASCII names', async () => {
    const names = Array.from({ length: 40 }, (_, index) => (index % 3 ? `f${index}` : `ƒ${index}`));
    const text = [
      'SF:a.js',
      ...names.map((name, index) => `FN:${index + 1},${name}`),
      ...[...names].reverse().map((name, index) => `FNDA:${index % 2},${name}`),
      'FNDA:1,only-here',
      'end_of_record',
      '',
    ].join('\n');
    const [file] = await parse(text);
    expect(file!.functions.size).toBe(41);
    expect(totalsOf([file!]).functions).toEqual({ covered: 21, total: 41 });
    expect(file!.functions.entries()).toContainEqual(['name:only-here', 1]);
  });

  test('lines, branches and functions as lcov --summary counts them', async () => {
    const files = await parse(RECORD);
    expect(files.map((file) => file.path)).toEqual(['src/a.ts']);
    expect(totalsOf(files)).toEqual({
      lines: { covered: 2, total: 4 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 1, total: 2 },
    });
  });

  test('the same file in two records (concatenated tracefiles) merges per line', async () => {
    const second = RECORD.replace('DA:5,0', 'DA:5,1')
      .replace('BRDA:2,0,1,-', 'BRDA:2,0,1,1')
      .replace('FNDA:0,beta', 'FNDA:1,beta');
    expect(totalsOf(await parse(RECORD + second))).toEqual({
      lines: { covered: 3, total: 4 },
      branches: { covered: 2, total: 2 },
      functions: { covered: 2, total: 2 },
    });
    expect(totalsOf(await parse(RECORD + RECORD))).toEqual(totalsOf(await parse(RECORD)));
  });

  test('CRLF line ends, lcov 2 function records and a last record without end_of_record', async () => {
    const text = ['SF:b.c', 'FNL:0,3,9', 'FNA:0,2,main', 'DA:3,2', 'DA:4,0,abcdef'].join('\r\n');
    expect(totalsOf(await parse(text))).toEqual({
      lines: { covered: 1, total: 2 },
      functions: { covered: 1, total: 1 },
    });
  });

  test.each([
    ['SF:a\nDA:x,1\n', 2, 'DA needs a line number and a count'],
    ['DA:1,1\n', 1, 'DA outside a record'],
    ['SF:a\nBRDA:1,0\n', 2, 'BRDA needs line,block,branch,taken'],
    ['SF:a\nDA:1,1\nSF:b\n', 3, 'SF inside a record'],
    ['SF:a\nthis is not lcov\n', 2, 'unexpected line'],
  ])('malformed input names the file and line: %j', async (text, line, message) => {
    const error = await parse(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).location).toEqual({ file: 'coverage/lcov.info', line });
    expect((error as UsageError).message).toContain(message);
  });
});
