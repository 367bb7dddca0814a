import { expect, test } from '@jest/globals';
import { defaultMismatches, literalDefaults, type ActionMetadata } from './action-metadata.ts';
import { readBoolean, readInteger, readString } from './inputs.ts';

const metadata: ActionMetadata = {
  name: 'demo',
  inputs: {
    strict: { default: 'false' },
    limit: { default: '72' },
    token: { default: '${{ github.token }}' },
    path: { required: true },
  },
  outputs: {},
  runs: { using: 'node24', main: 'index.js' },
};

test('literal defaults leave expressions out', () => {
  expect(literalDefaults(metadata)).toEqual({ strict: 'false', limit: '72' });
});

test('names the inputs whose code default disagrees with action.yml', async () => {
  const read = (inputs: Parameters<typeof readString>[0]) => ({
    strict: readBoolean(inputs, 'strict', false),
    limit: readInteger(inputs, 'limit') ?? 100,
    path: readString(inputs, 'path'),
  });
  expect(await defaultMismatches(metadata, read, { path: 'x' })).toEqual(['limit']);
});

test('an async read is awaited', async () => {
  const read = async (inputs: Parameters<typeof readString>[0]) =>
    Promise.resolve({ limit: readInteger(inputs, 'limit') ?? 72 });
  expect(await defaultMismatches(metadata, read)).toEqual([]);
});
