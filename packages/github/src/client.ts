import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** API root; defaults to GITHUB_API_URL, so GitHub Enterprise Server works unchanged. */
  baseUrl?: string;
  /** Retries of a request that failed with 5xx or was rate limited. */
  retries?: number;
  onNotice?: (message: string) => void;
}

/** An Octokit that retries 5xx answers with backoff and waits out primary and secondary rate limits. */
export function createClient(token: string, options: ClientOptions = {}): GitHubClient {
  const retries = options.retries ?? 3;
  const notice = options.onNotice ?? (() => {});
  const rateLimited =
    (kind: string) =>
    (after: number, request: { method: string; url: string }, _: unknown, count: number) => {
      notice(`${kind} rate limit on ${request.method} ${request.url}; retrying in ${after} s`);
      return count < retries;
    };
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      request: { retries },
      // 403 and 429 rate limits belong to the throttling plugin, which honours retry-after.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        onRateLimit: rateLimited('primary'),
        onSecondaryRateLimit: rateLimited('secondary'),
      },
    },
    retry,
    throttling,
  );
}
