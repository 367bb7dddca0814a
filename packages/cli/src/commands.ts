import type { CliCommand } from '@flow-actions/kit/cli';

interface CommandModule {
  command: CliCommand;
}

/**
 * The actions that have a CLI twin (actions/<name>/src/cli.ts, exported as @flow-actions/<name>/cli), each loaded only when it runs.
 * Static imports, so that the bundled CLI (dist/cli) carries every command; a test checks that
 * the list names every actions/<name>/src/cli.ts.
 */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  'commit-lint': () => import('@flow-actions/commit-lint/cli'),
  'coverage-gate': () => import('@flow-actions/coverage-gate/cli'),
  'e2e-compose-runner': () => import('../../../actions/e2e-compose-runner/src/cli.ts'),
  'port-conflict-check': () => import('@flow-actions/port-conflict-check/cli'),
  'pr-policy': () => import('@flow-actions/pr-policy/cli'),
  'spec-first-guard': () => import('@flow-actions/spec-first-guard/cli'),
};

export function commandNames(): string[] {
  return Object.keys(COMMANDS).sort();
}

export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return load ? (await load()).command : undefined;
}
