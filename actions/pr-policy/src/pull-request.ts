import { pullRequestOf } from '@flow-actions/github/event';
import { workspaceOf, type RunContext } from '@flow-actions/kit';
import type { Settings } from './settings.ts';

/** What the event says about the pull request; all of it written by whoever opened it. */
export interface PullRequestInfo {
  title: string;
  /** Undefined on the command line without --body-file: the body's rules are not checked. */
  body: string | undefined;
  headRef: string | undefined;
  baseRef: string | undefined;
}

/** GitHub caps a pull request body at 65,536 characters; a larger file is not a body. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The pull request from the event (pull_request, pull_request_target), or the CLI's options;
 * undefined for another event on a runner (a push to main after the merge has none).
 */
export async function readPullRequest(
  context: RunContext,
  settings: Settings,
): Promise<PullRequestInfo | undefined> {
  const pr = pullRequestOf(context.event);
  if (pr)
    return {
      title: pr.title,
      body: pr.body ?? '',
      headRef: pr.head.ref,
      baseRef: pr.base.ref,
    };
  if (context.mode === 'action') return undefined;
  const { cli } = settings;
  return {
    title: cli.title ?? '',
    body:
      cli.bodyFile === undefined
        ? undefined
        : await workspaceOf(context).readText(cli.bodyFile, {
            maxBytes: MAX_BODY_BYTES,
            input: 'body-file',
          }),
    headRef: cli.headRef,
    baseRef: cli.baseRef,
  };
}
