import { expect, test } from '@jest/globals';
import { cleanMessage } from './message.ts';

test('git comment lines, the scissors and surplus blank lines go, as with cleanup=strip', () => {
  const file = [
    'feat: add x   ',
    '',
    '',
    'Body line.',
    '# Please enter the commit message for your changes.',
    '#',
    '# On branch main',
    '',
    '# ------------------------ >8 ------------------------',
    'diff --git a/x b/x',
  ].join('\n');
  expect(cleanMessage(file)).toBe('feat: add x\n\nBody line.\n');
  expect(cleanMessage('# only comments\n#\n')).toBe('');
  expect(cleanMessage('\r\nfix: y\r\n')).toBe('fix: y\n');
});
