import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GitHubEvent } from '@flow-actions/github/event';
import { inputsWithDefaults, localContext, readActionMetadata } from '@flow-actions/kit';
import { run } from './run.ts';

/** Tests only: a temporary directory holding the given files (path → text). */
export function fixtureWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'port-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Tests only: the action's run on a workspace, inputs defaulted from action.yml. */
export async function runOn(
  workspace: string,
  inputs: Record<string, string> = {},
  event?: GitHubEvent,
) {
  const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
  return run(localContext({ workspace, inputs: inputsWithDefaults(metadata, inputs), event }));
}
