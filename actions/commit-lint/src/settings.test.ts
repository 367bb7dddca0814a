import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { defaultMismatches, readActionMetadata, silentLogger } from '@flow-actions/kit';
import { readSettings } from './settings.ts';

const workspace = mkdtempSync(join(tmpdir(), 'flow-commit-lint-settings-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

test('action.yml is the one source of defaults: code falls back to the same values', async () => {
  const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
  const read = (inputs: Parameters<typeof readSettings>[0]['inputs']) =>
    readSettings({
      inputs,
      workspace,
      mode: 'action',
      event: undefined,
      log: silentLogger,
      env: {},
    });
  expect(await defaultMismatches(metadata, read)).toEqual([]);
});
