import { afterEach, describe, expect, test } from '@jest/globals';
import { exampleResponse, startGitHubApi, type GitHubApiServer } from '@flow-actions/testing';
import { createClient } from './client.ts';
import { upsertStickyComment } from './sticky-comment.ts';

let api: GitHubApiServer | undefined;
afterEach(async () => api?.close());

const target = {
  owner: 'octo',
  repo: 'demo',
  issueNumber: 5,
  marker: 'flow-actions:coverage-gate',
};
const example = exampleResponse('issues/create-comment').body as Record<string, unknown>;

describe('upsertStickyComment', () => {
  test('creates the comment with its hidden marker when none exists', async () => {
    api = await startGitHubApi({ 'issues/list-comments': () => ({ status: 200, body: [] }) });
    const client = createClient('t0ken', { baseUrl: api.url });
    const result = await upsertStickyComment(client, { ...target, body: '## Coverage\n90%' });
    expect(result).toEqual({ status: 'created', id: example.id, url: example.html_url });
    const create = api.calls.find((call) => call.operationId === 'issues/create-comment')!;
    expect(create.params).toEqual({ owner: 'octo', repo: 'demo', issue_number: '5' });
    expect(create.body).toEqual({ body: '<!-- flow-actions:coverage-gate -->\n## Coverage\n90%' });
    expect(create.headers.authorization).toBe('token t0ken');
  });

  test('updates our comment in place, found among others across pages', async () => {
    const page = (from: number) =>
      Array.from({ length: 100 }, (_, i) => ({
        ...example,
        id: from + i,
        body: `someone else ${from + i}`,
      }));
    api = await startGitHubApi({
      'issues/list-comments': (call) => {
        if (call.query.page === '2') {
          return {
            status: 200,
            body: [{ ...example, id: 4242, body: '<!-- flow-actions:coverage-gate -->\nold' }],
          };
        }
        return {
          status: 200,
          body: page(1),
          headers: { link: `<${api!.url}${call.path}?per_page=100&page=2>; rel="next"` },
        };
      },
    });
    const result = await upsertStickyComment(createClient('t', { baseUrl: api.url }), {
      ...target,
      body: 'new',
    });
    expect(result.status).toBe('updated');
    const update = api.calls.find((call) => call.operationId === 'issues/update-comment')!;
    expect(update.params.comment_id).toBe('4242');
    expect(update.body).toEqual({ body: '<!-- flow-actions:coverage-gate -->\nnew' });
    expect(api.calls.some((call) => call.operationId === 'issues/create-comment')).toBe(false);
  });

  test('a read-only token skips with the reason instead of failing', async () => {
    api = await startGitHubApi({
      'issues/list-comments': () => ({ status: 200, body: [] }),
      'issues/create-comment': () => ({
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      }),
    });
    const result = await upsertStickyComment(createClient('t', { baseUrl: api.url }), {
      ...target,
      body: 'x',
    });
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining('HTTP 403') });
    expect(result.status === 'skipped' && result.reason).toContain('pull-requests: write');
  });

  test('a server error is retried with backoff', async () => {
    let failures = 1;
    api = await startGitHubApi({
      'issues/list-comments': () =>
        failures-- > 0
          ? { status: 502, body: { message: 'Bad Gateway' } }
          : { status: 200, body: [] },
    });
    const result = await upsertStickyComment(createClient('t', { baseUrl: api.url }), {
      ...target,
      body: 'x',
    });
    expect(result.status).toBe('created');
    expect(api.calls.filter((call) => call.operationId === 'issues/list-comments')).toHaveLength(2);
  });

  test('a secondary rate limit is waited out and retried', async () => {
    let limited = true;
    api = await startGitHubApi({
      'issues/list-comments': () => {
        if (!limited) return { status: 200, body: [] };
        limited = false;
        return {
          status: 429,
          headers: { 'retry-after': '1' },
          body: { message: 'You have exceeded a secondary rate limit' },
        };
      },
    });
    const client = createClient('t', { baseUrl: api.url });
    expect((await upsertStickyComment(client, { ...target, body: 'x' })).status).toBe('created');
    expect(api.calls.filter((call) => call.operationId === 'issues/list-comments')).toHaveLength(2);
  });
});
