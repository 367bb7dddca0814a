import { git } from '@flow-actions/git';

/** Events that run with the repository's secrets while a pull request's files may be checked out. */
const PRIVILEGED = new Set(['pull_request_target', 'workflow_run']);

/** Whether the workspace is exactly `sha`, with nothing changed or added. */
async function isCheckoutOf(workspace: string, sha: string): Promise<boolean> {
  try {
    const [head, status] = await Promise.all([
      git(workspace, ['rev-parse', 'HEAD']),
      git(workspace, ['status', '--porcelain', '--untracked-files=all']),
    ]);
    return head.trim() === sha && status.trim() === '';
  } catch {
    return false;
  }
}

/**
 * Why a JavaScript or TypeScript configuration may not run here, or undefined when it may. On
 * pull_request_target and workflow_run only the workflow's own commit (GITHUB_SHA: the base
 * branch, the default branch) is trusted; a checkout of anything else may hold a pull request's
 * code, which would run with the step's environment and secrets.
 */
export async function codeRefusal(
  eventName: string | undefined,
  env: NodeJS.ProcessEnv,
  workspace: string,
): Promise<string | undefined> {
  if (!eventName || !PRIVILEGED.has(eventName)) return undefined;
  if (env.GITHUB_SHA && (await isCheckoutOf(workspace, env.GITHUB_SHA))) return undefined;
  return (
    `a JavaScript or TypeScript configuration is code, and on ${eventName}, which runs with the ` +
    `repository's secrets, commit-lint runs it only from the workflow's own commit (GITHUB_SHA, ` +
    `what actions/checkout checks out by default), unchanged. This checkout is not that commit: ` +
    `check out the default ref, or use a .commitlintrc.json or .commitlintrc.yml (read as data, ` +
    `never run), or run commit-lint on pull_request, or set config: none`
  );
}
