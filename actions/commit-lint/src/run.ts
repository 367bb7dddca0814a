import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { git, rangeCommits, type Commit } from '@flow-actions/git';
import { pullRequestOf, pushOf } from '@flow-actions/github/event';
import { readString, UsageError, type RunContext, type RunFunction } from '@flow-actions/kit';
import { checkBranch, checkCommit, checkMessage, checkTitle, type CommitVerdict } from './check.ts';
import { discoverConfig } from './config/discover.ts';
import { loadCommitlintConfig } from './config/resolve.ts';
import { codeRefusal } from './config/trust.ts';
import { defaultLintConfig } from './defaults.ts';
import { hookCleanup } from './edit.ts';
import type { LintConfig } from './lint.ts';
import { cleanMessage } from './message.ts';
import { buildOutcome, type CheckResults, type CommitLintReport } from './report.ts';
import { scopesFrom } from './scopes.ts';
import { readSettings, type Settings } from './settings.ts';

async function lintConfig(settings: Settings, context: RunContext) {
  const { workspace } = context;
  if (settings.configFile) {
    const refusal = await codeRefusal(context.event?.name, context.env, workspace);
    return loadCommitlintConfig(settings.configFile, workspace, refusal);
  }
  const scopes = settings.scopesFrom
    ? await scopesFrom(workspace, settings.scopesFrom)
    : settings.defaults.scopes;
  return {
    file: undefined,
    lint: defaultLintConfig({ ...settings.defaults, scopes }),
    warnings: [],
  };
}

/** The message of --edit (a commit-msg hook's file) or --message, when the CLI was given one. */
async function singleMessage(context: RunContext): Promise<string | undefined> {
  if (context.mode !== 'cli') return undefined; // options of the CLI only, not action inputs
  const edit = readString(context.inputs, 'edit');
  if (edit) {
    const path = resolve(context.workspace, edit === 'true' ? '.git/COMMIT_EDITMSG' : edit);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new UsageError(
        `cannot read the commit message file ${path}: ${(error as Error).message}`,
        { input: 'edit' },
      );
    }
    return cleanMessage(text, await hookCleanup(context.workspace, context.env, text));
  }
  return context.inputs.get('message');
}

/** The branch to hold to branch-pattern: the pull request's head, the pushed branch, or the checkout's. */
async function branchName(context: RunContext): Promise<string> {
  const pullRequest = pullRequestOf(context.event);
  if (pullRequest) return pullRequest.head.ref;
  const push = pushOf(context.event);
  if (push?.ref.startsWith('refs/heads/')) return push.ref.slice('refs/heads/'.length);
  if (context.env.GITHUB_HEAD_REF) return context.env.GITHUB_HEAD_REF;
  return (await git(context.workspace, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
}

function defaultBranchOf(event: RunContext['event']): string | undefined {
  const repository = event?.payload.repository as { default_branch?: unknown } | undefined;
  return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
}

/** Commits with problems printed to the step's log; the summary and the JSON report have them all. */
const LOGGED_COMMITS = 50;

/** The problems in the step's log, fenced as one block; the CLI prints them as its findings already. */
function logProblems(context: RunContext, results: CheckResults): void {
  if (context.mode !== 'action') return;
  const invalid = results.commits.filter((commit) => commit.problems.length);
  if (invalid.length === 0) return;
  const lines = invalid
    .slice(0, LOGGED_COMMITS)
    .flatMap((commit) => [
      `${commit.sha.slice(0, 7)} ${commit.header}`,
      ...commit.problems.map(
        (problem) => `  ${problem.level} [${problem.rule}] ${problem.message}`,
      ),
    ]);
  if (invalid.length > LOGGED_COMMITS)
    lines.push(
      `… and ${invalid.length - LOGGED_COMMITS} more commits with problems: see the job summary and the JSON report`,
    );
  context.log.untrusted(lines.join('\n'));
}

/** The commits of the range, linted one by one as git lists them. */
async function checkRange(
  context: RunContext,
  check: (commit: Commit) => CommitVerdict,
): Promise<Pick<CheckResults, 'commits' | 'range'>> {
  let lintFault: unknown; // a fault of the lint itself is not a range that cannot be resolved
  const guarded = (commit: Commit) => {
    try {
      return check(commit);
    } catch (error) {
      throw (lintFault = error);
    }
  };
  try {
    const { range, results } = await rangeCommits(
      context.workspace,
      {
        event: context.event,
        // --from/--to are CLI options; a workflow_dispatch run gives them as the event's inputs.
        ...(context.mode === 'cli'
          ? { from: readString(context.inputs, 'from'), to: readString(context.inputs, 'to') }
          : {}),
        log: (message) => context.log.info(message),
      },
      guarded,
    );
    return { commits: results, range };
  } catch (error) {
    if (error instanceof UsageError || error === lintFault) throw error;
    // A missing commit or an unreachable remote: say so plainly, without a stack trace.
    throw new UsageError(`cannot resolve the commits to check: ${(error as Error).message}`, {
      input: 'from',
      cause: error,
    });
  }
}

export const run: RunFunction<CommitLintReport> = async (context) => {
  const settings = readSettings(context.inputs, context.workspace, discoverConfig);
  const config = await lintConfig(settings, context);
  const lint: LintConfig = config.lint;
  const results: CheckResults = {
    config: config.file,
    configWarnings: config.warnings,
    commits: [],
  };
  if (context.mode === 'action' && context.env.GITHUB_SERVER_URL && context.env.GITHUB_REPOSITORY) {
    results.repositoryUrl = `${context.env.GITHUB_SERVER_URL}/${context.env.GITHUB_REPOSITORY}`;
  }

  const message = await singleMessage(context);
  if (message !== undefined) {
    results.commits = [checkMessage(message, lint)];
  } else {
    if (settings.commits) {
      const checked = await checkRange(context, (commit) =>
        checkCommit(commit, lint, settings.ignoreAuthors),
      );
      results.commits = checked.commits;
      results.range = checked.range;
    }
    const pullRequest = pullRequestOf(context.event);
    if (settings.prTitle && pullRequest) results.title = checkTitle(pullRequest.title, lint);
    if (settings.branchPattern) {
      results.branch = checkBranch(await branchName(context), settings.branchPattern, {
        defaultBranch: defaultBranchOf(context.event),
        protectedBranches: settings.protectedBranches,
      });
    }
    if (!settings.commits && !results.title && !results.branch) {
      throw new UsageError(
        'nothing to check: commits is false, and there is no pull request title or branch-pattern to check',
        { input: 'commits' },
      );
    }
  }
  logProblems(context, results);
  return buildOutcome(results);
};
