import { spawn } from 'node:child_process';

export interface ExecResult {
  /** The exit code; null when the program could not start or was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the program could not be started at all (ENOENT: not installed). */
  spawnError?: string;
}

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Aborting kills the program (cancellation of the step). */
  signal?: AbortSignal;
}

/** Run a program to its end and capture what it printed; never throws for a non-zero exit. */
export function exec(
  program: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let spawnError: string | undefined;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name !== 'AbortError')
        spawnError = error.code === 'ENOENT' ? `${program} is not installed` : error.message;
    });
    child.on('close', (code) => {
      const result: ExecResult = {
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (spawnError) result.spawnError = spawnError;
      resolve(result);
    });
  });
}

/** What a failed command said, for an error message: its stderr, else stdout, else the exit code. */
export function failureText(result: ExecResult): string {
  return (
    result.spawnError ??
    (result.stderr.trim() || result.stdout.trim() || `exit code ${result.code}`)
  );
}
