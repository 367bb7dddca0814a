import type { Finding } from '@flow-actions/kit';
import { labelsOf, pullRequestOf, type GitHubEvent } from '@flow-actions/github/event';
import { checkBreaking, type BreakingResult } from '../breaking/check.ts';
import { checkOpenSpec } from '../openspec/check.ts';
import type { PullRequestChanges } from '../repository.ts';
import type { Settings } from '../settings.ts';

/** What consumers rely on: the API between base and head, and the OpenSpec change folders. */
export async function checkContracts(
  settings: Settings,
  changes: PullRequestChanges,
  event: GitHubEvent | undefined,
): Promise<{ breaking: BreakingResult; findings: Finding[]; outputs: Record<string, string> }> {
  const breaking = await checkBreaking(settings, changes, {
    commits: changes.commits,
    title: pullRequestOf(event)?.title,
    labels: labelsOf(event),
  });
  const openspec = await checkOpenSpec(settings.openspec, {
    changed: changes.changed,
    headFiles: changes.headFiles,
    readHead: (path) => changes.head.read(path),
    existedAtBase: async (path) => (await changes.base.read(path)) !== undefined,
  });
  return {
    breaking,
    findings: [...breaking.findings, ...openspec],
    outputs: { 'breaking-changes': String(breaking.entries.length) },
  };
}
