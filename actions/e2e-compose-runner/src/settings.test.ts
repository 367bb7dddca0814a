import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapInputs, readActionMetadata, UsageError } from '@flow-actions/kit';
import { DEFAULT_LOG_ERROR_PATTERN } from './log-errors.ts';
import { readSettings } from './settings.ts';

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'e2e-settings-'));
  mkdirSync(join(workspace, 'e2e'));
  writeFileSync(join(workspace, 'e2e', 'docker-compose.yml'), 'services: {}\n');
  writeFileSync(join(workspace, 'e2e', 'ci.env'), 'A=1\n');
  symlinkSync(tmpdir(), join(workspace, 'linked'));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function settings(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '3' },
) {
  return readSettings({ inputs: mapInputs(inputs), workspace, env, tempDir: '/runner/temp' });
}

describe('readSettings', () => {
  test('defaults: the compose file found in working-directory, a per-run project, RUNNER_TEMP logs', () => {
    const read = settings({ 'working-directory': 'e2e' });
    expect(read.composeFiles).toEqual([join(workspace, 'e2e', 'docker-compose.yml')]);
    expect(read.projectName).toBe('flow-e2e-77-3');
    expect(read.logsDir).toBe('/runner/temp/flow-e2e-logs');
    expect(read).toMatchObject({
      build: true,
      composeCommand: 'auto',
      waitTimeoutMs: 180_000,
      testTimeoutMs: 1_800_000,
      teardown: 'always',
      expectStatus: ['2xx'],
    });
    expect(read.logErrorPattern.test('{"level": "error"}')).toBe(true);
  });

  test("action.yml's defaults are the ones the code falls back on", () => {
    const metadata = readActionMetadata(new URL('../action.yml', import.meta.url));
    const defaults = Object.fromEntries(
      Object.entries(metadata.inputs).map(([name, input]) => [name, input.default ?? '']),
    );
    expect(settings({ ...defaults, 'working-directory': 'e2e' })).toEqual(
      settings({ 'working-directory': 'e2e' }),
    );
    expect(metadata.inputs['log-error-pattern']!.default).toBe(DEFAULT_LOG_ERROR_PATTERN);
  });

  test('health-urls take name=url or url, with port placeholders', () => {
    const read = settings({
      'working-directory': 'e2e',
      'health-urls':
        'api=http://127.0.0.1:${FLOW_E2E_API_8080}/health?x=1\nhttp://localhost:9000/ready',
      'env-file': 'ci.env',
      'logs-dir': 'e2e-logs',
    });
    expect(read.healthUrls).toEqual([
      { name: 'api', url: 'http://127.0.0.1:${FLOW_E2E_API_8080}/health?x=1' },
      { name: 'http://localhost:9000/ready', url: 'http://localhost:9000/ready' },
    ]);
    expect(read.envFile).toBe(join(workspace, 'e2e', 'ci.env'));
    expect(read.logsDir).toBe(join(workspace, 'e2e-logs'));
  });

  test.each([
    [{ 'compose-files': 'missing.yml' }, /input 'compose-files': missing.yml does not exist/],
    [
      {},
      /input 'compose-files': no compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml in/,
    ],
    [
      { 'working-directory': 'e2e', teardown: 'sometimes' },
      /input 'teardown': expected one of always, on-success, never/,
    ],
    [
      { 'working-directory': 'e2e', 'compose-command': 'podman-compose' },
      /input 'compose-command': expected one of auto, docker compose, docker-compose/,
    ],
    [
      { 'working-directory': 'e2e', 'health-urls': 'api=localhost:80' },
      /input 'health-urls': line 1: expected name=url or url/,
    ],
    [
      { 'working-directory': 'e2e', 'expect-status': '2xx, 99' },
      /input 'expect-status': expected status codes like 200 or 2xx, got "99"/,
    ],
    [
      { 'working-directory': 'e2e', 'max-log-errors': '-1' },
      /input 'max-log-errors': must be at least 0/,
    ],
    [
      { 'working-directory': 'e2e', 'log-error-pattern': '(' },
      /input 'log-error-pattern': invalid regular expression/,
    ],
    [
      { 'working-directory': 'e2e', 'wait-timeout': 'soon' },
      /input 'wait-timeout': expected a duration/,
    ],
    [{ 'working-directory': 'nowhere' }, /input 'working-directory': .*nowhere is not a directory/],
    [
      { 'working-directory': 'e2e', services: 'api, --remove-orphans' },
      /input 'services': "--remove-orphans" is not a Compose name/,
    ],
    [
      { 'working-directory': 'e2e', profiles: 'debug tools' },
      /input 'profiles': "debug tools" is not a Compose name/,
    ],
    [
      { 'working-directory': 'e2e', 'logs-dir': 'linked/e2e-logs' },
      /input 'logs-dir': "linked\/e2e-logs" leads outside the workspace and the runner's temp directory/,
    ],
    [
      { 'working-directory': 'e2e', 'logs-dir': '../../e2e-logs' },
      /input 'logs-dir': "..\/..\/e2e-logs" leads outside/,
    ],
    [
      { 'working-directory': 'e2e', 'logs-dir': '/etc/e2e' },
      /input 'logs-dir': "\/etc\/e2e" leads outside/,
    ],
    [
      { 'working-directory': 'e2e', 'latency-budgets': 'http://127.0.0.1/ 100\nhttp://x/ fast' },
      /input 'latency-budgets': line 2: expected <url-prefix> <milliseconds>, got "http:\/\/x\/ fast"/,
    ],
    [
      { 'working-directory': 'e2e', 'latency-samples': '0' },
      /input 'latency-samples': must be at least 1/,
    ],
  ])('bad input %j is a usage error naming the input', (inputs, message) => {
    expect(() => settings(inputs)).toThrow(UsageError);
    expect(() => settings(inputs)).toThrow(message);
  });
});
