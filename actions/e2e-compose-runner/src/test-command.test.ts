import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runTestCommand } from './test-command.ts';

/** Processes whose command line is exactly `args` (from /proc). */
function running(...args: string[]): number {
  const wanted = `${args.join('\0')}\0`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8') === wanted;
      } catch {
        return false;
      }
    }).length;
}

/** A sleep of its own for each case and test process: other runs on the machine may hold theirs. */
const sleeper = (n: number) => `${600 + n}.${process.pid}`;

const run = (command: string, timeoutMs: number) => {
  const lines: string[] = [];
  const result = runTestCommand({
    command,
    cwd: tmpdir(),
    env: { PATH: process.env.PATH },
    timeoutMs,
    print: (line) => lines.push(line),
  });
  return result.then((value) => ({ ...value, lines }));
};

describe('runTestCommand', () => {
  test('passes the exit code and the last lines through', async () => {
    const result = await run('echo one; echo two >&2; exit 4', 10_000);
    expect(result).toMatchObject({ exitCode: 4, timedOut: false });
    expect(result.lines.sort()).toEqual(['one', 'two']);
  });

  test('a timeout ends a child detached into a session of its own (setsid), pipes and all', async () => {
    const started = Date.now();
    const result = await run(
      `setsid sleep ${sleeper(1)} & echo started; sleep ${sleeper(2)}`,
      1000,
    );
    expect(result).toMatchObject({ timedOut: true, exitCode: 143 });
    expect(result.lines).toEqual(['started']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(running('sleep', sleeper(1))).toBe(0);
    expect(running('sleep', sleeper(2))).toBe(0);
  });

  test('a command that ends leaving a detached child does not wait for its pipes', async () => {
    const started = Date.now();
    const result = await run(
      `setsid sleep ${sleeper(3)} & (setsid sh -c "sleep ${sleeper(4)}" &); echo done`,
      10_000,
    );
    expect(result).toMatchObject({ timedOut: false, exitCode: 0, lines: ['done'] });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(running('sleep', sleeper(3))).toBe(0);
    expect(running('sleep', sleeper(4))).toBe(0);
  });

  test('a detached child that ignores SIGTERM is killed after the grace time', async () => {
    const result = await run(
      `setsid bash -c 'trap "" TERM; sleep ${sleeper(5)}' & sleep ${sleeper(6)}`,
      500,
    );
    expect(result.timedOut).toBe(true);
    expect(running('sleep', sleeper(5))).toBe(0);
  }, 20_000);
});
