import { expect, test } from '@jest/globals';
import { mapInputs } from '@flow-actions/kit';
import { readSettings } from './settings.ts';

test('projects: one set a line, an optional name, files joined by + or spaces', () => {
  const settings = readSettings(
    mapInputs({
      projects: 'prod: deploy/a.yml + deploy/b.yml\nc.yml d.yml',
      profiles: 'ci, debug',
    }),
    '/repo',
  );
  expect(settings.projects).toEqual([
    { name: 'prod', files: ['/repo/deploy/a.yml', '/repo/deploy/b.yml'] },
    { name: undefined, files: ['/repo/c.yml', '/repo/d.yml'] },
  ]);
  expect(settings.profiles).toEqual(['ci', 'debug']);
  expect(settings.registry).toEqual({ path: '/repo/PORT_MAPPINGS.md', explicit: false });
  expect(settings.requireRegistry).toBeUndefined();
});

test('bad values name the input', () => {
  expect(() => readSettings(mapInputs({ 'cross-project': 'maybe' }), '/repo')).toThrow(
    `input 'cross-project': expected one of error, warn, off, got "maybe"`,
  );
  expect(() => readSettings(mapInputs({ 'require-registry': 'yes' }), '/repo')).toThrow(
    `input 'require-registry': expected true or false, got "yes"`,
  );
});
