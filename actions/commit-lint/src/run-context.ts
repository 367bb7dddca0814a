import { git } from '@flow-actions/git';
import { pullRequestOf, pushOf } from '@flow-actions/github/event';
import type { RunContext } from '@flow-actions/kit';
import type { CheckResults } from './outcome.ts';

/** The branch to hold to branch-pattern: the pull request's head, the pushed branch, or the checkout's. */
export async function branchName(context: RunContext): Promise<string> {
  const pullRequest = pullRequestOf(context.event);
  if (pullRequest) return pullRequest.head.ref;
  const push = pushOf(context.event);
  if (push?.ref.startsWith('refs/heads/')) return push.ref.slice('refs/heads/'.length);
  if (context.env.GITHUB_HEAD_REF) return context.env.GITHUB_HEAD_REF;
  return (await git(context.workspace, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
}

export function defaultBranchOf(event: RunContext['event']): string | undefined {
  const repository = event?.payload.repository as { default_branch?: unknown } | undefined;
  return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
}

/** Commits with problems printed to the step's log; the summary and the JSON report have them all. */
const LOGGED_COMMITS = 50;

/** The problems in the step's log, fenced as one block; the CLI prints them as its findings already. */
export function logProblems(context: RunContext, results: CheckResults): void {
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
