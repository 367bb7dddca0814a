import { cpSync } from 'node:fs';
import { afterAll, describe, expect, test } from '@jest/globals';
import { pullRequestEvent, tempRepo, type TempRepo } from '@flow-actions/testing';
import { annotations, runAction } from './harness.ts';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

const LEGACY =
  'name: legacy\nservices:\n  a:\n    image: x\n    ports: ["8080:80"]\n  b:\n    image: x\n    ports: ["8080:81"]\n';
const APP = 'name: app\nservices:\n  web:\n    image: x\n    ports: ["3000:3000"]\n';
const APP_WITH_API = `${APP}  api:\n    image: x\n    ports:\n      - "3000:3001"\n`;

/** main holds a project with a conflict nobody touches; the pull request adds a conflict to another. */
function pullRequest(change: Record<string, string>) {
  const repo = tempRepo('flow-ports-');
  repos.push(repo);
  const base = repo.commit('chore: services', {
    'legacy/docker-compose.yml': LEGACY,
    'app/docker-compose.yml': APP,
  });
  repo.git('checkout', '-q', '-b', 'feature/api');
  const head = repo.commit('feat: change the app', change);
  return { repo, event: pullRequestEvent({ base, head }) };
}

/** The bundle on a pull request that makes `change`. */
function runOnPullRequest(change: Record<string, string>, inputs: Record<string, string> = {}) {
  const { repo, event } = pullRequest(change);
  return runAction({ action: 'port-conflict-check', workspace: repo.dir, event, inputs });
}

describe('port-conflict-check on a pull request', () => {
  test('changed-only reports only the conflict the pull request brings, at its file and line', async () => {
    const result = await runOnPullRequest(
      { 'app/docker-compose.yml': APP_WITH_API },
      { 'changed-only': 'true' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.outputs.conflicts).toBe('1');
    const errors = annotations(result).filter(
      (command) => command.command === 'error' && command.properties.title === 'port-conflict',
    );
    expect(errors).toMatchObject([{ properties: { file: 'app/docker-compose.yml', line: '9' } }]);
    expect(result.report.findings).toHaveLength(1);
    const ports = JSON.parse(result.outputs.ports!) as { file: string; published: number | null }[];
    expect(ports).toHaveLength(4);
    expect(ports[0]).toEqual({
      service: 'web',
      project: 'app',
      file: 'app/docker-compose.yml',
      line: 5,
      host_ip: '',
      published: 3000,
      target: 3000,
      protocol: 'tcp',
      source: 'compose',
    });
    expect(result.summary).toContain('### Conflicts');
    expect(result.summary.indexOf('### Conflicts')).toBeLessThan(
      result.summary.indexOf('### Port map'),
    );
  });

  test('without changed-only the whole repository is reported', async () => {
    const result = await runOnPullRequest({ 'app/docker-compose.yml': APP_WITH_API });
    expect(result.outputs.conflicts).toBe('2');
  });

  test('a pull request that touches no port source passes with changed-only', async () => {
    const result = await runOnPullRequest(
      { 'README.md': '# services\n' },
      { 'changed-only': 'true' },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
  });

  test('bad input fails the step with the file and line', async () => {
    const result = await runOnPullRequest({
      'app/docker-compose.yml': `${APP}  api:\n    ports: ["\${API_PORT:?set API_PORT}:80"]\n`,
    });
    expect(result.exitCode).toBe(1);
    const [error] = annotations(result).filter((command) => command.command === 'error');
    expect(error).toMatchObject({
      message: expect.stringContaining(
        'required variable API_PORT is missing a value: set API_PORT',
      ),
      properties: { file: 'app/docker-compose.yml', line: '7' },
    });
  });
});

test('the sample repository passes with the demo inputs', async () => {
  const repo = tempRepo('flow-ports-sample-');
  repos.push(repo);
  cpSync(new URL('./sample-repo/', import.meta.url), repo.dir, { recursive: true });
  const { inputs } = (
    await import('../actions/port-conflict-check/demo.json', { with: { type: 'json' } })
  ).default as { inputs: Record<string, string> };
  const result = await runAction({ action: 'port-conflict-check', workspace: repo.dir, inputs });
  expect(result.report.findings).toEqual([]);
  expect(result.outputs.passed).toBe('true');
  expect(result.summary).toContain('### Port map');
});
