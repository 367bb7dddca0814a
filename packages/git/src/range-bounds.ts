import { UsageError } from '@flow-actions/kit';
import {
  dispatchInputsOf,
  mergeGroupOf,
  pullRequestOf,
  pushOf,
  type GitHubEvent,
} from '@flow-actions/github/event';

export interface RangeRequest {
  event?: GitHubEvent | undefined;
  /** Explicit bounds (workflow_dispatch inputs, CLI --from/--to) win over the event. */
  from?: string | undefined;
  to?: string | undefined;
  remote?: string;
  log?: (message: string) => void;
}

/** The commits to check: `base..head`; `base` undefined means head alone. */
export interface GitRange {
  base: string | undefined;
  head: string;
  /** Where the range came from, for messages: "pull request #12", "push", ... */
  source: string;
}

const ZERO_SHA = /^0+$/;

export interface Bounds {
  base: string | undefined;
  head: string;
  source: string;
  /** For a new branch: the default branch whose merge-base starts the range. */
  defaultBranch?: string;
  /** How many commits the event says the range holds, where it says (pull request, push). */
  commits?: number;
}

/** GitHub lists at most this many commits in a push event. */
const PUSH_COMMITS_LISTED = 2048;

/** A count the event gives, if it is one. */
function countOf(value: unknown): { commits?: number } {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? { commits: value }
    : {};
}

/**
 * The range a user names (CLI --from/--to, workflow_dispatch inputs). A revision never starts with
 * "-": such a value would reach git as an option (`--output=<file>` writes a file).
 */
function namedBounds(from: string, to: string | undefined): Bounds {
  const head = to || 'HEAD';
  for (const [input, value] of [
    ['from', from],
    ['to', head],
  ] as const) {
    if (value.startsWith('-'))
      throw new UsageError(`${JSON.stringify(value)} is not a revision: it starts with "-"`, {
        input,
      });
  }
  return { base: from, head, source: `${from}..${head}` };
}

export function boundsFrom(request: RangeRequest): Bounds {
  const { event } = request;
  if (request.from) return namedBounds(request.from, request.to);
  const pullRequest = pullRequestOf(event);
  if (pullRequest)
    return {
      base: pullRequest.base.sha,
      head: pullRequest.head.sha,
      source: `pull request #${pullRequest.number}`,
      ...countOf(pullRequest.commits),
    };
  const push = pushOf(event);
  if (push) {
    const defaultBranch = push.repository.default_branch;
    if (ZERO_SHA.test(push.before))
      return {
        base: undefined,
        head: push.after,
        source: `push of new branch ${push.ref}`,
        defaultBranch,
      };
    const listed = Array.isArray(push.commits) ? push.commits.length : undefined;
    return {
      base: push.before,
      head: push.after,
      source: `push to ${push.ref}`,
      defaultBranch,
      ...countOf(listed !== undefined && listed < PUSH_COMMITS_LISTED ? listed : undefined),
    };
  }
  const group = mergeGroupOf(event);
  if (group)
    return { base: group.base_sha, head: group.head_sha, source: `merge group ${group.head_ref}` };
  if (event?.name === 'workflow_dispatch') {
    const inputs = dispatchInputsOf(event);
    const from = typeof inputs.from === 'string' ? inputs.from : '';
    if (!from)
      throw new UsageError(
        'a workflow_dispatch run needs a `from` input (and optionally `to`) naming the range to check',
        { input: 'from' },
      );
    return namedBounds(from, typeof inputs.to === 'string' ? inputs.to : undefined);
  }
  throw new UsageError(
    event
      ? `cannot tell which commits to check from a ${event.name} event; give the range with from and to`
      : 'no range to check: give --from (and --to), or run on a push, pull_request or merge_group event',
    { input: 'from' },
  );
}
