import { expect, test } from '@jest/globals';
import { defaultProjectName, sanitizeProjectName } from './project-name.ts';

test('the default is flow-e2e-<run id>-<attempt>', () => {
  expect(defaultProjectName({ GITHUB_RUN_ID: '987654321', GITHUB_RUN_ATTEMPT: '2' })).toBe(
    'flow-e2e-987654321-2',
  );
  expect(defaultProjectName({ GITHUB_RUN_ID: '5' })).toBe('flow-e2e-5-1');
  expect(defaultProjectName({}, 4242)).toBe('flow-e2e-local-4242');
});

test('names are sanitised to what Compose accepts', () => {
  expect(sanitizeProjectName('My App/PR #12')).toBe('my-app-pr-12');
  expect(sanitizeProjectName('__x.y')).toBe('x-y');
  expect(sanitizeProjectName('!!!')).toBe('');
});
