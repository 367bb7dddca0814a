/**
 * Channel tags: `vX` is a commit whose tree holds, for each action, the `<name>/` directory of its
 * newest X.y.z release, so `uses: org/flow-actions/<name>@vX` resolves per action while another
 * action has moved to X+1. A composite action also carries the sibling bundles of its own release
 * in `<name>/siblings/<sibling>/` (its steps look there first), so it never runs a sibling from
 * another release or major.
 */
import { git, mktree, refExists } from './git.ts';
import { siblingsIn } from './scope.ts';
import { compareVersions, formatVersion, parseVersion, type Version } from './version.ts';

export interface ReleaseTag {
  name: string;
  version: Version;
  /** The full ref, `refs/tags/<name>/vX.Y.Z`. */
  tag: string;
}

/** Every `<name>/vX.Y.Z` tag in the repository. */
export function versionTags(cwd: string): ReleaseTag[] {
  return git(cwd, ['tag', '--list', '*/v*'])
    .split('\n')
    .flatMap((tag) => {
      const match = /^([a-z0-9][a-z0-9-]*)\/v(.+)$/.exec(tag);
      const version = match && parseVersion(match[2]!);
      return match && version ? [{ name: match[1]!, version, tag: `refs/tags/${tag}` }] : [];
    });
}

/** For each action, its newest release of `major`. */
export function channelMembers(tags: readonly ReleaseTag[], major: number): ReleaseTag[] {
  const newest = new Map<string, ReleaseTag>();
  for (const tag of tags) {
    if (tag.version.major !== major) continue;
    const seen = newest.get(tag.name);
    if (!seen || compareVersions(tag.version, seen.version) > 0) newest.set(tag.name, tag);
  }
  return [...newest.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function subtree(cwd: string, rev: string, path: string): string {
  return git(cwd, ['rev-parse', `${rev}^{commit}:${path}`]);
}

/** The `<name>/` tree of a release, with a composite's siblings from that same release added. */
function memberTree(cwd: string, member: ReleaseTag): string {
  const own = subtree(cwd, member.tag, member.name);
  const actionYml = git(cwd, ['show', `${member.tag}^{commit}:${member.name}/action.yml`]);
  const present = git(cwd, ['ls-tree', '--name-only', `${member.tag}^{commit}`]).split('\n');
  const siblings = siblingsIn(actionYml, present).filter((name) => name !== member.name);
  if (!siblings.length) return own;
  const vendored = mktree(
    cwd,
    siblings.map((name) => `040000 tree ${subtree(cwd, member.tag, name)}\t${name}`),
  );
  const entries = git(cwd, ['ls-tree', own])
    .split('\n')
    .filter((line) => line && !line.endsWith('\tsiblings'));
  return mktree(cwd, [...entries, `040000 tree ${vendored}\tsiblings`]);
}

/**
 * The channel's tree: each member's `<name>/`, and the reusable workflows (`.github/`) of the
 * newest release among them, so `org/flow-actions/.github/workflows/<file>.yml@vX` resolves too.
 */
export function channelTree(cwd: string, members: readonly ReleaseTag[]): string {
  const entries = members.map((member) => `040000 tree ${memberTree(cwd, member)}\t${member.name}`);
  const newest = members
    .map((member) => ({
      member,
      time: Number(git(cwd, ['log', '-1', '--format=%ct', member.tag])),
    }))
    .sort((a, b) => b.time - a.time || b.member.tag.localeCompare(a.member.tag))[0]?.member;
  const workflows = newest && git(cwd, ['ls-tree', `${newest.tag}^{commit}`, '.github']);
  if (workflows) entries.push(workflows);
  return mktree(cwd, entries);
}

export interface ChannelUpdate {
  tag: string;
  members: string[];
}

/** Point every `vX` at a tree of the newest X.y.z of each action; returns the tags that moved. */
export function updateChannels(
  cwd: string,
  parent: string | undefined,
  dryRun: boolean,
): ChannelUpdate[] {
  const tags = versionTags(cwd);
  const majors = [...new Set(tags.map((tag) => tag.version.major))].sort((a, b) => a - b);
  const updates: ChannelUpdate[] = [];
  for (const major of majors) {
    const members = channelMembers(tags, major);
    const tag = `v${major}`;
    const tree = channelTree(cwd, members);
    const existing = refExists(cwd, `refs/tags/${tag}`)
      ? git(cwd, ['rev-parse', `refs/tags/${tag}^{commit}`])
      : undefined;
    if (existing && git(cwd, ['rev-parse', `${existing}^{tree}`]) === tree) continue;
    const names = members.map((member) => `${member.name} ${formatVersion(member.version)}`);
    updates.push({ tag, members: names });
    if (dryRun) continue;
    const parents = [
      ...new Set([existing, parent].filter((sha): sha is string => sha !== undefined)),
    ];
    const message = `release: channel ${tag}\n\n${names.join('\n')}\n`;
    const commit = git(cwd, [
      'commit-tree',
      tree,
      ...parents.flatMap((sha) => ['-p', sha]),
      '-m',
      message,
    ]);
    git(cwd, ['tag', '--force', tag, commit]);
  }
  return updates;
}
