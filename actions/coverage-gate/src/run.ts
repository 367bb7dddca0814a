import type { RunFunction } from '@flow-actions/kit';
import { gateCoverage } from './gate.ts';
import { outcomeOf } from './outcome.ts';
import type { CoverageReport } from './report.ts';
import { readSettings } from './settings.ts';

/** Settings → the gate → the outcome. */
export const run: RunFunction<CoverageReport> = async (context) => {
  const settings = readSettings(context);
  const report = await gateCoverage({
    settings,
    workspace: context.workspace,
    event: context.event,
    log: context.log,
  });
  return outcomeOf(report, settings);
};
