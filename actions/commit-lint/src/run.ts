import { rangeCommits, type Commit } from '@flow-actions/git';
import { pullRequestOf } from '@flow-actions/github/event';
import { UsageError, Workspace, type RunContext, type RunFunction } from '@flow-actions/kit';
import { branchName, defaultBranchOf, logProblems } from './run-context.ts';
import { checkBranch, checkCommit, checkMessage, checkTitle, type CommitVerdict } from './check.ts';
import { discoverConfig } from './config/discover.ts';
import { loadCommitlintConfig } from './config/resolve.ts';
import { codeRefusal } from './config/trust.ts';
import { defaultLintConfig } from './defaults.ts';
import { readMessage } from './edit.ts';
import { outcomeOf, type CheckResults, type CommitLintReport } from './outcome.ts';
import { readSettings, type Settings } from './settings.ts';

async function lintConfig(settings: Settings, context: RunContext) {
  const { workspace } = context;
  const file = settings.config === 'auto' ? await discoverConfig(workspace) : settings.config?.file;
  if (file) {
    const refusal = await codeRefusal(context.event?.name, context.env, workspace);
    return loadCommitlintConfig(file, workspace, refusal);
  }
  // Loaded only for scopes-from: it brings the glob engine and the YAML reader.
  const scopes = settings.scopesFrom
    ? (await import('./scopes.ts')).scopesFrom(new Workspace(workspace), settings.scopesFrom)
    : settings.defaults.scopes;
  return {
    file: undefined,
    lint: defaultLintConfig({ ...settings.defaults, scopes }),
    warnings: [],
  };
}

/** The commits of the range, linted one by one as git lists them. */
async function checkRange(
  context: RunContext,
  settings: Settings,
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
    const { range, results } = await rangeCommits(context.workspace, settings.range, guarded);
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

/** Settings → configuration → the commits, title and branch checked → the outcome. */
export const run: RunFunction<CommitLintReport> = async (context) => {
  const settings = readSettings(context);
  const config = await lintConfig(settings, context);
  const { lint } = config;
  const results: CheckResults = {
    config: config.file,
    configWarnings: config.warnings,
    commits: [],
  };
  const message = await readMessage(settings.message, context.workspace, context.env);
  if (message !== undefined) {
    results.commits = [checkMessage(message, lint)];
  } else {
    if (settings.commits) {
      const checked = await checkRange(context, settings, (commit) =>
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
  return outcomeOf(results, settings);
};
