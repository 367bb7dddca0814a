import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { createInterface } from 'node:readline';
import { newTreeMarker, signalTree, TREE_MARKER } from './process-tree.ts';

export interface TestCommandResult {
  exitCode: number;
  timedOut: boolean;
  seconds: number;
  /** The last lines it printed, for the summary. */
  tail: string[];
}

const TAIL_LINES = 30;
const KILL_GRACE_MS = 5000;
/** How long output still in the pipes may take to arrive once the command has ended. */
const DRAIN_MS = 1000;

/**
 * Run the E2E suite like a `run:` step (bash -eo pipefail), detached: it leads its own process
 * group and session. A timeout or a cancellation ends it and everything it started (see
 * process-tree.ts), and when it ends, what it left running is ended too: the step never waits
 * on pipes held by an orphan. Each line it prints goes to `print` (untrusted text).
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
  const marker = newTreeMarker();
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', options.command], {
    cwd: options.cwd,
    env: { ...options.env, [TREE_MARKER]: marker },
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
    signalTree(child.pid, marker, 'SIGTERM');
    setTimeout(() => signalTree(child.pid!, marker, 'SIGKILL'), KILL_GRACE_MS).unref();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, options.timeoutMs);
  options.signal?.addEventListener('abort', stop, { once: true });

  return new Promise((resolve, reject) => {
    let exitCode = 0;
    let settled = false;
    const endLeftovers = () => {
      if (child.pid !== undefined) signalTree(child.pid, marker, 'SIGKILL');
    };
    const finish = () => {
      if (settled) return;
      settled = true;
      // Once more: a process caught mid-fork or mid-exec by the first sweep is found now.
      endLeftovers();
      options.signal?.removeEventListener('abort', stop);
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ exitCode, timedOut, seconds: (Date.now() - started) / 1000, tail });
    };
    child.on('error', (error) => {
      clearTimeout(timer);
      settled = true;
      reject(new Error(`cannot run the test command with bash: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      // What the command left running (in the background, or detached with setsid) ends with it.
      endLeftovers();
      setTimeout(finish, DRAIN_MS);
    });
    child.on('close', finish);
  });
}
