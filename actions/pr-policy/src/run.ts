import type { RunFunction } from '@flow-actions/kit';
import { readChanges } from './changes.ts';
import { outcomeOf } from './outcome.ts';
import { evaluatePolicy, notAPullRequest, type PolicyReport } from './policy.ts';
import { readPullRequest } from './pull-request.ts';
import { readSettings } from './settings.ts';

/** Settings → the event's pull request and git's changes (nothing from the PR is run) → the policy. */
export const run: RunFunction<PolicyReport> = async (context) => {
  const settings = await readSettings(context);
  const pr = await readPullRequest(context, settings);
  if (!pr) return outcomeOf(notAPullRequest(context.event?.name ?? 'unknown'));
  const changes = await readChanges(context, settings);
  return outcomeOf(evaluatePolicy(settings, pr, changes));
};
