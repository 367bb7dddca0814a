import { describe, expect, test } from '@jest/globals';
import { fileStems } from './collect-logs.ts';

describe('fileStems', () => {
  test('plain Compose names stay; a name that could leave the directory becomes one file name', () => {
    const stems = fileStems(['web', '../../pwn', '..', '/etc/passwd', 'x'.repeat(300)]);
    expect([...stems.values()]).toEqual([
      'web',
      '.._.._pwn',
      '_..',
      '_etc_passwd',
      'x'.repeat(100),
    ]);
  });

  test('names that clash after replacing (or by case) get a numbered suffix', () => {
    expect([...fileStems(['a/b', 'a_b', 'Web', 'web']).values()]).toEqual([
      'a_b',
      'a_b-2',
      'Web',
      'web-2',
    ]);
  });
});
