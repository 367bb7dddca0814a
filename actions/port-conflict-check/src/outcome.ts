import type { Outcome } from '@flow-actions/kit';
import type { PortReport } from './check.ts';
import type { Settings } from './settings.ts';
import { buildSummary } from './summary.ts';
import type { PortEntry } from './types.ts';

/** GitHub refuses a step output over 1 MB. */
const OUTPUT_LIMIT_BYTES = 1024 * 1024;

/**
 * The `ports` output. When every port does not fit in GitHub's limit, the ports bound on the host;
 * when those do not fit either, none (the README says so). The JSON report has every port.
 */
function portsOutput(ports: readonly PortEntry[]): string {
  const all = JSON.stringify(ports);
  if (Buffer.byteLength(all) <= OUTPUT_LIMIT_BYTES) return all;
  const bound = JSON.stringify(ports.filter((port) => port.published !== null));
  const fits = Buffer.byteLength(bound) <= OUTPUT_LIMIT_BYTES;
  return fits ? bound : '[]';
}

export function outcomeOf(report: PortReport, settings: Settings): Outcome<PortReport> {
  const scope = settings.changedOnly ? ' (changed-only)' : '';
  return {
    report,
    summary: buildSummary(report),
    outputs: { conflicts: String(report.conflicts), ports: portsOutput(report.ports) },
    headline: `${report.conflicts} port conflicts, ${report.findings.length} findings${scope} in ${report.ports.length} ports`,
  };
}
