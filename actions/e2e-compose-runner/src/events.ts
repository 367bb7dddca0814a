import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PROJECT_LABEL } from './docker.ts';
import type { DockerEvent } from './readiness.ts';

/** The container events readiness depends on; `health_status` matches all three health states. */
const EVENTS = ['create', 'start', 'restart', 'die', 'health_status', 'destroy'];

/**
 * `docker events` for one project's containers, as a queue. Started with `--since` a moment
 * before `compose up`, so the engine replays anything that happened before the stream attached.
 */
export class EventStream {
  private readonly child: ChildProcess;
  private readonly queue: DockerEvent[] = [];
  private waiter: (() => void) | undefined;
  private stderr = '';
  /** Set when the stream ended: the engine went away, or the stream was closed. */
  ended: string | undefined;

  /** `sinceMs`: epoch ms on the engine's clock. */
  constructor(project: string, sinceMs: number) {
    const args = [
      'events',
      '--since',
      (sinceMs / 1000).toFixed(3),
      '--filter',
      `label=${PROJECT_LABEL}=${project}`,
      '--filter',
      'type=container',
      ...EVENTS.flatMap((event) => ['--filter', `event=${event}`]),
      '--format',
      '{{json .}}',
    ];
    this.child = spawn('docker', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('error', (error) => this.end(`docker events could not start: ${error.message}`));
    this.child.on('close', (code) =>
      this.end(`docker events ended (exit ${code}): ${this.stderr.trim()}`),
    );
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      this.queue.push(JSON.parse(line) as DockerEvent);
      this.wake();
    });
  }

  /** The next event, or undefined at `deadline` (epoch ms) or when the stream ended. */
  async next(deadline: number): Promise<DockerEvent | undefined> {
    while (this.queue.length === 0 && this.ended === undefined) {
      const wait = deadline - Date.now();
      if (wait <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = undefined;
    }
    return this.queue.shift();
  }

  close(): void {
    this.ended ??= 'closed';
    this.child.kill();
  }

  private end(reason: string): void {
    this.ended ??= reason;
    this.wake();
  }

  private wake(): void {
    this.waiter?.();
  }
}
