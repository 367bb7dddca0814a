import { expect, test } from '@jest/globals';
import type { ActionMetadata } from './action-metadata.ts';
import { readString } from './inputs.ts';
import { Summary } from './summary.ts';
import { runLocally } from './run-locally.ts';

const metadata: ActionMetadata = {
  name: 'demo',
  inputs: { greeting: { default: 'hello' }, token: { default: '${{ github.token }}' } },
  outputs: {},
  runs: { using: 'node24', main: 'index.js' },
};

test('runs with action.yml defaults under the given inputs', async () => {
  const outcome = await runLocally(
    async (context) => ({
      report: { passed: true, findings: [] },
      summary: new Summary(),
      outputs: {},
      headline: `${readString(context.inputs, 'greeting')} ${readString(context.inputs, 'name')} in ${context.workspace} (${context.inputs.get('token') ?? 'no token'})`,
    }),
    { action: metadata, workspace: '/repo', inputs: { name: 'world' } },
  );
  expect(outcome.headline).toBe('hello world in /repo (no token)');
});
