/**
 * Carry out a release plan: versions and changelogs, the build, a `chore(release)` commit on the
 * branch, then a publish commit (made with git plumbing, the work tree untouched) whose tree is
 * dist/ — `<name>/action.yml`, `<name>/index.js`, … at its root, with the reusable workflows — tagged `<name>/vX.Y.Z` and
 * `<name>/vX`, and the channel tags `vX`. Every step checks what is already there, so a re-run
 * (also after a run that stopped half-way) finishes the job instead of repeating it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSection, hasSection, renderSection } from './changelog.ts';
import { updateChannels, type ChannelUpdate } from './channel.ts';
import { git, mktree, refExists } from './git.ts';
import { describePlan, planRelease, type ActionPlan, type ReleasePlan } from './plan.ts';
import { parseVersion } from './version.ts';

export interface ReleaseOptions {
  dryRun?: boolean;
  /** Push the branch and the tags to this remote. */
  push?: string;
  /** The build that refreshes dist/ (default `npm run build`). */
  build?: string[];
  log?: (line: string) => void;
}

export interface ReleaseResult {
  plan: ReleasePlan;
  /** Tags created or moved by this run. */
  tags: string[];
  channels: ChannelUpdate[];
  /** The publish commit of this run, when it released something. */
  publish?: string;
}

export function assertClean(cwd: string): void {
  const status = git(cwd, ['status', '--porcelain', '--untracked-files=all']);
  if (status) {
    const files = status.split('\n');
    throw new Error(
      `refusing to release from a dirty work tree (${files.length} changed or untracked files: ${files
        .slice(0, 5)
        .map((line) => line.slice(3))
        .join(', ')}${files.length > 5 ? ', …' : ''}); commit or remove them first`,
    );
  }
}

