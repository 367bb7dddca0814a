import validVersion from 'semver/functions/valid.js';

/** A version bump: "1.2.3", "v1.2.3", "chore: 1.2.3 [skip ci]", as @commitlint/is-ignored reads it. */
function isVersionBump(message: string): boolean {
  const end = message.indexOf('\n');
  const stripped = (end === -1 ? message : message.slice(0, end))
    .replace(/^chore(\([^)]+\))?:/, '')
    .replace(/\[(skip|ci)(-|\s)(ci|skip)\]/i, '')
    .replace(/\((skip|ci)(-|\s)(ci|skip)\)/i, '')
    .trim();
  // semver.valid throws and catches inside for a non-version: rule out what cannot be one first.
  return /^v?\d/.test(stripped) && validVersion(stripped) !== null;
}

export type IgnoreTest = (message: string) => boolean;

/** The messages commitlint skips unless `defaultIgnores: false`, named for the report. */
export const DEFAULT_IGNORES: readonly { name: string; test: IgnoreTest }[] = [
  {
    name: 'merge commit',
    test: (m) =>
      /^((Merge pull request)|(Merge (.*?) into (.*?)|(Merge branch (.*?)))(?:\r?\n)*$)/m.test(m),
  },
  { name: 'merge of a tag', test: (m) => /^(Merge tag (.*?))(?:\r?\n)*$/m.test(m) },
  { name: 'revert', test: (m) => /^(R|r)evert (.*)/.test(m) },
  { name: 'reapply', test: (m) => /^(R|r)eapply (.*)/.test(m) },
  { name: 'fixup, squash or amend commit', test: (m) => /^(amend|fixup|squash)!/.test(m) },
  { name: 'version bump', test: isVersionBump },
  {
    name: 'merge commit',
    test: (m) => /^(Merged (.*?)(in|into) (.*)|Merged PR (.*): (.*))/.test(m),
  },
  { name: 'merge commit', test: (m) => /^Merge remote-tracking branch(\s*)(.*)/.test(m) },
  { name: 'merge commit', test: (m) => /^Automatic merge(.*)/.test(m) },
  { name: 'merge commit', test: (m) => /^Auto-merged (.*?) into (.*)/.test(m) },
];

export const FIXUP = /^(amend|fixup|squash)!/;

/**
 * Every default ignore needs one of these starts (a version bump after optional white space,
 * "chore:" or "[skip ci]") or, for the multi-line merge patterns, "Merge" somewhere: one test
 * rules out most messages before the ten.
 */
const MAY_BE_DEFAULT_IGNORED =
  /^(?:\s|\d|[v[(]|[Rr]e(?:vert|apply) |(?:amend|fixup|squash)!|Auto|chore)|Merge/;

/** Why a message is skipped, or undefined: the default ignores (unless off), then the config's. */
export function ignoredBecause(
  message: string,
  options: { defaultIgnores: boolean; ignores: readonly IgnoreTest[]; skipFixups?: boolean },
): string | undefined {
  if (options.defaultIgnores && MAY_BE_DEFAULT_IGNORED.test(message)) {
    const hit = DEFAULT_IGNORES.find((ignore) => ignore.test(message));
    if (hit && (options.skipFixups !== false || !FIXUP.test(message))) return hit.name;
  }
  if (options.ignores.some((ignore) => ignore(message))) return 'ignored by the configuration';
  return undefined;
}
