import { spawn } from 'node:child_process';

export class GitError extends Error {
  override name = 'GitError';
  readonly args: readonly string[];
  readonly stderr: string;
  readonly exitCode: number | null;
  constructor(message: string, args: readonly string[], stderr: string, exitCode: number | null) {
    super(message);
    this.args = args;
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
}

/** Settings that would change what git prints; every call is pinned to plain, parseable output. */
const PINNED = [
  '-c',
  'core.quotePath=false',
  '-c',
  'color.ui=false',
  '-c',
  'log.showSignature=false',
];

/** Run git and return its stdout as bytes. `input` is written to its stdin. */
export function gitBytes(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...PINNED, ...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) =>
      reject(new GitError(`cannot run git: ${error.message}`, args, '', null)),
    );
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code === 0) resolve(Buffer.concat(out));
      else
        reject(
          new GitError(
            `git ${args.join(' ')} failed: ${stderr || `exit ${code}`}`,
            args,
            stderr,
            code,
          ),
        );
    });
    child.stdin.on('error', () => {}); // git may exit before reading all of stdin; its exit code tells
    child.stdin.end(input ?? '');
  });
}

export async function git(cwd: string, args: readonly string[], input?: string): Promise<string> {
  return (await gitBytes(cwd, args, input)).toString('utf8');
}

/** True when git exits 0; for questions like "is this commit here?". */
export async function gitSucceeds(cwd: string, args: readonly string[]): Promise<boolean> {
  try {
    await gitBytes(cwd, args);
    return true;
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== null) return false;
    throw error;
  }
}
