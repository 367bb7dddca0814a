import { describe, expect, test } from '@jest/globals';
import { exec } from './exec.ts';

describe('exec', () => {
  test('tells each line as it comes, from both streams, the last one without a newline too', async () => {
    const lines: string[] = [];
    const result = await exec('sh', ['-c', 'echo one; echo two >&2; printf "thr"; printf "ee"'], {
      onLine: (line) => lines.push(line),
    });
    expect(result.code).toBe(0);
    expect(lines.sort()).toEqual(['one', 'three', 'two']);
    expect(result.stdout).toBe('one\nthree');
    expect(result.stderr).toBe('two\n');
  });

  test('keeps only the end of an endless output', async () => {
    const result = await exec('sh', ['-c', 'yes 0123456789 | head -c 3000000; echo END']);
    expect(result.stdout.length).toBe(1024 * 1024);
    expect(result.stdout.endsWith('END\n')).toBe(true);
  });
});
