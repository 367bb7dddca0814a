import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { BlobReader, BlobTooLargeError } from './blobs.ts';

const dir = mkdtempSync(join(tmpdir(), 'blobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  }).trim();

git('init', '-q');
mkdirSync(join(dir, 'docs'));
const big = 'x'.repeat(3 * 1024 * 1024);
writeFileSync(join(dir, 'docs/a.yaml'), 'a: 1\n');
writeFileSync(join(dir, 'docs/ünïcode name.yaml'), 'b: "é"\n');
writeFileSync(join(dir, 'big.txt'), big);
writeFileSync(join(dir, 'empty'), '');
git('add', '.');
git('commit', '-qm', 'one');
const first = git('rev-parse', 'HEAD');
writeFileSync(join(dir, 'docs/a.yaml'), 'a: 2\n');
git('commit', '-qam', 'two');

describe('BlobReader', () => {
  test('reads many files at two revisions through one process, in order', async () => {
    const reader = new BlobReader(dir);
    const answers = await Promise.all([
      reader.read('HEAD', 'docs/a.yaml'),
      reader.read(first, 'docs/a.yaml'),
      reader.read('HEAD', 'docs/ünïcode name.yaml'),
      reader.read('HEAD', 'missing.yaml'),
      reader.read('HEAD', 'docs'),
      reader.read('HEAD', 'big.txt'),
      reader.read('HEAD', 'empty'),
      reader.read('no-such-rev', 'docs/a.yaml'),
      reader.read('HEAD', 'a\nb'),
    ]);
    expect(answers).toEqual([
      'a: 2\n',
      'a: 1\n',
      'b: "é"\n',
      undefined,
      undefined,
      big,
      '',
      undefined,
      undefined,
    ]);
    // Idle, the process ends; the next read starts another.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await reader.read('HEAD', 'docs/a.yaml')).toBe('a: 2\n');
  });

  test('a read while an idle process is let go goes to a new one', async () => {
    const reader = new BlobReader(dir, { idleMs: 0 });
    for (let round = 0; round < 30; round++) {
      expect(await reader.read('HEAD', 'docs/a.yaml')).toBe('a: 2\n');
      await new Promise((resolve) => setTimeout(resolve, round % 3));
    }
  });

  test('a blob over the limit is refused without being kept, and the next reads go on', async () => {
    const reader = new BlobReader(dir, { maxBytes: 1024 });
    await expect(reader.read('HEAD', 'big.txt')).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await reader.read('HEAD', 'docs/a.yaml')).toBe('a: 2\n');
  });

  test('outside a repository every read fails with a GitError', async () => {
    const reader = new BlobReader(tmpdir() + '/definitely-not-a-dir-' + Date.now());
    await expect(reader.read('HEAD', 'a')).rejects.toThrow(/cannot run git|ended/);
  });
});