function writeVersion(cwd: string, action: ActionPlan, date: string): string[] {
  const dir = join(cwd, 'actions', action.name);
  const manifestFile = join(dir, 'package.json');
  const manifest = readFileSync(manifestFile, 'utf8');
  // Replace the version in place: the rest of the file keeps its formatting.
  writeFileSync(manifestFile, manifest.replace(/("version"\s*:\s*)"[^"]*"/, `$1"${action.next}"`));
  const changelogFile = join(dir, 'CHANGELOG.md');
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  if (!hasSection(changelog, action.next!)) {
    const section = renderSection(
      action.next!,
      date,
      action.bump === 'first' ? null : action.commits,
    );
    writeFileSync(changelogFile, addSection(changelog, action.name, section));
  }
  return [`actions/${action.name}/package.json`, `actions/${action.name}/CHANGELOG.md`];
}

/**
 * The publishable tree of `source`: its dist/ at the root, plus its reusable workflows (those
 * with `on: workflow_call`) in `.github/workflows/`, which callers reach at the same tags.
 */
function publishTree(cwd: string, source: string): string {
  const entries = git(cwd, ['ls-tree', `${source}:dist`])
    .split('\n')
    .filter(Boolean);
  const workflows = refExists(cwd, `${source}:.github/workflows`)
    ? git(cwd, ['ls-tree', `${source}:.github/workflows`])
        .split('\n')
        .filter((line) => /^100644 blob \w+\t.+\.ya?ml$/.test(line))
        .filter((line) =>
          /^\s*workflow_call\s*:/m.test(git(cwd, ['cat-file', 'blob', line.split(/\s/)[2]!])),
        )
    : [];
  if (workflows.length) {
    const github = mktree(cwd, [`040000 tree ${mktree(cwd, workflows)}\tworkflows`]);
    entries.push(`040000 tree ${github}\t.github`);
  }
  return mktree(cwd, entries);
}

/**
 * Run the build. When it fails, the work tree (clean when the run began) gets back what this run
 * changed, so that a re-run after the fix starts from the same place; the error ends with the
 * build's last lines.
 */
function build(cwd: string, [command, ...args]: string[], written: string[]): void {
  try {
    execFileSync(command!, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const output = `${String((error as { stdout?: Buffer }).stdout ?? '')}\n${String((error as { stderr?: Buffer }).stderr ?? '')}`;
    const tail = output
      .split('\n')
      .filter((line) => line.trim())
      .slice(-15)
      .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
    git(cwd, [
      'checkout',
      '--quiet',
      'HEAD',
      '--',
      ...written.filter((file) => refExists(cwd, `HEAD:${file}`)),
      'dist',
    ]);
    git(cwd, ['clean', '--quiet', '--force', '-d', '--', ...written, 'dist']);
    throw new Error(
      `${[command, ...args].join(' ')} failed; the versions and changelogs are restored:\n${tail.join('\n')}`,
      {
        cause: error,
      },
    );
  }
}

/** The release commit's message: the versions in the header while it stays within 72 characters. */
export function releaseMessage(names: string[]): string {
  const header = `chore(release): ${names.join(', ')}`;
  if (header.length <= 72) return header;
  return `chore(release): publish ${names.length} actions\n\n${names.map((name) => `- ${name}`).join('\n')}\n`;
}

function releaseTags(action: ActionPlan): { version: string; floating: string } {
  return {
    version: `${action.name}/v${action.next}`,
    floating: `${action.name}/v${parseVersion(action.next!)!.major}`,
  };
}

function currentBranch(cwd: string): string | undefined {
  try {
    return git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  } catch {
    return undefined; // detached HEAD: only tags are pushed
  }
}

function pushAll(cwd: string, remote: string, log: (line: string) => void): void {
  const refspecs: string[] = [];
  const branch = currentBranch(cwd);
  if (branch) refspecs.push(`HEAD:refs/heads/${branch}`);
  for (const tag of git(cwd, ['tag', '--list']).split('\n').filter(Boolean)) {
    // Version tags never move (a differing remote tag fails the push); floating and channel tags do.
    const immutable = /\/v\d+\.\d+\.\d+$/.test(tag);
    const floating = /^(?:[a-z0-9][a-z0-9-]*\/)?v\d+$/.test(tag);
    if (immutable) refspecs.push(`refs/tags/${tag}`);
    else if (floating) refspecs.push(`+refs/tags/${tag}:refs/tags/${tag}`);
  }
  git(cwd, ['push', '--atomic', '--porcelain', remote, ...refspecs]);
  log(
    `pushed ${branch ? `${branch} and ` : ''}${refspecs.length - (branch ? 1 : 0)} tags to ${remote}`,
  );
}

export function release(cwd: string, options: ReleaseOptions = {}): ReleaseResult {
  const log = options.log ?? ((line: string) => console.log(line));
  assertClean(cwd);
  const plan = planRelease(cwd);
  log(describePlan(plan));
  const releasing = plan.actions.filter((action) => action.next);
  const tags: string[] = [];
  if (options.dryRun) {
    for (const action of releasing) {
      const { version, floating } = releaseTags(action);
      log(`would tag ${version} and move ${floating}`);
    }
    const channels = updateChannels(cwd, undefined, true);
    for (const channel of channels)
      log(`would move ${channel.tag} (existing releases: ${channel.members.join(', ')})`);
    const majors = [...new Set(releasing.map((action) => `v${parseVersion(action.next!)!.major}`))];
    if (majors.length) log(`would update channels ${majors.join(', ')} with this run's releases`);
    return { plan, tags, channels };
  }

  let publish: string | undefined;
  if (releasing.length) {
    const date = git(cwd, ['log', '-1', '--format=%cs', 'HEAD']);
    const files = releasing.flatMap((action) => writeVersion(cwd, action, date));
    build(cwd, options.build ?? ['npm', 'run', 'build'], files);
    git(cwd, ['add', '--', ...files, 'dist']);
    const names = releasing.map((action) => `${action.name} v${action.next}`);
    const summary = names.join(', ');
    if (git(cwd, ['diff', '--cached', '--name-only']))
      git(cwd, ['commit', '--quiet', '--no-verify', '-m', releaseMessage(names)]);
    if (!refExists(cwd, 'HEAD:dist'))
      throw new Error('HEAD has no dist/ directory: the build wrote nothing to publish');
    const source = git(cwd, ['rev-parse', 'HEAD']);
    const message = `release: ${summary}\n\nBuilt from ${source}.\n`;
    publish = git(cwd, ['commit-tree', publishTree(cwd, source), '-p', source, '-m', message]);
    for (const action of releasing) {
      const { version, floating } = releaseTags(action);
      if (!refExists(cwd, `refs/tags/${version}`)) git(cwd, ['tag', version, publish]);
      git(cwd, ['tag', '--force', floating, `refs/tags/${version}^{commit}`]);
      tags.push(version, floating);
      log(`tagged ${version} and ${floating}`);
    }
  }
  const channels = updateChannels(cwd, publish, false);
  for (const channel of channels) {
    tags.push(channel.tag);
    log(`moved ${channel.tag}: ${channel.members.join(', ')}`);
  }
  if (!releasing.length && !channels.length) log('nothing to release');
  if (options.push) pushAll(cwd, options.push, log);
  return { plan, tags, channels, ...(publish ? { publish } : {}) };
}
