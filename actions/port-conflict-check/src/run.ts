import { changedFiles, resolveRange } from '@flow-actions/git';
import { pullRequestOf } from '@flow-actions/github/event';
import type { RunContext, RunFunction } from '@flow-actions/kit';
import { checkPorts, type PortReport } from './check.ts';
import { outcomeOf } from './outcome.ts';
import { readSettings, type Settings } from './settings.ts';

/** On a pull request with changed-only: the files it changes; undefined means report everything. */
async function changedSet(
  settings: Settings,
  context: RunContext,
): Promise<Set<string> | undefined> {
  if (!settings.changedOnly) return undefined;
  if (!pullRequestOf(context.event)) {
    context.log.info('changed-only applies to pull requests: reporting every finding');
    return undefined;
  }
  const range = await resolveRange(context.workspace, {
    event: context.event,
    log: (m) => context.log.debug(m),
  });
  if (!range.base) return undefined;
  const files = await changedFiles(context.workspace, range.base, range.head);
  context.log.info(`changed-only: ${files.length} files changed in ${range.source}`);
  return new Set(
    files.flatMap((file) => [file.path, ...(file.previousPath ? [file.previousPath] : [])]),
  );
}

/** Settings → the files a pull request changes (changed-only) → the check → the outcome. */
export const run: RunFunction<PortReport> = async (context) => {
  const settings = readSettings(context);
  const changed = await changedSet(settings, context);
  const report = checkPorts(settings, changed, (message) => context.log.info(message));
  return outcomeOf(report, settings);
};
