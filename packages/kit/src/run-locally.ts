import { readActionMetadata, type ActionMetadata } from './action-metadata.ts';
import { inputsWithDefaults, localContext, type Outcome, type RunFunction } from './context.ts';
import type { GitHubEvent } from '@flow-actions/github/event';
import type { Report } from './report.ts';
import type { Logger } from './safe-output.ts';

export interface RunLocallyOptions {
  /** The action's action.yml (a URL next to src/, or its metadata): its defaults fill the inputs. */
  action: URL | string | ActionMetadata;
  workspace: string;
  /** Inputs as a workflow's `with:` gives them; the rest take action.yml's defaults. */
  inputs?: Record<string, string>;
  event?: GitHubEvent | undefined;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
}

/**
 * An action's `run` off the runner, as a test, a benchmark or the demo calls it: inputs with
 * action.yml's defaults, the workspace, the event. Returns the outcome (report, summary, outputs).
 */
export function runLocally<R extends Report>(
  run: RunFunction<R>,
  options: RunLocallyOptions,
): Promise<Outcome<R>> {
  const metadata =
    typeof options.action === 'string' || options.action instanceof URL
      ? readActionMetadata(options.action)
      : options.action;
  return run(
    localContext({
      workspace: options.workspace,
      inputs: inputsWithDefaults(metadata, options.inputs),
      event: options.event,
      ...(options.env ? { env: options.env } : {}),
      ...(options.log ? { log: options.log } : {}),
    }),
  );
}
