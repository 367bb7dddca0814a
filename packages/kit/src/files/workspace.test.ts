import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';
import { Workspace } from './workspace.ts';
import { walkFilesSync } from './walk.ts';

let base: string;
let root: string;
let temp: string;
let ws: Workspace;
const SECRET = 's3cr3t-OUTSIDE-value';

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'flow-ws-'));
  root = join(base, 'repo');
  temp = join(base, 'runner-temp');
  mkdirSync(join(root, 'src', 'deep'), { recursive: true });
  writeFileSync(join(base, 'secret.env'), `KEY=${SECRET}\n`);
  writeFileSync(join(root, 'src', 'a.txt'), 'hello');
  writeFileSync(join(root, 'big.txt'), 'x'.repeat(2048));
  symlinkSync(join(base, 'secret.env'), join(root, '.env'));
  symlinkSync('src/a.txt', join(root, 'link-in.txt'));
  symlinkSync('missing.txt', join(root, 'dangling.txt'));
  symlinkSync(base, join(root, 'up'));
  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
  execFileSync('mkfifo', [join(root, 'pipe')]);
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), `extraheader = ${SECRET}\n`);
  symlinkSync(join(root, '.git', 'config'), join(root, 'src', 'ci.env'));
  symlinkSync('.git', join(root, 'git-dir'));
  symlinkSync('a.txt', join(root, 'src', 'link-a.txt'));
  symlinkSync('deep', join(root, 'src', 'deep-link'));
  writeFileSync(join(root, 'src', 'deep', 'b.txt'), 'bee');
  ws = new Workspace(root, { outputRoots: [temp] });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** The UsageError a call throws, checked to name the path and never the secret or the target. */
function refusal(call: () => unknown): UsageError {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UsageError);
  const error = thrown as UsageError;
  expect(`${error.message} ${error.location?.file}`).not.toContain(SECRET);
  expect(`${error.message} ${error.location?.file}`).not.toContain(base);
  return error;
}

describe('reads', () => {
  test('a file and an in-workspace link read normally', async () => {
    expect(ws.readTextSync('src/a.txt')).toBe('hello');
    expect(await ws.readText('link-in.txt')).toBe('hello');
    expect(ws.readTextSync(join(root, 'src', 'a.txt'))).toBe('hello');
  });

  test.each([
    ['.env', '.env', 'is a symbolic link that leads outside the workspace'],
    ['up/secret.env', 'up/secret.env', 'is a symbolic link that leads outside the workspace'],
    ['../secret.env', '../secret.env', 'is outside the workspace'],
    ['src/../../secret.env', 'src/../../secret.env', 'is outside the workspace'],
    ['dangling.txt', 'dangling.txt', 'is a symbolic link to a file that does not exist'],
    ['nope.txt', 'nope.txt', 'does not exist'],
    ['src', 'src', 'is a directory, not a file'],
    ['pipe', 'pipe', 'is not a regular file'],
    ['loop-a', 'loop-a', 'is a loop of symbolic links'],
  ])('%s is refused naming %s only', (path, display, message) => {
    const error = refusal(() => ws.readTextSync(path, { input: 'reports' }));
    expect(error).toMatchObject({ message, input: 'reports', location: { file: display } });
  });

  test('.git is never read: as written, through a link to a file or to the directory', async () => {
    for (const path of ['.git/config', 'src/../.git/config', 'src/ci.env', 'git-dir/config']) {
      expect(refusal(() => ws.readTextSync(path)).message).toBe('is inside .git');
      await expect(ws.readText(path)).rejects.toThrow('is inside .git');
    }
    expect(refusal(() => ws.statSync('.git/config')).message).toBe('is inside .git');
    expect(() => ws.listSync('git-dir')).toThrow('is inside .git');
    expect(walkFilesSync(ws).some((file) => file.startsWith('.git/'))).toBe(false);
    mkdirSync(join(root, '.github'), { recursive: true });
    writeFileSync(join(root, '.github', 'ci.yml'), 'on: push');
    writeFileSync(join(root, '.gitignore'), 'x');
    expect(ws.readTextSync('.github/ci.yml')).toBe('on: push');
    expect(ws.readTextSync('.gitignore')).toBe('x');
  });

  test('links inside, to files and directories, read again and again from the cached directories', async () => {
    for (let round = 0; round < 2; round++) {
      expect(ws.readTextSync('src/link-a.txt')).toBe('hello');
      expect(await ws.readText('src/link-a.txt')).toBe('hello');
      expect(ws.readTextSync('src/deep-link/b.txt')).toBe('bee');
      expect(ws.readTextSync('src/deep/b.txt')).toBe('bee');
      expect(ws.readTextSync('src/deep/../a.txt')).toBe('hello');
      expect(() => ws.readTextSync('src/a.txt/x')).toThrow('does not exist');
      expect(() => ws.readTextSync('src/nope/x')).toThrow('does not exist');
      refusal(() => ws.readTextSync('up/repo/../secret.env'));
    }
  });

  test('an absolute path outside is refused, named as given', async () => {
    const outside = join(base, 'secret.env');
    expect(() => ws.readTextSync(outside)).toThrow('is outside the workspace');
    await expect(ws.readText('.env')).rejects.toThrow('leads outside the workspace');
  });

  test('a size bound refuses larger files, sync and async', async () => {
    expect(() => ws.readTextSync('big.txt', { maxBytes: 1000 })).toThrow(
      'is larger than the limit of 1000 bytes',
    );
    await expect(ws.readBytes('big.txt', { maxBytes: 1024 })).rejects.toThrow('limit of 1 KiB');
    expect((await ws.readBytes('big.txt', { maxBytes: 2048 })).length).toBe(2048);
  });

  test('an unreadable file is a usage error', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    writeFileSync(join(root, 'locked.txt'), 'x');
    chmodSync(join(root, 'locked.txt'), 0);
    expect(() => ws.readTextSync('locked.txt')).toThrow('permission denied');
  });
});

