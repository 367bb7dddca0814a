import { describeError, exitCodes, fenceUntrusted } from '@flow-actions/kit';
import { runCli, type CliIO } from '@flow-actions/kit/cli';
import { commandNames, loadCommand } from './commands.ts';

function usage(): string {
  return [
    'usage: flow-actions <action> [--<input-name> value]... [--json] [--report-file path]',
    '       flow-actions --version',
    '',
    'The same checks as the GitHub Actions, with the same input names, for local runs and git hooks.',
    `actions: ${commandNames().join(', ')}`,
    'flow-actions <action> --help lists its options.',
    '',
  ].join('\n');
}

/**
 * `flow-actions <action> ...args`; returns the exit code. Inside a workflow step what it prints
 * of its arguments, and any fault with its stack, is fenced, as runCli fences its own output.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const fenced = (text: string) => (io.env.GITHUB_ACTIONS === 'true' ? fenceUntrusted(text) : text);
  try {
    return await dispatch(argv, io, fenced);
  } catch (error) {
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    io.stderr(fenced(`error: ${describeError(error)}${stack}\n`));
    return exitCodes.internal;
  }
}

async function dispatch(
  argv: readonly string[],
  io: CliIO,
  fenced: (text: string) => string,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version') {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return exitCodes.ok;
  }
  if (!name || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name ? exitCodes.ok : exitCodes.usage;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(fenced(`error: unknown action ${JSON.stringify(name)}\n${usage()}`));
    return exitCodes.usage;
  }
  return runCli(command, rest, io);
}
