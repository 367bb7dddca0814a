import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

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
  /** Told each line of stdout and stderr as it comes (a build's output, for the log). */
  onLine?: (line: string) => void;
}

/** What is kept of each stream: a build can print without end, the end is what explains a failure. */
const KEPT_BYTES = 1024 * 1024;

/** A line longer than this (no newline in sight) is passed on in pieces. */
const LONGEST_LINE = 64 * 1024;

/** One output stream: kept up to its last KEPT_BYTES, and split into lines for onLine. */
function collector(onLine: ((line: string) => void) | undefined) {
  const decoder = new StringDecoder('utf8');
  let kept = '';
  let partial = '';
  const lines = (text: string) => {
    if (!onLine) return;
    const parts = (partial + text).split(/\r?\n/);
    partial = parts.pop()!;
    parts.forEach(onLine);
    if (partial.length > LONGEST_LINE) {
      onLine(partial);
      partial = '';
    }
  };
  return {
    add(chunk: Buffer) {
      const text = decoder.write(chunk);
      kept = (kept + text).slice(-KEPT_BYTES);
      lines(text);
    },
    end(): string {
      const text = decoder.end();
      kept = (kept + text).slice(-KEPT_BYTES);
      lines(text);
      if (onLine && partial) onLine(partial);
      return kept;
    },
  };
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
    const out = collector(options.onLine);
    const err = collector(options.onLine);
    let spawnError: string | undefined;
    child.stdout.on('data', (chunk: Buffer) => out.add(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.add(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name !== 'AbortError')
        spawnError = error.code === 'ENOENT' ? `${program} is not installed` : error.message;
    });
    child.on('close', (code) => {
      const result: ExecResult = { code, stdout: out.end(), stderr: err.end() };
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
