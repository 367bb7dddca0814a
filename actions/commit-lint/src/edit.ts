import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { git, GitError } from '@flow-actions/git';
import { UsageError } from '@flow-actions/kit';
import { autoCommentChar, cleanMessage, type GitCleanup } from './message.ts';
import type { Settings } from './settings.ts';

/** The settings that change how git cleans a message, as `git config --get-regexp` names them. */
const CLEANUP_KEYS = '^(commit\\.cleanup|core\\.comment(char|string))$';

/** The keys' values, the last one git reads winning; core.commentChar and core.commentString are one setting. */
async function cleanupSettings(cwd: string): Promise<{ cleanup?: string; comment?: string }> {
  let out: string;
  try {
    out = await git(cwd, ['config', '-z', '--get-regexp', CLEANUP_KEYS]);
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1) return {}; // none of them is set
    throw error;
  }
  const settings: { cleanup?: string; comment?: string } = {};
  for (const entry of out.split('\0')) {
    const newline = entry.indexOf('\n');
    if (newline === -1) continue; // a key without a value: git refuses to commit with it
    const value = entry.slice(newline + 1);
    if (entry.startsWith('commit.')) settings.cleanup = value;
    else settings.comment = value;
  }
  return settings;
}

/** git's cleanup mode for a commit.cleanup value; undefined for one git does not know. */
function cleanupMode(value: string, editor: boolean): GitCleanup['mode'] | undefined {
  if (value === 'default') return editor ? 'strip' : 'whitespace';
  if (value === 'scissors') return 'whitespace'; // above the cut, comment lines stay
  if (value === 'strip' || value === 'whitespace' || value === 'verbatim') return value;
  return undefined;
}

/**
 * How git will clean the message file a commit-msg hook was given: by commit.cleanup, the comment
 * character, and whether git opened its editor (git runs the hook with GIT_EDITOR=: when it did
 * not). A --cleanup option on git's command line does not reach the hook.
 */
export async function hookCleanup(
  cwd: string,
  env: NodeJS.ProcessEnv,
  text: string,
): Promise<GitCleanup> {
  const settings = await cleanupSettings(cwd);
  const editor = env.GIT_EDITOR !== ':';
  const comment =
    settings.comment?.toLowerCase() === 'auto' ? autoCommentChar(text) : (settings.comment ?? '#');
  if (comment === '' || comment.includes('\n')) {
    throw new UsageError(
      `git config core.commentChar is ${JSON.stringify(comment)}: git needs a comment character`,
      { input: 'edit' },
    );
  }
  const mode = cleanupMode(settings.cleanup ?? 'default', editor);
  if (!mode) {
    throw new UsageError(
      `git config commit.cleanup is ${JSON.stringify(settings.cleanup)}: git accepts default, strip, whitespace, verbatim or scissors`,
      { input: 'edit' },
    );
  }
  // git cuts at the scissors line whenever its editor showed one (-v, or cleanup=scissors).
  return { mode, scissors: editor, comment };
}

/**
 * The message of --edit (a commit-msg hook's file, cleaned as git will clean it) or --message.
 * The hook's file is read where git keeps it, which in a worktree is outside the work tree: the
 * CLI's user named it, no pull request did.
 */
export async function readMessage(
  message: Settings['message'],
  workspace: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  if (!message || 'text' in message) return message?.text;
  const path = resolve(workspace, message.file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the commit message file ${path}: ${(error as Error).message}`,
      { input: 'edit' },
    );
  }
  return cleanMessage(text, await hookCleanup(workspace, env, text));
}
