import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { createInterface } from 'node:readline';

export interface TestCommandResult {
  exitCode: number;
  timedOut: boolean;
  seconds: number;
  /** The last lines it printed, for the summary. */
  tail: string[];
}

const TAIL_LINES = 30;
const KILL_GRACE_MS = 5000;

/** Signal a whole process group; it may be gone already. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // no such process group: everything in it has ended
  }
}

/**
 * Run the E2E suite like a `run:` step (bash -eo pipefail) in its own process group, so a
 * timeout or a cancellation ends it and everything it started. Each line it prints goes to
 * `print` (untrusted text).
 */
export function runTestCommand(options: {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  print: (line: string) => void;
  signal?: AbortSignal;
}): Promise<TestCommandResult> {
  const started = Date.now();
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', options.command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const onLine = (line: string) => {
    options.print(line);
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);

  let timedOut = false;
  const stop = () => {
    if (child.pid === undefined) return;
    killGroup(child.pid, 'SIGTERM');
    setTimeout(() => killGroup(child.pid!, 'SIGKILL'), KILL_GRACE_MS).unref();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, options.timeoutMs);
  options.signal?.addEventListener('abort', stop, { once: true });

  return new Promise((resolve, reject) => {
    let exitCode = 0;
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run the test command with bash: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      // What the command left running in the background would hold the pipes open: end it too.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
    });
    child.on('close', () => {
      options.signal?.removeEventListener('abort', stop);
      resolve({ exitCode, timedOut, seconds: (Date.now() - started) / 1000, tail });
    });
  });
}
