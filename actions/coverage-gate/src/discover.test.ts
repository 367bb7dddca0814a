import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { findReports } from './discover.ts';

const root = mkdtempSync(join(tmpdir(), 'coverage-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a report given by its absolute path is found, and excluded the same way', async () => {
  mkdirSync(join(root, 'coverage'));
  writeFileSync(join(root, 'coverage', 'lcov.info'), 'SF:a.js\nend_of_record\n');
  const report = join(root, 'coverage', 'lcov.info');
  expect(await findReports(root, [report])).toEqual({ files: [report], unmatched: [] });
  expect(await findReports(root, [report, `!${report}`])).toEqual({ files: [], unmatched: [] });
});
