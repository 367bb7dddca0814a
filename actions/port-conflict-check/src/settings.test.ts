import { describe, expect, test } from '@jest/globals';
import {
  defaultMismatches,
  literalDefaults,
  mapInputs,
  readActionMetadata,
  readGlobs,
  type InputSource,
} from '@flow-actions/kit';
import { DEFAULT_EXCLUDE, SOURCE_INPUTS } from './discover.ts';
import { fixtureWorkspace } from './fixture-workspace.ts';
import { readSettings } from './settings.ts';

const workspace = fixtureWorkspace({
  'compose.yml': 'services: {}\n',
  '.devcontainer/compose.yml': 'services: {}\n',
  'legacy/docker-compose.yml': 'services: {}\n',
  'vendor/x/compose.yml': 'services: {}\n',
});
const defaults = literalDefaults(readActionMetadata(new URL('../action.yml', import.meta.url)));
const settingsOf = (inputs: Record<string, string>) =>
  readSettings({ inputs: mapInputs({ ...defaults, ...inputs }), workspace });

test('projects: one set a line, an optional name, files joined by + or spaces', () => {
  const settings = settingsOf({
    projects: 'prod: deploy/a.yml + deploy/b.yml\nc.yml d.yml',
    profiles: 'ci, debug',
  });
  expect(settings.projects).toEqual([
    { name: 'prod', files: [`${workspace}/deploy/a.yml`, `${workspace}/deploy/b.yml`] },
    { name: undefined, files: [`${workspace}/c.yml`, `${workspace}/d.yml`] },
  ]);
  expect(settings.profiles).toEqual(['ci', 'debug']);
  expect(settings.registry).toEqual({ path: `${workspace}/PORT_MAPPINGS.md`, explicit: false });
  expect(settings.requireRegistry).toBeUndefined();
});

test('bad values name the input', () => {
  expect(() => settingsOf({ 'cross-project': 'maybe' })).toThrow(
    `input 'cross-project': expected one of error, warn, off, got "maybe"`,
  );
  expect(() => settingsOf({ 'require-registry': 'yes' })).toThrow(
    `input 'require-registry': expected true or false, got "yes"`,
  );
});

describe("sources: kit's globs", () => {
  test('the defaults in code are the defaults of action.yml', () => {
    for (const { input, defaults: globs } of Object.values(SOURCE_INPUTS))
      expect(readGlobs(mapInputs(defaults), input)).toEqual(globs);
    expect(readGlobs(mapInputs(defaults), 'exclude')).toEqual(DEFAULT_EXCLUDE);
  });

  test('**/compose*.yml matches a dot-folder; excluded folders are not read', () => {
    expect(settingsOf({}).sources.compose).toEqual([
      'compose.yml',
      '.devcontainer/compose.yml',
      'legacy/docker-compose.yml',
    ]);
  });

  test('a leading ! negates', () => {
    const settings = settingsOf({
      ...defaults,
      'compose-files': '**/compose*.yml\n!.devcontainer/**',
    });
    expect(settings.sources.compose).toEqual(['compose.yml']);
  });

  test('a compose-files glob that matches nothing fails closed', () => {
    expect(() => settingsOf({ 'compose-files': 'deploy/compose.yml' })).toThrow(
      `input 'compose-files': glob "deploy/compose.yml" matches no file`,
    );
  });
});

test('action.yml is the one source of defaults: code falls back to the same values', async () => {
  const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
  const read = (inputs: InputSource) => readSettings({ inputs, workspace });
  // Empty globs read (or leave out) nothing; with no sources at all the check is refused.
  const given = { 'compose-files': '**/compose.yml', 'kubernetes-files': '', exclude: '' };
  expect(await defaultMismatches(metadata, read, given)).toEqual([]);
});
