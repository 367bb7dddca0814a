import { afterEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { describeDocker } from '@flow-actions/testing';
import { detectCompose, isPortTaken, projectArgs, upArgs } from './compose.ts';

const project = {
  name: 'flow-e2e-1-1',
  files: ['/w/a.yml', '/w/b.yml'],
  envFile: '/w/ci.env',
  profiles: ['e2e'],
  cwd: '/w',
};

describe('compose arguments', () => {
  test('the same global options for v1 and v2', () => {
    expect(projectArgs(project)).toEqual([
      '--project-name',
      'flow-e2e-1-1',
      '--file',
      '/w/a.yml',
      '--file',
      '/w/b.yml',
      '--env-file',
      '/w/ci.env',
      '--profile',
      'e2e',
    ]);
    expect(upArgs({ build: true, services: [] })).toEqual(['up', '--detach', '--build']);
    expect(upArgs({ build: false, services: ['api'] })).toEqual([
      'up',
      '--detach',
      '--no-build',
      'api',
    ]);
  });

  test('a taken port in the words of the engine, Compose v1 and v2', () => {
    expect(
      isPortTaken(
        'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint p_web_1: Bind for 0.0.0.0:8080 failed: port is already allocated',
      ),
    ).toBe(true);
    expect(
      isPortTaken(
        'Error response from daemon: listen tcp4 0.0.0.0:5432: bind: address already in use',
      ),
    ).toBe(true);
    expect(isPortTaken('ERROR: pull access denied for shop/api')).toBe(false);
  });
});

describeDocker('detectCompose on this machine', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  test('auto takes docker compose (v2) when the plugin answers, else docker-compose (v1)', async () => {
    const hasV2 = spawnSync('docker', ['compose', 'version']).status === 0;
    expect((await detectCompose('auto')).generation).toBe(hasV2 ? 'v2' : 'v1');
  });

  test('a Compose CLI that is not installed is named', async () => {
    process.env.PATH = '/nonexistent';
    await expect(detectCompose('docker-compose')).rejects.toThrow(
      'docker-compose is not installed',
    );
    await expect(detectCompose('auto')).rejects.toThrow(
      'neither docker compose (v2) nor docker-compose (v1) is installed',
    );
  });
});
