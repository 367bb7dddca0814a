import { expect, test } from '@jest/globals';
import { memoryState } from '@flow-actions/kit';
import { keepReason, loadRun, savePassed, saveRun } from './teardown.ts';

test('always tears down; on-success keeps a failed or cancelled run; never keeps', () => {
  expect(keepReason('always', false)).toBeUndefined();
  expect(keepReason('on-success', true)).toBeUndefined();
  expect(keepReason('on-success', false)).toMatch(/did not pass/);
  expect(keepReason('never', true)).toMatch(/never/);
});

test('the saved run round-trips; a run that never finished did not pass', () => {
  const state = memoryState();
  const run = {
    project: { name: 'p', files: ['/w/compose.yaml'], envFile: undefined, profiles: [], cwd: '/w' },
    composeCommand: 'auto' as const,
    teardown: 'on-success' as const,
  };
  saveRun(state, run);
  expect(loadRun(state)).toEqual({ run: JSON.parse(JSON.stringify(run)), passed: false });
  savePassed(state, true);
  expect(loadRun(state).passed).toBe(true);
  expect(loadRun(memoryState()).run).toBeUndefined();
});
