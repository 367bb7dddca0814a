import { describe, expect, test } from '@jest/globals';
import {
  composeFile as compose,
  findingLines as findings,
  fixtureWorkspace,
  runOn,
} from './fixture-workspace.ts';

describe('a host range for one container port (Docker binds one free port of it)', () => {
  test('every port of the range taken by the project: a conflict, naming what takes them', async () => {
    const outcome = await runOn(
      fixtureWorkspace({
        'compose.yml': compose('p', {
          api: ['5001-5003:5000'],
          a: ['5001-5002:5001-5002'],
          b: ['5003:80'],
        }),
      }),
    );
    expect(outcome.report.findings).toMatchObject([
      {
        rule: 'port-conflict',
        severity: 'error',
        file: 'compose.yml',
        line: 14,
        message:
          'Docker binds one free host port of 5001-5003/tcp for service "api" (project p) at compose.yml:6, and none is left: service "a" (project p) at compose.yml:10 (5001-5002); service "b" (project p) at compose.yml:14 (5003)',
      },
    ]);
    expect(outcome.outputs.conflicts).toBe('1');
  });

  test('some ports taken: a warning, and it may start', async () => {
    const outcome = await runOn(
      fixtureWorkspace({
        'compose.yml': compose('p', { api: ['5001-5005:5000'], a: ['5003:80'] }),
      }),
    );
    expect(outcome.report.findings).toMatchObject([
      {
        rule: 'port-range-overlap',
        severity: 'warning',
        message: expect.stringContaining('1 of its 5 ports may be taken by: service "a"'),
      },
    ]);
    expect(outcome.report.passed).toBe(true);
  });

  test('pickers share a range: a conflict only when there are more of them than ports', async () => {
    const two = compose('p', { a: ['8000-8001:80'], b: ['8000-8001:80'] });
    expect(await findings({ 'compose.yml': two })).toEqual([
      'warning port-range-overlap compose.yml:10',
    ]);
    const three = compose('p', { a: ['8000-8001:80'], b: ['8000-8001:80'], c: ['8000-8001:80'] });
    expect(await findings({ 'compose.yml': three })).toEqual([
      'error port-conflict compose.yml:14',
    ]);
    // A picker whose range only partly lies inside may pick outside it: not counted as taking one.
    const partial = compose('p', { a: ['8000-8001:80'], b: ['8001-8002:80'], c: ['8000:81'] });
    expect(await findings({ 'compose.yml': partial })).toEqual([
      'warning port-range-overlap compose.yml:10',
      'warning port-range-overlap compose.yml:14',
    ]);
  });

  test('other addresses, protocols and undeclared projects do not take its ports', async () => {
    expect(
      await findings({
        'compose.yml': compose('p', {
          api: ['127.0.0.1:7000-7001:80', '7000-7001:80/udp'],
          a: ['127.0.0.2:7000-7001:7000-7001'],
          b: ['127.0.0.1:7000:81'],
        }),
      }),
    ).toEqual(['warning port-range-overlap compose.yml:15']);
    const apart = {
      'one/compose.yml': compose('one', { api: ['9000-9001:80'] }),
      'two/compose.yml': compose('two', { a: ['9000-9001:9000-9001'] }),
    };
    expect(await findings(apart)).toEqual([]);
    expect(await findings(apart, { projects: 'one/compose.yml\ntwo/compose.yml' })).toEqual([
      'warning cross-project-port-conflict two/compose.yml:6',
    ]);
  });
});
