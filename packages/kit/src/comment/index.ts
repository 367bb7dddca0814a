import { isForkPullRequest, pullRequestOf, repositoryOf } from '@flow-actions/github/event';
import type { Commenter } from '../action/run-action.ts';

/**
 * Writes the outcome's comment as a sticky comment on the event's pull request. Where it cannot
 * write (not a pull request, a fork's read-only token, no token, HTTP 403/404) it skips and says
 * why; the job summary still has the result.
 */
export function pullRequestCommenter(tokenInput = 'github-token'): Commenter {
  return async (context, comment) => {
    const pullRequest = pullRequestOf(context.event);
    if (!pullRequest)
      return { written: false, message: 'not a pull request event: no comment written' };
    if (isForkPullRequest(context.event)) {
      return {
        written: false,
        message:
          'a pull request from a fork gets a read-only token: the result is in the job summary only',
      };
    }
    const token = context.inputs.get(tokenInput)?.trim();
    if (!token)
      return { written: false, message: `no ${tokenInput}: the result is in the job summary only` };
    const repository = repositoryOf(context.event, context.env);
    if (!repository)
      return { written: false, message: 'cannot tell the repository: no comment written' };
    // the GitHub client is most of a bundle: loaded (a chunk of its own) only to write a comment
    const { createClient, upsertStickyComment } = await import('@flow-actions/github');
    const client = createClient(token, {
      ...(context.env.GITHUB_API_URL ? { baseUrl: context.env.GITHUB_API_URL } : {}),
      onNotice: (message) => context.log.info(message),
    });
    const result = await upsertStickyComment(client, {
      ...repository,
      issueNumber: pullRequest.number,
      ...comment,
    });
    if (result.status === 'skipped') return { written: false, message: result.reason };
    return { written: true, message: `${result.status} the pull request comment ${result.url}` };
  };
}
