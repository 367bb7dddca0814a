import { describe, expect, test } from '@jest/globals';
import { mapInputs, UsageError } from '@flow-actions/kit';
import { readComposeFlags } from './compose-flags.ts';
import { upArgs } from './compose.ts';

const read = (value: string) => readComposeFlags(mapInputs({ 'up-flags': value }), 'up-flags');

describe('up-flags and down-flags', () => {
  test('flags and their values pass through, split at white space', () => {
    expect(read('--wait  --timeout 30\n--scale worker=2')).toEqual([
      '--wait',
      '--timeout',
      '30',
      '--scale',
      'worker=2',
    ]);
    expect(read('')).toEqual([]);
  });

  test.each([
    ['-f other.yml', '-f'],
    ['--file=other.yml', '--file'],
    ['--wait -pother', '-p'],
    ['--project-name x', '--project-name'],
    ['--project-directory /', '--project-directory'],
    ['--env-file /etc/passwd', '--env-file'],
    ['--profile debug', '--profile'],
    ['--host tcp://evil:2375', '--host'],
  ])('%s is refused: it changes the project or its files', (value, flag) => {
    expect(() => read(value)).toThrow(UsageError);
    expect(() => read(value)).toThrow(`input 'up-flags': ${flag} changes the project or its files`);
  });

  test('a service name first is refused', () => {
    expect(() => read('web --wait')).toThrow(/expected flags such as --wait, got "web" first/);
  });

  test('up-flags come right after up, before the services', () => {
    expect(upArgs({ build: true, services: ['web'], upFlags: ['--timeout', '5'] })).toEqual([
      'up',
      '--timeout',
      '5',
      '--detach',
      '--build',
      'web',
    ]);
  });
});