describe('stat, exists, list', () => {
  test('stat follows in-workspace links; missing is undefined; outside is refused', async () => {
    expect(ws.statSync('link-in.txt')).toEqual({ kind: 'file', size: 5, path: 'link-in.txt' });
    expect(await ws.stat('src')).toMatchObject({ kind: 'directory' });
    expect(ws.existsSync('nope')).toBe(false);
    expect(await ws.exists('src/a.txt')).toBe(true);
    refusal(() => ws.existsSync('.env'));
  });

  test('list names entries without following links; a link to outside cannot be listed', async () => {
    expect((await ws.list('src')).map((entry) => [entry.path, entry.kind])).toEqual([
      ['src/a.txt', 'file'],
      ['src/ci.env', 'symlink'],
      ['src/deep', 'directory'],
      ['src/deep-link', 'symlink'],
      ['src/link-a.txt', 'symlink'],
    ]);
    refusal(() => ws.listSync('up'));
    expect(() => ws.listSync('src/a.txt')).toThrow('is not a directory');
  });

  test('walk lists files, not entering linked directories', () => {
    const files = walkFilesSync(ws);
    expect(files).toContain('src/a.txt');
    expect(files).toContain('.env');
    expect(files.some((file) => file.startsWith('up/'))).toBe(false);
  });
});

describe('writes', () => {
  test('writes inside the workspace and the output roots, making directories', async () => {
    const written = ws.writeOutputSync('out/registry.md', 'table');
    expect(readFileSync(written, 'utf8')).toBe('table');
    await ws.writeOutput(join(temp, 'flow', 'r.json'), ['{}', '\n']);
    expect(readFileSync(join(temp, 'flow', 'r.json'), 'utf8')).toBe('{}\n');
    ws.writeOutputSync('out/registry.md', 'again');
    expect(readFileSync(join(root, 'out', 'registry.md'), 'utf8')).toBe('again');
  });

  test('never writes through a link, nor outside', async () => {
    symlinkSync(join(base, 'secret.env'), join(root, 'PORT_MAPPINGS.md'));
    refusal(() => ws.writeOutputSync('PORT_MAPPINGS.md', 'pwned'));
    refusal(() => ws.writeOutputSync('link-in.txt', 'pwned'));
    refusal(() => ws.writeOutputSync('up/pwn.log', 'pwned'));
    refusal(() => ws.writeOutputSync('up/new-dir/pwn.log', 'pwned'));
    refusal(() => ws.writeOutputSync('../pwn.log', 'pwned'));
    expect(refusal(() => ws.writeOutputSync('.git/config', 'x')).message).toBe('is inside .git');
    expect(refusal(() => ws.writeOutputSync('git-dir/hooks/x', 'x')).message).toBe(
      'is inside .git',
    );
    await expect(ws.writeOutput('logs/../../pwn.log', 'x')).rejects.toThrow('outside');
    expect(() => ws.createOutputStream('PORT_MAPPINGS.md')).toThrow('symbolic link');
    expect(readFileSync(join(base, 'secret.env'), 'utf8')).toContain(SECRET);
    expect(readFileSync(join(root, 'src', 'a.txt'), 'utf8')).toBe('hello');
  });

  test('a stream output writes a file', async () => {
    const stream = ws.createOutputStream('logs/app.log');
    await new Promise<void>((resolve) => stream.end('line\n', resolve));
    expect(readFileSync(join(root, 'logs', 'app.log'), 'utf8')).toBe('line\n');
  });
});

test('a workspace that does not exist is a usage error, not a fault', () => {
  expect(() => new Workspace(join(base, 'no-such-dir')).readTextSync('a')).toThrow(UsageError);
});
