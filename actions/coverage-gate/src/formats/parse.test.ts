import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { detectFormat } from './detect.ts';
import type { Format } from '../model.ts';
import { formatOf, parseReport } from './parse.ts';

const dir = mkdtempSync(join(tmpdir(), 'coverage-parse-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function failure(path: string, format?: Format) {
  const detected = format ?? (await formatOf(path, 'auto'))!;
  const error = await parseReport(path, detected, 'report').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('format detection and bad input', () => {
  test.each([
    ['<?xml version="1.0"?>\n<coverage line-rate="0.5" lines-valid="2">', 'cobertura'],
    ['<?xml version="1.0"?><coverage generated="1" clover="3.2.0"><project>', 'clover'],
    [
      '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">',
      'jacoco',
    ],
    ['mode: atomic\na.go:1.1,2.2 1 0\n', 'go'],
    ['TN:\nSF:a.ts\n', 'lcov'],
    ['{"meta": {"version": "6.5.0", "timestamp": "x"}, "files": {}}', 'coveragepy'],
    ['{"/w/a.js": {"path": "/w/a.js", "statementMap": {}}}', 'istanbul'],
    ['{"total": {"lines": {"total": 1, "covered": 1}}}', 'istanbul-summary'],
    ['hello', undefined],
  ])('%j is %s', (head, format) => {
    expect(detectFormat(head)).toBe(format);
  });

  test('malformed XML names the line', async () => {
    const error = await failure(
      file('bad.xml', '<?xml version="1.0"?>\n<coverage line-rate="1">\n<packages>\n</coverage>\n'),
    );
    expect(error.location).toMatchObject({ file: 'report', line: expect.any(Number) });
    expect(error.message).toMatch(/invalid XML/);
  });

  test('malformed JSON names the line', async () => {
    const error = await failure(file('bad.json', '{"files": {\n  "a.py": {,}\n}}'), 'coveragepy');
    expect(error.location).toEqual({ file: 'report', line: 2 });
  });

  test('a Go profile line that does not parse names the line', async () => {
    const error = await failure(file('bad.out', 'mode: set\na.go:1.1,2.2 1 1\na.go:x\n'));
    expect(error.location).toEqual({ file: 'report', line: 3 });
  });

  test('content of no known format has no format; format overrides detection', async () => {
    const path = file('notes.txt', 'XX:a.ts\nDA:1,1\nend_of_record\n');
    expect(await formatOf(path, 'auto')).toBeUndefined();
    const lcov = file('lcov.txt', '\n\n\n'.repeat(700) + 'SF:a.ts\nDA:1,1\nend_of_record\n');
    expect(await formatOf(lcov, 'lcov')).toBe('lcov');
    expect((await parseReport(lcov, 'lcov')).files.map((coverage) => coverage.path)).toEqual([
      'a.ts',
    ]);
  });
});
