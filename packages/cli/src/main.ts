import { exitCodes } from '@flow-actions/kit';
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

/** `flow-actions <action> ...args`; returns the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
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
    io.stderr(`error: unknown action ${JSON.stringify(name)}\n${usage()}`);
    return exitCodes.usage;
  }
  return runCli(command, rest, io);
}
