import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempRepo, type TempRepo } from '@flow-actions/testing';
import { hookCleanup } from './edit.ts';
import { cleanMessage } from './message.ts';

// git reads no system or user configuration here, in the commits and in hookCleanup alike.
const isolated = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const saved = { ...process.env };
beforeAll(() => {
  Object.assign(process.env, isolated);
});
afterAll(() => {
  for (const key of Object.keys(isolated)) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

function script(target: TempRepo, path: string, body: string): string {
  const full = join(target.dir, path);
  writeFileSync(full, `#!/bin/sh\n${body}\n`);
  chmodSync(full, 0o755);
  return full;
}

/** A repository with a commit-msg hook and .git/editor, an editor that types EDITED above git's text. */
function repoWithHook(hook: string, config: Record<string, string> = {}): TempRepo {
  const created = tempRepo();
  for (const [key, value] of Object.entries(config)) created.git('config', key, value);
  created.commit('chore: start', { 'file.txt': 'one\n' });
  script(created, '.git/hooks/commit-msg', hook);
  script(
    created,
    '.git/editor',
    '{ printf %s "$EDITED"; cat "$1"; } > "$1.new" && mv "$1.new" "$1"',
  );
  return created;
}

/** A hook that keeps the file it was given and the GIT_EDITOR it saw. */
const KEEP = 'cp "$1" .git/hook-message\nprintf %s "${GIT_EDITOR-}" > .git/hook-editor';

/** Commit as a user would (hooks on), with `edited` typed in the editor when given. */
function gitCommit(target: TempRepo, args: string[], edited?: string) {
  // A line longer than any body line may be: it fails the lint if the diff of -v is not cut.
  target.write({ 'file.txt': `${Math.random()} ${'-'.repeat(120)}\n` });
  target.git('add', 'file.txt');
  return spawnSync('git', ['commit', '-q', ...args], {
    cwd: target.dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...isolated,
      GIT_EDITOR: edited === undefined ? 'true' : join(target.dir, '.git/editor'),
      EDITED: edited ?? '',
    },
  });
}

/** What our cleanup makes of the hook's file, and what git committed. */
async function bothSides(target: TempRepo) {
  const file = readFileSync(join(target.dir, '.git/hook-message'), 'utf8');
  const editor = readFileSync(join(target.dir, '.git/hook-editor'), 'utf8');
  const ours = cleanMessage(file, await hookCleanup(target.dir, { GIT_EDITOR: editor }, file));
  const object = target.git('cat-file', 'commit', 'HEAD');
  const committed = `${object.slice(object.indexOf('\n\n') + 2)}\n`; // git() trims the last newline
  return { file, ours, committed };
}

const typed = 'feat: add x  \n\n\nBody line.\n\n#12 is the issue\n';

describe('the message a commit-msg hook lints is the one git commits', () => {
  // Every row has four cells: jest takes a missing last argument for a done callback.
  const cases: [string, Record<string, string>, string[], string | undefined][] = [
    ['-m, no editor: a # line stays', {}, ['-m', 'fix: y', '-m', '#123 is the issue'], undefined],
    ['the editor: git’s help text goes, and a typed # line with it', {}, [], typed],
    ['the editor with -v: the diff below the scissors goes', {}, ['-v'], typed],
    ['core.commentChar ;', { 'core.commentChar': ';' }, [], typed],
    ['commit.cleanup verbatim keeps the help text', { 'commit.cleanup': 'verbatim' }, [], typed],
    [
      'commit.cleanup scissors keeps # lines above the cut',
      { 'commit.cleanup': 'scissors' },
      [],
      typed,
    ],
    [
      'commit.cleanup strip strips -m',
      { 'commit.cleanup': 'strip' },
      ['-m', 'fix: y\n#1 gone\n'],
      undefined,
    ],
    [
      'commit.cleanup whitespace, -m with CRLF',
      { 'commit.cleanup': 'whitespace' },
      ['-m', 'fix: y\r\n\r\n\r\nb \r\n'],
      undefined,
    ],
  ];
  test.each(cases)('%s', async (_name, config, args, edited) => {
    repo = repoWithHook(KEEP, config);
    expect(gitCommit(repo, args, edited).status).toBe(0);
    const { ours, committed } = await bothSides(repo);
    expect(ours).toBe(committed);
  });

  test('core.commentChar auto: git picks ; when a line starts with #', async () => {
    repo = repoWithHook(KEEP, { 'core.commentChar': 'auto' });
    expect(gitCommit(repo, ['-m', 'fix: y\n\n#1 first line of the body']).status).toBe(0);
    expect(gitCommit(repo, ['--amend'], 'docs: z\n\n').status).toBe(0);
    const { file, ours, committed } = await bothSides(repo);
    expect(file).toMatch(/^; /m); // the help text, with the character git chose
    expect(ours).toBe(committed);
  });

  test('a commit.cleanup git does not know is a usage error that names it', async () => {
    repo = tempRepo();
    repo.git('config', 'commit.cleanup', 'tidy');
    await expect(hookCleanup(repo.dir, {}, 'fix: y\n')).rejects.toThrow(
      'git config commit.cleanup is "tidy"',
    );
  });
});

describe('a commit-msg hook running the CLI, as the README sets it up', () => {
  const cli = fileURLToPath(new URL('../../../packages/cli/bin/flow-actions.js', import.meta.url));

  test('a bad header stops the commit; a good one, with git’s help text below it, goes in', () => {
    repo = repoWithHook(`exec "${process.execPath}" "${cli}" commit-lint --edit "$1"`, {
      'core.commentChar': ';',
    });
    const refused = gitCommit(repo, ['-m', 'Added the thing']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('type-empty');
    expect(repo.git('log', '--format=%s')).toBe('chore: start');

    // Typed in the editor above git's help text and the diff of -v, both below a ";" line.
    const accepted = gitCommit(repo, ['-v'], 'fix: handle empty input\n');
    expect({ status: accepted.status, stderr: accepted.stderr }).toMatchObject({ status: 0 });
    expect(repo.git('log', '-1', '--format=%B')).toBe('fix: handle empty input');
  });
});
