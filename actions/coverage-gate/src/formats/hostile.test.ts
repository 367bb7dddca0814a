import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { collectCoverage } from '../collect.ts';
import { PathResolver } from '../paths.ts';
import { parseLcovStream } from './lcov.ts';
import { parseReportText } from './parse.ts';

// The hostile inputs of issue #19 against coverage-gate: each is an error naming the report
// (exit 2), found at once, with memory following the input, not the numbers written in it.
async function refused(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

test('a 280-byte Cobertura file claiming 4,000,000,000 branches on a line', async () => {
  const xml = `<?xml version="1.0"?><coverage line-rate="1"><packages><package><classes><class name="a" filename="a.py"><lines><line number="1" hits="1" branch="true" condition-coverage="50% (1/4000000000)"/></lines></class></classes></package></packages></coverage>`;
  const error = await refused(parseReportText('coverage.xml', 'cobertura', xml));
  expect(error.message).toMatch(/4000000000 branches on one line/);
});

test('a Go block spanning 2e9 lines', async () => {
  const profile = 'mode: set\nexample.com/a/a.go:1.1,2000000000.2 1 1\n';
  const error = await refused(parseReportText('cover.out', 'go', profile));
  expect(error.location).toEqual({ file: 'cover.out', line: 2 });
});

test('lcov line numbers beyond any source file', async () => {
  const lcov = 'SF:a.js\nDA:1,1\nDA:2000000000,1\nend_of_record\n';
  const error = await refused(parseReportText('lcov.info', 'lcov', lcov));
  expect(error.location).toEqual({ file: 'lcov.info', line: 3 });
});

test('an lcov line number that is no whole number', async () => {
  const lcov = 'SF:a.js\nDA:1,1\nDA:1.5e0,1\nend_of_record\n';
  const error = await refused(parseReportText('lcov.info', 'lcov', lcov));
  expect(error.location).toEqual({ file: 'lcov.info', line: 3 });
});

test('a single lcov line of many megabytes is refused before it is gathered', async () => {
  const chunk = Buffer.alloc(1 << 20, 'x');
  async function* stream() {
    yield Buffer.from('SF:a.js\nDA:1,1\nFN:1,');
    for (let index = 0; index < 300; index++) yield chunk; // 300 MB if it were all read
  }
  const error = await refused(parseLcovStream('lcov.info', stream()));
  expect(error.location).toEqual({ file: 'lcov.info', line: 3 });
});

test('an XML attribute of megabytes', async () => {
  const xml = `<coverage><packages><package name="${'a'.repeat(3 << 20)}"/></packages></coverage>`;
  const error = await refused(parseReportText('coverage.xml', 'cobertura', xml));
  expect(error.message).toMatch(/an attribute or text over/);
});

test('a report that is a link to a file outside the workspace: refused, the target not quoted', async () => {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  try {
    const secret = join(outside, 'secret-target-name.info');
    writeFileSync(secret, 'SF:a.js\nDA:1,1\nend_of_record\n');
    mkdirSync(join(root, 'coverage'));
    symlinkSync(secret, join(root, 'coverage', 'lcov.info'));
    const error = await refused(
      collectCoverage(
        root,
        [join(root, 'coverage', 'lcov.info')],
        'auto',
        new PathResolver(root, []),
      ),
    );
    expect(error.message).not.toContain('secret-target-name');
    expect(error.message).not.toContain(outside);
    expect(error.location?.file).toBe('coverage/lcov.info');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});
