import type { GitHubClient } from './client.ts';

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Identifies our comment among the others, e.g. "flow-actions:coverage-gate". */
  marker: string;
  body: string;
}

export type StickyResult =
  | { status: 'created' | 'updated'; id: number; url: string }
  | { status: 'skipped'; reason: string };

export function markerComment(marker: string): string {
  return `<!-- ${marker} -->`;
}

/** GitHub's limit for a comment body is 65,536 characters. */
const COMMENT_LIMIT = 65_000;

function withMarker(comment: StickyComment): string {
  const marker = markerComment(comment.marker);
  const body =
    comment.body.length > COMMENT_LIMIT
      ? `${comment.body.slice(0, COMMENT_LIMIT)}\n\n> ✂️ Cut to fit GitHub's comment limit; the job summary has the rest.`
      : comment.body;
  return `${marker}\n${body}`;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Update our comment in place (found by its hidden marker), or create it. A token that may not
 * write (read-only, a fork's pull request) skips with the reason instead of failing the step.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  comment: StickyComment,
): Promise<StickyResult> {
  const { owner, repo, issueNumber } = comment;
  const marker = markerComment(comment.marker);
  const body = withMarker(comment);
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const existing = comments.find((item) => item.body?.startsWith(marker));
    if (existing) {
      const { data } = await client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
      });
      return { status: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body,
    });
    return { status: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      return {
        status: 'skipped',
        reason: `the token may not write pull request comments (HTTP ${status}): give the job \`permissions: pull-requests: write\` (a fork's pull request never gets it); the result is in the job summary only`,
      };
    }
    throw error;
  }
}
