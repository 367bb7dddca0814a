import { describe, expect, test } from '@jest/globals';
import { parseWorkflowCommands } from '@flow-actions/testing';
import {
  escapeCommandData,
  escapeCommandProperty,
  fenceUntrusted,
  streamLogger,
} from './safe-output.ts';

/** Strings that would be workflow commands if a runner read them raw. */
export const HOSTILE = [
  '::error::pwned',
  '::add-mask::hunter2',
  '::set-output name=passed::true',
  '::set-env name=NODE_OPTIONS::--require /tmp/x.js',
  '::stop-commands::abc\n::error::inside',
  '::abc::\n::error::after a guessed token',
  '  ::warning file=a.ts,line=1::indented',
  'harmless\r::error::after a bare carriage return',
  'harmless\r\n::notice::after CRLF',
  '\u001b[31m::error::behind an ANSI colour',
  '##[error]legacy syntax',
  '##[set-output name=x;]legacy output',
  `${'x'.repeat(100_000)}\n::error::after a very long line`,
  '::group::title\n::endgroup::',
  '::debug::%0A::error::encoded newline',
];

describe('fenceUntrusted', () => {
  test.each(HOSTILE)('no workflow command survives: %j', (text) => {
    expect(parseWorkflowCommands(fenceUntrusted(text))).toEqual([]);
  });

  test('the fence still prints the text verbatim', () => {
    const text = '::error::a\nb';
    const fenced = fenceUntrusted(text, 'tok');
    expect(fenced).toBe('::stop-commands::tok\n::error::a\nb\n::tok::\n');
  });

  test('text without command syntax is printed as is', () => {
    expect(fenceUntrusted('plain text')).toBe('plain text\n');
  });

  test('every fence has its own token', () => {
    const tokens = new Set(
      Array.from({ length: 50 }, () => /::stop-commands::(\S+)/.exec(fenceUntrusted('::x::'))![1]),
    );
    expect(tokens.size).toBe(50);
  });

  test('commands after the fence work again', () => {
    const out = `${fenceUntrusted('::error::untrusted')}::notice::ours\n`;
    expect(parseWorkflowCommands(out)).toEqual([
      { command: 'notice', properties: {}, message: 'ours' },
    ]);
  });
});

describe('escaping of command data and properties', () => {
  test.each(HOSTILE)('an annotation keeps %j on one line', (text) => {
    const line = `::error title=${escapeCommandProperty(text)}::${escapeCommandData(text)}\n`;
    const commands = parseWorkflowCommands(line);
    expect(commands).toHaveLength(1);
    expect(commands[0]!.message).toBe(text);
  });
});

describe('streamLogger', () => {
  test('fences untrusted text under Actions and not on a terminal', () => {
    let out = '';
    streamLogger((text) => (out += text), { fence: true }).untrusted('::error::x');
    expect(parseWorkflowCommands(out)).toEqual([]);
    let plain = '';
    streamLogger((text) => (plain += text), { fence: false }).untrusted('::error::x');
    expect(plain).toBe('::error::x\n');
  });
});
