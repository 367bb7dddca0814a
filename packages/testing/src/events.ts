import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Structurally the GitHubEvent of @flow-actions/github (not imported: that package's tests use this one). */
export interface GitHubEvent {
  name: string;
  payload: Record<string, unknown>;
}

interface ExampleSet {
  name: string;
  examples: Record<string, unknown>[];
}

let examples: ExampleSet[] | undefined;

/** A payload from GitHub's published webhook examples (@octokit/webhooks-examples). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  examples ??= require('@octokit/webhooks-examples') as ExampleSet[];
  const set = examples.find((item) => item.name === event);
  const example = set?.examples.find((item) => action === undefined || item.action === action);
  if (!example) throw new Error(`no published example of ${event}${action ? `.${action}` : ''}`);
  return structuredClone(example);
}

export interface PullRequestOptions {
  base: string;
  head: string;
  number?: number;
  title?: string;
  headRef?: string;
  baseRef?: string;
  labels?: string[];
  /** Head repository differs from the base repository. */
  fork?: boolean;
  action?: string;
  body?: string;
  /** How many commits the pull request has; left out (the example's count is of other commits). */
  commits?: number;
}

/** A pull_request event shaped like GitHub's published example, with our SHAs and fields. */
export function pullRequestEvent(options: PullRequestOptions, name = 'pull_request'): GitHubEvent {
  const payload = webhookExample('pull_request', options.action ?? 'opened') as Record<string, any>;
  const pr = payload.pull_request;
  payload.action = options.action ?? 'opened';
  payload.number = pr.number = options.number ?? 7;
  pr.title = options.title ?? 'feat: add a thing';
  pr.body = options.body ?? null;
  pr.base.sha = options.base;
  pr.base.ref = options.baseRef ?? 'main';
  pr.head.sha = options.head;
  if (options.commits === undefined) delete pr.commits;
  else pr.commits = options.commits;
  pr.head.ref = options.headRef ?? 'feature/thing';
  pr.labels = (options.labels ?? []).map((label, index) => ({
    id: index + 1,
    name: label,
    color: 'ededed',
  }));
  pr.head.repo = {
    ...pr.base.repo,
    full_name: options.fork ? 'someone/fork' : pr.base.repo.full_name,
  };
  return { name, payload };
}

export interface PushOptions {
  before: string;
  after: string;
  ref?: string;
  defaultBranch?: string;
  /** The pushed commits, as GitHub lists them; left out (the example's are other commits). */
  commits?: readonly string[];
}

/** A push event shaped like GitHub's published example. */
export function pushEvent(options: PushOptions): GitHubEvent {
  const payload = webhookExample('push') as Record<string, any>;
  payload.before = options.before;
  payload.after = options.after;
  if (options.commits === undefined) delete payload.commits;
  else payload.commits = options.commits.map((id) => ({ id, distinct: true }));
  payload.ref = options.ref ?? 'refs/heads/main';
  payload.repository.default_branch = options.defaultBranch ?? 'main';
  return { name: 'push', payload };
}

export function mergeGroupEvent(base: string, head: string): GitHubEvent {
  const payload = webhookExample('merge_group') as Record<string, any>;
  payload.merge_group.base_sha = base;
  payload.merge_group.head_sha = head;
  return { name: 'merge_group', payload };
}

export function workflowDispatchEvent(inputs: Record<string, string>): GitHubEvent {
  const payload = webhookExample('workflow_dispatch') as Record<string, any>;
  payload.inputs = inputs;
  return { name: 'workflow_dispatch', payload };
}
