import type { Finding } from '@flow-actions/kit';
import { addedLines } from '@flow-actions/git';
import type { PullRequestChanges } from '../repository.ts';
import { evaluateRules } from '@flow-actions/rules';
import type { Settings } from '../settings.ts';
import { requireMatch } from './matches.ts';

/** The companion rules (the `rules` input and the presets) on the pull request. */
export async function checkCompanions(
  settings: Settings,
  changes: PullRequestChanges,
  cwd: string,
): Promise<Finding[]> {
  if (settings.rules.length === 0) return [];
  const everything = [...changes.headFiles, ...changes.changed];
  for (const rule of settings.userRules) {
    if (rule.when)
      requireMatch(
        rule.when,
        everything,
        `${rule.origin}: \`when\` of rule \`${rule.name}\``,
        'rules',
      );
  }
  const needsLines = settings.rules.some((rule) => rule.whenAddedLines);
  const lines = needsLines
    ? await addedLines(cwd, changes.range, changes.changed, (file) => changes.head.read(file))
    : new Map();
  const mentions = [...new Set(settings.rules.flatMap((rule) => rule.requireMention ?? []))];
  const contents = new Map(
    await Promise.all(mentions.map(async (file) => [file, await changes.head.read(file)] as const)),
  );
  return evaluateRules(settings.rules, {
    changed: changes.changed,
    addedLines: lines,
    contentAt: (file) => contents.get(file),
  });
}
