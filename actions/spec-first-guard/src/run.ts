import type { RunFunction } from '@flow-actions/kit';
import { labelsOf } from '@flow-actions/github/event';
import { checkCompanions } from './checks/companions.ts';
import { checkContracts } from './checks/contracts.ts';
import { requireMatch } from './checks/matches.ts';
import { checkRouteDrift } from './checks/route-drift.ts';
import { checkSpecs } from './checks/specs.ts';
import { checkOrdering, timeline } from './ordering/commit-order.ts';
import { outcomeOf, type GuardReport } from './outcome.ts';
import { readChanges } from './repository.ts';
import { readSettings } from './settings.ts';

export type { GuardReport } from './outcome.ts';

export const run: RunFunction<GuardReport> = async (context) => {
  const settings = await readSettings(context);
  const changes = await readChanges(context.workspace, {
    event: context.event,
    from: settings.from,
    to: settings.to,
    log: (message) => context.log.info(message),
  });
  const everything = [...changes.headFiles, ...changes.changed];
  requireMatch(settings.specPaths, everything, "input 'spec-paths'", 'spec-paths');
  // A spec-only repository turns off the checks that read the implementation, and needs none.
  if (settings.requireSpec || settings.specFirst || settings.routeDrift !== 'off') {
    requireMatch(
      settings.implementationPaths,
      everything,
      "input 'implementation-paths'",
      'implementation-paths',
    );
  }
  const ordering = {
    commits: changes.commits,
    filesByCommit: changes.filesByCommit,
    changed: changes.changed,
    spec: settings.specPaths,
    implementation: settings.implementationPaths,
  };
  const entries = timeline(ordering);
  const specs = await checkSpecs(settings, changes);
  const drift = await checkRouteDrift(settings, changes, specs);
  const contracts = await checkContracts(settings, changes, context.event);
  const results = {
    range: { base: changes.range.base, head: changes.range.head, source: changes.range.source },
    labels: labelsOf(context.event),
    timeline: entries,
    findings: [
      ...checkOrdering(ordering, entries, settings),
      ...(await checkCompanions(settings, changes, context.workspace)),
    ],
    specs,
    drift,
    contracts,
  };
  return outcomeOf(results, settings);
};
