import { spawn, spawnSync } from 'node:child_process';

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

/**
 * GIT_FLUSH=0: into a pipe, git log otherwise flushes after every commit, and 10,000 small writes
 * cost more to read than the commits cost to lint. Nothing here talks to git in turns.
 */
const gitEnv = () => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' });

function failed(args: readonly string[], stderr: string, code: number | null): GitError {
  return new GitError(
    `git ${args.join(' ')} failed: ${stderr || `exit ${code}`}`,
    args,
    stderr,
    code,
  );
}

/**
 * Run git to its end and return its stdout, synchronously, or undefined when it prints more than
 * `maxBytes` (git is then stopped). For short output a run needs before anything else can go on:
 * the first asynchronous git of a process costs about 4 ms more, the time Node takes to compile
 * its stream and socket code for the pipes.
 */
export function gitSync(
  cwd: string,
  args: readonly string[],
  maxBytes: number,
): Buffer | undefined {
  const result = spawnSync('git', [...PINNED, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: gitEnv(),
    maxBuffer: maxBytes,
  });
  if (result.error) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOBUFS') return undefined;
    throw new GitError(`cannot run git: ${result.error.message}`, args, '', null);
  }
  if (result.status !== 0) throw failed(args, result.stderr.toString('utf8').trim(), result.status);
  return result.stdout;
}

/**
 * Run git, handing its stdout to `onData` chunk by chunk as it arrives (so a caller can work while
 * git still runs). `input` is written to its stdin. Aborting `stop` ends git early, and the
 * promise resolves: the caller has read what it needed.
 */
export function gitStream(
  cwd: string,
  args: readonly string[],
  onData: (chunk: Buffer) => void,
  input?: string,
  stop?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...PINNED, ...args], {
      cwd,
      signal: stop,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: gitEnv(),
    });
    const err: Buffer[] = [];
    let failure: unknown;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== undefined || stop?.aborted) return;
      try {
        onData(chunk);
      } catch (error) {
        failure = error;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      if (!stop?.aborted) reject(new GitError(`cannot run git: ${error.message}`, args, '', null));
    });
    child.on('close', (code) => {
      if (failure !== undefined) return reject(failure);
      if (stop?.aborted) return resolve();
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code === 0) resolve();
      else reject(failed(args, stderr, code));
    });
    child.stdin.on('error', () => {}); // git may exit before reading all of stdin; its exit code tells
    child.stdin.end(input ?? '');
  });
}

/** Run git and return its stdout as bytes. `input` is written to its stdin. */
export async function gitBytes(
  cwd: string,
  args: readonly string[],
  input?: string,
): Promise<Buffer> {
  const out: Buffer[] = [];
  await gitStream(cwd, args, (chunk) => out.push(chunk), input);
  return Buffer.concat(out);
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
