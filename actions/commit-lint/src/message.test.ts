import { describe, expect, test } from '@jest/globals';
import { autoCommentChar, cleanMessage, type GitCleanup } from './message.ts';

const scissors = '# ------------------------ >8 ------------------------';

describe('cleanMessage', () => {
  test('strip: comment lines, the scissors and surplus blank lines go', () => {
    const file = [
      'feat: add x   ',
      '',
      '',
      'Body line.',
      '# Please enter the commit message for your changes.',
      '#',
      '# On branch main',
      '',
      scissors,
      'diff --git a/x b/x',
    ].join('\n');
    expect(cleanMessage(file)).toBe('feat: add x\n\nBody line.\n');
    expect(cleanMessage('# only comments\n#\n')).toBe('');
    expect(cleanMessage('\r\nfix: y\r\n')).toBe('fix: y\n');
  });

  test('whitespace keeps comment lines; verbatim keeps everything', () => {
    const file = 'fix: y  \n\n\n#123 is the issue\n\n';
    expect(cleanMessage(file, { mode: 'whitespace', scissors: false, comment: '#' })).toBe(
      'fix: y\n\n#123 is the issue\n',
    );
    expect(cleanMessage(file, { mode: 'verbatim', scissors: false, comment: '#' })).toBe(file);
  });

  test('the scissors line is cut only when it is exactly git’s, with the comment character', () => {
    const cleanup: GitCleanup = { mode: 'whitespace', scissors: true, comment: ';' };
    expect(cleanMessage(`fix: y\n; ${scissors.slice(2)}\ndiff\n`, cleanup)).toBe('fix: y\n');
    expect(cleanMessage(`${scissors}\ndiff\n`, { ...cleanup, comment: '#' })).toBe('');
    expect(cleanMessage(`fix: y\n${scissors}\ndiff\n`, cleanup)).toBe(
      `fix: y\n${scissors}\ndiff\n`,
    );
    expect(cleanMessage(`fix: y\n${scissors} \ndiff\n`, { ...cleanup, comment: '#' })).toContain(
      'diff',
    );
  });

  test('trailing white space is git’s: space, tab and CR, not Unicode spaces', () => {
    expect(cleanMessage('fix: y \t\r\nbody\u00a0\n')).toBe('fix: y\nbody\u00a0\n');
  });
});

describe('autoCommentChar', () => {
  test('the character of git’s help text at the end, or of the scissors line', () => {
    expect(autoCommentChar('fix: y\n\n#1 first\n\n; Please enter the message\n;\n')).toBe(';');
    expect(autoCommentChar(`fix: y\n@ ${scissors.slice(2)}\n+diff\n`)).toBe('@');
    expect(autoCommentChar('fix: y\n\n# Please enter\n')).toBe('#');
    expect(autoCommentChar('fix: y\n')).toBe('#');
    expect(autoCommentChar('fix: y\n;not a comment block\n')).toBe('#');
  });
});
