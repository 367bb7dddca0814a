import { expect, test } from '@jest/globals';
import {
  defaultMismatches,
  readActionMetadata,
  silentLogger,
  type InputSource,
  type RunContext,
} from '@flow-actions/kit';
import { readSettings } from './settings.ts';

test('action.yml is the one source of defaults: code falls back to the same values', async () => {
  const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
  const read = (inputs: InputSource) =>
    readSettings({
      inputs,
      workspace: '.',
      mode: 'action',
      env: {},
      log: silentLogger,
    } as RunContext);
  // An empty size-exclude leaves nothing out, as the description says.
  expect(await defaultMismatches(metadata, read, { 'size-exclude': '' })).toEqual([]);
});
