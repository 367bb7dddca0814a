import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliCommand } from '@flow-actions/kit/cli';

const actionsDir = new URL('../../../actions/', import.meta.url);

/** The actions that have a CLI twin: every actions/<name>/src/cli.ts, loaded on demand. */
export function commandNames(): string[] {
  return readdirSync(actionsDir)
    .filter((name) => existsSync(fileURLToPath(new URL(`${name}/src/cli.ts`, actionsDir))))
    .sort();
}

export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  if (!commandNames().includes(name)) return undefined;
  const module = (await import(new URL(`${name}/src/cli.ts`, actionsDir).href)) as {
    command: CliCommand;
  };
  return module.command;
}
