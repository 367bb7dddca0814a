import { execFileSync } from 'node:child_process';

/** Run git in `cwd` and return its trimmed stdout; a failure throws with git's own message. */
export function git(
  cwd: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): string {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      input: options.input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
      maxBuffer: 256 * 1024 * 1024,
    }).trimEnd();
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new Error(`git ${args.join(' ')} failed: ${stderr || (error as Error).message}`, {
      cause: error,
    });
  }
}

/** Whether `ref` (a ref, or `rev:path`) names an object in the repository. */
export function refExists(cwd: string, ref: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', ref]);
    return true;
  } catch {
    return false;
  }
}

/** `git mktree` of `ls-tree`-style lines (`<mode> <type> <sha>\t<name>`); returns the tree. */
export function mktree(cwd: string, entries: string[]): string {
  return git(cwd, ['mktree'], { input: entries.length ? `${entries.join('\n')}\n` : '' });
}
