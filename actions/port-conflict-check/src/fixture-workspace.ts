import type { GitHubEvent } from '@flow-actions/github/event';
import { inputsWithDefaults, localContext, readActionMetadata } from '@flow-actions/kit';
import { fixtureDir } from '@flow-actions/testing';
import { run } from './run.ts';

/** Tests only: a temporary directory holding the given files (path → text). */
export const fixtureWorkspace = (files: Record<string, string>) => fixtureDir(files, 'port-check-');

/** Tests only: the action's run on a workspace, inputs defaulted from action.yml. */
export async function runOn(
  workspace: string,
  inputs: Record<string, string> = {},
  event?: GitHubEvent,
) {
  const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
  return run(localContext({ workspace, inputs: inputsWithDefaults(metadata, inputs), event }));
}

/** Tests only: a Compose file of one project, each service an image with these port items. */
export const composeFile = (name: string, services: Record<string, string[]>) =>
  `name: ${name}\nservices:\n${Object.entries(services)
    .map(
      ([service, ports]) =>
        `  ${service}:\n    image: x\n    ports:\n${ports.map((p) => `      - "${p}"`).join('\n')}\n`,
    )
    .join('')}`;

/** Tests only: `severity rule file:line` of each finding of a run on these files. */
export async function findingLines(
  files: Record<string, string>,
  inputs: Record<string, string> = {},
) {
  const outcome = await runOn(fixtureWorkspace(files), inputs);
  return outcome.report.findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line}`);
}
