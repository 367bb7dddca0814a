import { expect, test } from '@jest/globals';
import { defaultMismatches, readActionMetadata, type InputSource } from '@flow-actions/kit';
import { readSettings } from './settings.ts';

test('action.yml is the one source of defaults: code falls back to the same values', async () => {
  const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
  const read = (inputs: InputSource) => readSettings({ inputs, workspace: '.' });
  const given = {
    // No default in code: an empty glob list is refused (fails closed).
    'spec-paths': 'docs/**',
    'implementation-paths': 'src/**',
    // Empty disables the label, as the descriptions say.
    'skip-label': '',
    'breaking-label': '',
  };
  expect(await defaultMismatches(metadata, read, given)).toEqual([]);
});
