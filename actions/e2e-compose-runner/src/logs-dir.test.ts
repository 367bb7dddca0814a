import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStems, isConfined, OutsideRoots, prepareLogsDir, writeLogFile } from './logs-dir.ts';

const base = mkdtempSync(join(tmpdir(), 'e2e-logs-dir-'));
const workspace = join(base, 'workspace');
const outside = join(base, 'outside');
mkdirSync(workspace);
mkdirSync(outside);
symlinkSync(outside, join(workspace, 'linked'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('logs-dir confinement', () => {
  test('a directory under the workspace, existing or not, is confined', () => {
    expect(isConfined(join(workspace, 'logs', 'e2e'), [workspace])).toBe(true);
    expect(isConfined(workspace, [workspace])).toBe(true);
  });

  test('a path through a symlink to outside, or plainly outside, is not', () => {
    expect(isConfined(join(workspace, 'linked'), [workspace])).toBe(false);
    expect(isConfined(join(workspace, 'linked', 'new', 'dir'), [workspace])).toBe(false);
    expect(isConfined(join(workspace, '..', 'outside'), [workspace])).toBe(false);
    expect(isConfined(outside, [workspace, outside])).toBe(true);
  });

  test('prepareLogsDir refuses a symlinked directory and creates nothing through it', async () => {
    await expect(prepareLogsDir(join(workspace, 'linked', 'logs'), [workspace])).rejects.toThrow(
      OutsideRoots,
    );
    expect(readdirSync(outside)).toEqual([]);
    await prepareLogsDir(join(workspace, 'logs'), [workspace]);
    expect(readdirSync(workspace).sort()).toEqual(['linked', 'logs']);
  });

  test('writeLogFile does not write through a symlink planted under the file name', async () => {
    const dir = join(workspace, 'planted');
    mkdirSync(dir);
    symlinkSync(join(outside, 'target.log'), join(dir, 'web.log'));
    await expect(writeLogFile(dir, 'web.log', 'x')).rejects.toThrow(
      /web.log in logs-dir is a symlink/,
    );
    expect(readdirSync(outside)).toEqual([]);
    const written = await writeLogFile(dir, 'api.log', 'hello\n');
    expect(readFileSync(written, 'utf8')).toBe('hello\n');
  });
});

describe('fileStems', () => {
  test('plain Compose names stay; anything that could leave the directory is replaced', () => {
    const stems = fileStems([
      'web',
      '../../pwn',
      '.hidden',
      '/etc/passwd',
      'a b',
      '',
      'x'.repeat(300),
    ]);
    expect([...stems.values()]).toEqual([
      'web',
      '_._.._pwn',
      '_hidden',
      '_etc_passwd',
      'a_b',
      '_',
      'x'.repeat(100),
    ]);
  });

  test('names that clash after replacing (or by case) get a numbered suffix', () => {
    expect([...fileStems(['a/b', 'a_b', 'Web', 'web']).values()]).toEqual([
      'a_b',
      'a_b-2',
      'Web',
      'web-2',
    ]);
  });
});
