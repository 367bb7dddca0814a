import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pullRequestOf } from '@flow-actions/github/event';
import { UsageError, type RunContext } from '@flow-actions/kit';
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

async function readBodyFile(workspace: string, path: string): Promise<string> {
  const full = resolve(workspace, path);
  const inside = relative(workspace, full);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    throw new UsageError(`option --body-file: ${path} is outside the repository`, {
      input: 'body-file',
    });
  try {
    const { size } = await stat(full);
    if (size > MAX_BODY_BYTES)
      throw new UsageError(`option --body-file: ${path} is over 1 MiB`, { input: 'body-file' });
    return await readFile(full, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`option --body-file: cannot read ${path}: ${(error as Error).message}`, {
      input: 'body-file',
    });
  }
}

/** The pull request from the event (pull_request, pull_request_target), or the CLI's options. */
export async function readPullRequest(
  context: RunContext,
  settings: Settings,
): Promise<PullRequestInfo> {
  const pr = pullRequestOf(context.event);
  if (pr)
    return {
      title: pr.title,
      body: pr.body ?? '',
      headRef: pr.head.ref,
      baseRef: pr.base.ref,
    };
  if (context.mode === 'action')
    throw new UsageError(
      `pr-policy checks a pull request: run it on pull_request or pull_request_target, not ${context.event?.name ?? 'this event'}`,
    );
  const { cli } = settings;
  return {
    title: cli.title ?? '',
    body:
      cli.bodyFile === undefined ? undefined : await readBodyFile(context.workspace, cli.bodyFile),
    headRef: cli.headRef,
    baseRef: cli.baseRef,
  };
}
