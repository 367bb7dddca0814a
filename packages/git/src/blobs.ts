import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError } from './exec.ts';

/** A blob larger than the reader's limit: not read into memory. */
export class BlobTooLargeError extends Error {
  override name = 'BlobTooLargeError';
  readonly path: string;
  readonly size: number;
  constructor(path: string, size: number, limit: number) {
    super(`${path} is ${size} bytes, over the limit of ${limit}`);
    this.path = path;
    this.size = size;
  }
}

interface Pending {
  name: string;
  resolve: (text: string | undefined) => void;
  reject: (error: Error) => void;
}

export interface BlobReaderOptions {
  /** Larger blobs are refused with a BlobTooLargeError (64 MiB by default). */
  maxBytes?: number;
  /** The process ends after this long without a request, and starts again on the next (ms). */
  idleMs?: number;
}

/**
 * Files at revisions read through one `git cat-file --batch` process rather than one `git show`
 * per file: a spec split into thousands of files costs one process, not thousands. Requests are
 * answered in order; the process ends when idle, so it never keeps Node alive.
 */
export class BlobReader {
  private readonly cwd: string;
  private readonly maxBytes: number;
  private readonly idleMs: number;
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly pending: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  private idle: NodeJS.Timeout | undefined;
  /** The reply being received: its type, size, and bytes still to come (with the closing newline). */
  private current: { type: string; size: number; left: number } | undefined;

  constructor(cwd: string, options: BlobReaderOptions = {}) {
    this.cwd = cwd;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.idleMs = options.idleMs ?? 50;
  }

  /** The text of `path` at `rev`, or undefined when there is no such file (or it is not a file). */
  read(rev: string, path: string): Promise<string | undefined> {
    // cat-file reads one name a line: a name with a newline cannot be asked for, nor exist in a tree
    // that git would check out on most systems.
    if (/[\n\r]/.test(path) || /[\n\r]/.test(rev)) return Promise.resolve(undefined);
    const name = `${rev}:${path}`;
    return new Promise((resolve, reject) => {
      clearTimeout(this.idle);
      this.pending.push({ name, resolve, reject });
      this.process().stdin.write(`${name}\n`);
    });
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['-c', 'core.quotePath=false', 'cat-file', '--batch'], {
      cwd: this.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => {}); // the close handler tells what happened
    const fail = (message: string) => {
      // A process let go when idle has no requests: later ones went to its successor.
      if (this.child !== child) return;
      this.child = undefined;
      const error = new GitError(
        message,
        ['cat-file', '--batch'],
        Buffer.concat(stderr).toString(),
        null,
      );
      for (const request of this.pending.splice(0)) request.reject(error);
      this.chunks = [];
      this.buffered = 0;
      this.current = undefined;
    };
    child.on('error', (error) => fail(`cannot run git: ${error.message}`));
    child.on('close', (code) => {
      if (this.pending.length > 0)
        fail(`git cat-file --batch ended (exit ${code}) with requests unanswered`);
      else if (this.child === child) this.child = undefined;
    });
    this.child = child;
    return child;
  }

  /** Lets the idle process end; a request from now on starts a new one. */
  private release(): void {
    const child = this.child;
    this.child = undefined;
    child?.stdin.end();
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.answer());
    if (this.pending.length === 0) {
      this.idle = setTimeout(() => this.release(), this.idleMs);
      this.idle.unref();
    }
  }

  /** Takes `length` buffered bytes off the front (all joined only now, when they are all here). */
  private take(length: number): Buffer {
    const data = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const rest = data.subarray(length);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return data.subarray(0, length);
  }

  /** Moves the oldest request on as far as the buffered bytes allow; false when more must come. */
  private answer(): boolean {
    const request = this.pending[0];
    if (!request || this.buffered === 0) return false;
    if (!this.current) {
      let newline = this.chunks[0]!.indexOf(10);
      if (newline === -1 && this.chunks.length > 1) {
        this.chunks = [Buffer.concat(this.chunks)];
        newline = this.chunks[0]!.indexOf(10);
      }
      if (newline === -1) return false;
      const header = this.take(newline + 1).toString('utf8', 0, newline);
      const fields = /^\S+ (\S+) (\d+)$/.exec(header);
      if (!fields) {
        // "<name> missing" or "<name> ambiguous": no such file.
        this.pending.shift();
        request.resolve(undefined);
        return true;
      }
      this.current = { type: fields[1]!, size: Number(fields[2]), left: Number(fields[2]) + 1 };
    }
    const current = this.current;
    const path = request.name.slice(request.name.indexOf(':') + 1);
    if (current.type !== 'blob' || current.size > this.maxBytes) {
      // Not kept: dropped as it arrives, so a huge blob costs no memory.
      const dropped = Math.min(current.left, this.buffered);
      this.take(dropped);
      current.left -= dropped;
      if (current.left > 0) return false;
      this.current = undefined;
      this.pending.shift();
      if (current.type !== 'blob') request.resolve(undefined);
      else request.reject(new BlobTooLargeError(path, current.size, this.maxBytes));
      return true;
    }
    if (this.buffered < current.left) return false;
    const body = this.take(current.left);
    this.current = undefined;
    this.pending.shift();
    request.resolve(body.toString('utf8', 0, current.size));
    return true;
  }
}
