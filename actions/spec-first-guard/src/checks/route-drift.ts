import type { Finding } from '@flow-actions/kit';
import type { PullRequestChanges } from '../repository.ts';
import { compareRoutes, type DriftResult } from '../routes/drift.ts';
import { extractRoutes, isRouteSource } from '../routes/extract.ts';
import type { Route } from '../routes/route.ts';
import type { Settings } from '../settings.ts';
import type { SpecResult } from './specs.ts';

/** Routes in the implementation at head against the operations of the specs at head. */
export async function checkRouteDrift(
  settings: Settings,
  changes: PullRequestChanges,
  specs: SpecResult,
): Promise<DriftResult | undefined> {
  if (settings.routeDrift === 'off') return undefined;
  const severity = settings.routeDrift === 'error' ? 'error' : 'warning';
  const code: Route[] = [];
  for (const file of changes.headFiles) {
    if (!settings.implementationPaths.matches(file) || !isRouteSource(file)) continue;
    code.push(...extractRoutes(file, (await changes.head.read(file)) ?? ''));
  }
  if (code.length === 0 && specs.specRoutes.length === 0) return { rows: [], findings: [] };
  if (code.length === 0) {
    // Nothing to compare is not a pass.
    const finding: Finding = {
      rule: 'route-drift',
      severity,
      message: `no routes were found in implementation-paths (${settings.implementationPaths.patterns.join(', ')}): route drift cannot be checked`,
    };
    return { rows: [], findings: [finding] };
  }
  return compareRoutes(code, specs.specRoutes, specs.basePaths, severity);
}
