import { tmpdir } from 'node:os';
import type { GitHubEvent } from '@flow-actions/github/event';
import type { ActionMetadata } from './action-metadata.ts';
import { mapInputs, type InputSource } from './inputs.ts';
import type { Report } from './report.ts';
import { silentLogger, type Logger } from './safe-output.ts';
import type { Summary } from './summary.ts';

/** Values kept from the main step for the post step (GITHUB_STATE → STATE_*). */
export interface StateStore {
  save(name: string, value: string): void;
  get(name: string): string | undefined;
}

/**
 * Everything an action's `run` may use. The GitHub runner and the CLI each build one, so the
 * same core runs in both; nothing here imports @actions/*.
 */
export interface RunContext {
  mode: 'action' | 'cli';
  inputs: InputSource;
  /** The repository the action works on: GITHUB_WORKSPACE, or the CLI's working directory. */
  workspace: string;
  /** The triggering event; undefined on the command line. */
  event: GitHubEvent | undefined;
  env: NodeJS.ProcessEnv;
  /** A directory for files that outlive the step (RUNNER_TEMP on a runner). */
  tempDir: string;
  log: Logger;
  state: StateStore;
}

/** What a run produces; the runner turns it into outputs, a summary, annotations and a report file. */
export interface Outcome<R extends Report = Report> {
  report: R;
  summary: Summary;
  /** Action outputs besides `passed` and `report`, which the runner sets itself. */
  outputs: Record<string, string>;
  /** One line saying how it went, for the log and the terminal. */
  headline: string;
  /** A sticky PR comment to create or update, when the action was asked to comment. */
  comment?: { marker: string; body: string };
}

export type RunFunction<R extends Report = Report> = (context: RunContext) => Promise<Outcome<R>>;

export function memoryState(initial: Record<string, string> = {}): StateStore {
  const values = new Map(Object.entries(initial));
  return { save: (name, value) => void values.set(name, value), get: (name) => values.get(name) };
}

export interface LocalContextOptions {
  workspace: string;
  inputs: InputSource;
  event?: GitHubEvent | undefined;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
}

/** A RunContext off the runner: for the CLI, tests and benchmarks. */
export function localContext(options: LocalContextOptions): RunContext {
  const env = options.env ?? {};
  return {
    mode: 'cli',
    inputs: options.inputs,
    workspace: options.workspace,
    event: options.event,
    env,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    log: options.log ?? silentLogger,
    state: memoryState(),
  };
}

/**
 * Inputs as the runner passes them: action.yml's defaults, overridden by `values`. An expression
 * default (`${{ github.token }}`) has no value off the runner and is left out.
 */
export function inputsWithDefaults(
  metadata: ActionMetadata,
  values: Record<string, string> = {},
): InputSource {
  const defaults = Object.fromEntries(
    Object.entries(metadata.inputs)
      .filter(([, input]) => !input.default?.includes('${{'))
      .map(([name, input]) => [name, input.default]),
  );
  return mapInputs({ ...defaults, ...values });
}
