import type { RunContext, RunFunction } from '@flow-actions/kit';
import type { RunIo } from './start-stack.ts';
import { cancelOnSignals } from './cancellation.ts';
import { runE2e, type E2eReport } from './e2e.ts';
import { outcomeOf } from './outcome.ts';
import { projectOf, readSettings } from './settings.ts';
import { savePassed, saveRun } from './teardown.ts';

/**
 * Collapsible sections of the log: `::group::` on a runner (the title is ours, never untrusted
 * text), a title line in a terminal.
 */
function sections(context: RunContext): RunIo['section'] {
  if (context.mode === 'cli')
    return (title) => {
      context.log.info(`--- ${title}`);
      return () => undefined;
    };
  return (title) => {
    process.stdout.write(`::group::${title}\n`);
    return () => process.stdout.write('::endgroup::\n');
  };
}

/** Settings → (state for the post step) → the run → the outcome. */
export const run: RunFunction<E2eReport> = async (context) => {
  const settings = readSettings(context);
  // Saved before anything starts, so a cancelled or failed run is still torn down.
  saveRun(context.state, {
    project: projectOf(settings),
    composeCommand: settings.composeCommand,
    teardown: settings.teardown,
    downFlags: settings.downFlags,
  });
  const cancellation = cancelOnSignals();
  try {
    const report = await runE2e(settings, {
      log: context.log,
      env: context.env,
      signal: cancellation.signal,
      section: sections(context),
    });
    savePassed(context.state, report.passed);
    return outcomeOf(report, settings);
  } finally {
    cancellation.dispose();
  }
};
