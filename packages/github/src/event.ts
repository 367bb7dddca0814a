import { readFileSync } from 'node:fs';
import type { components } from '@octokit/openapi-webhooks-types';

type Schemas = components['schemas'];
export type PushPayload = Schemas['webhook-push'];
export type PullRequestPayload = Schemas['webhook-pull-request-synchronize'];
export type MergeGroupPayload = Schemas['webhook-merge-group-checks-requested'];
export type WorkflowDispatchPayload = Schemas['webhook-workflow-dispatch'];

/** The event that triggered the workflow, as the runner hands it over. */
export interface GitHubEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** GITHUB_EVENT_NAME and the JSON file at GITHUB_EVENT_PATH, or undefined outside Actions. */
export async function readEvent(env: NodeJS.ProcessEnv): Promise<GitHubEvent | undefined> {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read the event payload ${path} (GITHUB_EVENT_PATH): ${(error as Error).message}`,
    );
  }
  try {
    return { name, payload: JSON.parse(text) as Record<string, unknown> };
  } catch (error) {
    throw new Error(`the event payload ${path} is not JSON: ${(error as Error).message}`);
  }
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export function pullRequestOf(
  event: GitHubEvent | undefined,
): PullRequestPayload['pull_request'] | undefined {
  if (!event || !PULL_REQUEST_EVENTS.includes(event.name)) return undefined;
  return (event.payload as unknown as PullRequestPayload).pull_request;
}

export function pushOf(event: GitHubEvent | undefined): PushPayload | undefined {
  return event?.name === 'push' ? (event.payload as unknown as PushPayload) : undefined;
}

export function mergeGroupOf(
  event: GitHubEvent | undefined,
): MergeGroupPayload['merge_group'] | undefined {
  return event?.name === 'merge_group'
    ? (event.payload as unknown as MergeGroupPayload).merge_group
    : undefined;
}

export function dispatchInputsOf(event: GitHubEvent | undefined): Record<string, unknown> {
  if (event?.name !== 'workflow_dispatch') return {};
  return ((event.payload as unknown as WorkflowDispatchPayload).inputs ?? {}) as Record<
    string,
    unknown
  >;
}

/** owner/repo of the repository the event belongs to. */
export function repositoryOf(
  event: GitHubEvent | undefined,
  env: NodeJS.ProcessEnv,
): { owner: string; repo: string } | undefined {
  const fullName =
    (event?.payload.repository as { full_name?: string } | undefined)?.full_name ??
    env.GITHUB_REPOSITORY;
  const [owner, repo] = fullName?.split('/') ?? [];
  return owner && repo ? { owner, repo } : undefined;
}

/** A pull request from a fork gets a read-only token on `pull_request`: nothing can be written. */
export function isForkPullRequest(event: GitHubEvent | undefined): boolean {
  const pullRequest = pullRequestOf(event);
  if (!pullRequest || event?.name === 'pull_request_target') return false;
  const head = pullRequest.head.repo?.full_name;
  return head !== undefined && head !== pullRequest.base.repo.full_name;
}

/** The labels of the pull request, as names. */
export function labelsOf(event: GitHubEvent | undefined): string[] {
  return (pullRequestOf(event)?.labels ?? []).map((label) => label.name);
}
