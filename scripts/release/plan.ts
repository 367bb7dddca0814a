/** What a release would do: per action, the last released version, the commits since, the next version. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bumpOf, parseCommit, type ReleaseCommit } from './commits.ts';
import { git } from './git.ts';
import { actionNames, releasePaths } from './scope.ts';
import {
  bumpVersion,
  compareVersions,
  formatVersion,
  parseVersion,
  type Bump,
  type Version,
} from './version.ts';

export interface ActionPlan {
  name: string;
  /** Paths whose commits count for this action. */
  paths: string[];
  /** The newest `<name>/vX.Y.Z` tag's version; undefined before the first release. */
  released?: string;
  /** The version in actions/<name>/package.json. */
  manifest: string;
  /** Conventional Commits since the last release touching `paths` (oldest first). */
  commits: ReleaseCommit[];
  bump: Bump | 'first' | 'manual' | null;
  /** The version this run releases; undefined when there is nothing to release. */
  next?: string;
}

export interface ReleasePlan {
  actions: ActionPlan[];
}

/** Every `<name>/vX.Y.Z` tag's version, highest first. */
export function releasedVersions(cwd: string, name: string): Version[] {
  return git(cwd, ['tag', '--list', `${name}/v*`])
    .split('\n')
    .map((tag) => parseVersion(tag.slice(name.length + 2)))
    .filter((version): version is Version => version !== undefined)
    .sort((a, b) => compareVersions(b, a));
}

function commitsSince(cwd: string, since: string, paths: string[]): ReleaseCommit[] {
  const log = git(cwd, [
    'log',
    '--no-merges',
    '--reverse',
    '-z',
    '--format=%H%n%B',
    `${since}..HEAD`,
    '--',
    ...paths,
  ]);
  return log
    .split('\0')
    .filter((record) => record.trim())
    .map((record) => {
      const newline = record.indexOf('\n');
      return parseCommit(record.slice(0, newline), record.slice(newline + 1));
    });
}

export function manifestVersion(cwd: string, name: string): string {
  const file = join(cwd, 'actions', name, 'package.json');
  const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: string };
  if (!version || !parseVersion(version))
    throw new Error(`${file}: "version" must be X.Y.Z, found ${JSON.stringify(version)}`);
  return version;
}

function planAction(cwd: string, name: string): ActionPlan {
  const paths = releasePaths(cwd, name);
  const manifest = manifestVersion(cwd, name);
  const last = releasedVersions(cwd, name)[0];
  if (!last) return { name, paths, manifest, commits: [], bump: 'first', next: manifest };
  const released = formatVersion(last);
  const commits = commitsSince(cwd, `refs/tags/${name}/v${released}`, paths);
  const bump = bumpOf(commits);
  const computed = bump ? bumpVersion(last, bump) : last;
  // A release engineer may raise package.json by hand (say to 2.0.0 for a breaking change nobody
  // marked): a manifest above both the last release and the computed bump wins.
  const wanted = parseVersion(manifest)!;
  if (compareVersions(wanted, computed) > 0)
    return { name, paths, released, manifest, commits, bump: 'manual', next: manifest };
  if (!bump) return { name, paths, released, manifest, commits, bump: null };
  return { name, paths, released, manifest, commits, bump, next: formatVersion(computed) };
}

export function planRelease(cwd: string): ReleasePlan {
  return { actions: actionNames(cwd).map((name) => planAction(cwd, name)) };
}

/** The plan as `--dry-run` prints it. */
export function describePlan(plan: ReleasePlan): string {
  if (!plan.actions.length) return 'no actions/<name>/action.yml found: nothing to release';
  const lines: string[] = [];
  for (const action of plan.actions) {
    const from = action.released ? `v${action.released}` : 'unreleased';
    if (!action.next) {
      lines.push(
        `${action.name}: ${from}, nothing to release (${action.commits.length} commits, none fix/perf/feat)`,
      );
      continue;
    }
    lines.push(
      `${action.name}: ${from} -> v${action.next} (${action.bump}; paths: ${action.paths.join(', ')})`,
    );
    for (const commit of action.commits)
      lines.push(`    ${commit.sha.slice(0, 7)} ${commit.header}`);
  }
  return lines.join('\n');
}
