import type { RunFunction } from '@flow-actions/kit';
import { cancelOnSignals } from './cancellation.ts';
import { projectOf, runE2e, type E2eReport } from './e2e.ts';
import { outcomeOf } from './outcome.ts';
import { readSettings } from './settings.ts';
import { savePassed, saveRun } from './teardown.ts';

/** Settings → (state for the post step) → the run → the outcome. */
export const run: RunFunction<E2eReport> = async (context) => {
  const settings = readSettings(context);
  // Saved before anything starts, so a cancelled or failed run is still torn down.
  saveRun(context.state, {
    project: projectOf(settings),
    composeCommand: settings.composeCommand,
    teardown: settings.teardown,
  });
  const cancellation = cancelOnSignals();
  try {
    const report = await runE2e(settings, {
      log: context.log,
      env: context.env,
      signal: cancellation.signal,
    });
    savePassed(context.state, report.passed);
    return outcomeOf(report);
  } finally {
    cancellation.dispose();
  }
};
