import { expect, test } from '@jest/globals';
import {
  defaultMismatches,
  inputsWithDefaults,
  readActionMetadata,
  type InputSource,
} from '@flow-actions/kit';
import { readSettings } from './settings.ts';

test('action.yml is the one source of defaults: code falls back to the same values', async () => {
  const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
  const read = (inputs: InputSource) => readSettings({ inputs, env: {} });
  expect(await defaultMismatches(metadata, read)).toEqual([]);
});

test('the sticky comment marker names workflow, job and comment-id, and cannot end its comment', () => {
  const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
  const settings = readSettings({
    inputs: inputsWithDefaults(metadata, { 'comment-id': 'py --> <b>' }),
    env: { GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'test' },
  });
  expect(settings.commentMarker).toBe('flow-actions:coverage-gate:CI:test:py --_ _b_');
});
