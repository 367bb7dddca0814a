import { UsageError, type Workspace } from '@flow-actions/kit';
import { METRICS, type Metric } from './model.ts';

/** The totals of a previous run's JSON report (this action's `report` output), as percentages. */
export async function readBaseline(
  workspace: Workspace,
  name: string,
): Promise<Partial<Record<Metric, number>>> {
  const text = await workspace.readText(name, { input: 'baseline', maxBytes: 64 << 20 });
  let data: {
    totals?: Record<string, { covered?: number; total?: number; percent?: number } | null>;
  };
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`cannot read the baseline report ${name}: ${(error as Error).message}`, {
      input: 'baseline',
      location: { file: name },
    });
  }
  if (!data?.totals || typeof data.totals !== 'object') {
    throw new UsageError(`${name} is not a coverage-gate JSON report (no "totals")`, {
      input: 'baseline',
      location: { file: name },
    });
  }
  const baseline: Partial<Record<Metric, number>> = {};
  for (const metric of METRICS) {
    const entry = data.totals[metric];
    if (entry && typeof entry.percent === 'number') baseline[metric] = entry.percent;
  }
  return baseline;
}
