import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { exampleResponse, startGitHubApi, type GitHubApiServer } from './github-api.ts';

let api: GitHubApiServer;
beforeAll(async () => {
  api = await startGitHubApi();
});
afterAll(() => api.close());

const request = (method: string, path: string, body?: unknown) =>
  fetch(`${api.url}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

test('answers a documented route with the description example', async () => {
  const response = await request('GET', '/repos/octo/demo/pulls/3');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(exampleResponse('pulls/get').body);
  expect(api.calls.at(-1)).toMatchObject({
    operationId: 'pulls/get',
    params: { owner: 'octo', repo: 'demo', pull_number: '3' },
  });
});

test('undocumented routes are 404, as on GitHub', async () => {
  expect((await request('GET', '/repos/octo/demo/not-a-thing')).status).toBe(404);
  expect((await request('DELETE', '/meta')).status).toBe(404);
});

test('a body without the required fields is rejected with 422', async () => {
  const response = await request('POST', '/repos/octo/demo/issues/1/comments', {
    text: 'no body field',
  });
  expect(response.status).toBe(422);
  expect(await response.json()).toEqual({ message: 'Invalid request: missing body' });
});
