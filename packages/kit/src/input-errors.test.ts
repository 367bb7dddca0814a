import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localContext } from './context.ts';
import { describeError, UsageError } from './errors.ts';
import { inputError, readExistingFile, readRange, readRequiredGlobs } from './input-errors.ts';
import { mapInputs } from './inputs.ts';

let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'flow-inputs-'));
  root = join(base, 'repo');
  mkdirSync(join(root, '.devcontainer'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(root, '.devcontainer', 'compose.yml'), 'services: {}\n');
  writeFileSync(join(root, 'compose.yml'), 'services: {}\n');
  writeFileSync(join(root, 'node_modules', 'x', 'compose.yml'), '');
  writeFileSync(join(base, 'outside.txt'), 'secret');
  symlinkSync(join(base, 'outside.txt'), join(root, 'config.txt'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const context = (values: Record<string, string>) => ({
  inputs: mapInputs(values),
  workspace: root,
});

test('inputError names the input and the place', () => {
  const error = inputError('config', 'bad key', { file: 'a.yml', line: 3 });
  expect(error).toBeInstanceOf(UsageError);
  expect(describeError(error)).toBe("input 'config': a.yml:3: bad key");
});

describe('readExistingFile', () => {
  test('reads the named file; absent input is undefined', async () => {
    expect(await readExistingFile(context({ config: 'compose.yml' }), 'config')).toEqual({
      path: 'compose.yml',
      text: 'services: {}\n',
    });
    expect(await readExistingFile(context({}), 'config')).toBeUndefined();
  });

  test('missing, outside and linked-out files are input errors naming the path only', async () => {
    await expect(readExistingFile(context({ config: 'nope.yml' }), 'config')).rejects.toMatchObject(
      { input: 'config', message: 'does not exist', location: { file: 'nope.yml' } },
    );
    await expect(
      readExistingFile(context({ config: 'config.txt' }), 'config'),
    ).rejects.toMatchObject({ input: 'config', location: { file: 'config.txt' } });
    await expect(readExistingFile(context({ config: '../outside.txt' }), 'config')).rejects.toThrow(
      'is outside the workspace',
    );
  });
});

describe('readRequiredGlobs', () => {
  test('selects files with dot folders, skipping node_modules', () => {
    const globs = readRequiredGlobs(context({ files: '**/compose*.yml' }), 'files');
    expect(globs.files.sort()).toEqual(['.devcontainer/compose.yml', 'compose.yml']);
  });

  test('a glob the user wrote that matches nothing fails closed, naming input and glob', () => {
    expect(() =>
      readRequiredGlobs(context({ files: 'compose.yml\ndocker/*.yml' }), 'files'),
    ).toThrow(`input 'files': glob "docker/*.yml" matches no file`);
  });

  test('negations and optional (default) globs may match nothing', () => {
    const globs = readRequiredGlobs(context({ files: '**/*.yml\n!docker/**\nk8s/**' }), 'files', {
      optional: ['k8s/**'],
    });
    expect(globs.files).toHaveLength(2);
    expect(readRequiredGlobs(context({}), 'files').files).toEqual([]);
  });

  test('a given file list is matched instead of the workspace', () => {
    expect(readRequiredGlobs(context({ f: 'a/*' }), 'f', { files: ['a/b', 'c'] }).files).toEqual([
      'a/b',
    ]);
  });
});

test('readRange: --from/--to on the command line; the event on a runner', () => {
  const cli = localContext({ workspace: root, inputs: mapInputs({ from: 'main', to: ' ' }) });
  expect(readRange(cli)).toMatchObject({ event: undefined, from: 'main', to: undefined });
  expect(readRange({ ...cli, mode: 'action' })).toMatchObject({ from: undefined, to: undefined });
});
