import type { ParsedMessage } from '../parse.ts';

export type When = 'always' | 'never';
/**
 * One rule on one message: undefined when it holds, else what is wrong. Rules run on every
 * message of a range, so a passing rule allocates nothing.
 */
export type Rule = (
  parsed: ParsedMessage,
  when: When | undefined,
  value: unknown,
) => string | undefined;

type CaseCheck = { when: When; case: string };

export function caseChecks(value: unknown): CaseCheck[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((check) =>
    typeof check === 'string' ? { when: 'always', case: check } : (check as CaseCheck),
  );
}

export function say(...parts: (string | null | false)[]): string {
  return parts.filter(Boolean).join(' ');
}

const URL_IN_LINE = /\bhttps?:\/\/\S+/;

// Rules look at single lines of messages split at /\r?\n/; these walk the text instead of
// splitting all of it for each rule. A line ends at its "\n", or its "\r\n", or the end of the text.
const breakAfter = (text: string, start: number) => {
  const at = text.indexOf('\n', start);
  return at === -1 ? text.length : at;
};
const contentEnd = (text: string, lineBreak: number) =>
  lineBreak < text.length && text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;

/** Every line at most `max` long, except lines holding a URL (which cannot be wrapped). */
export function linesWithin(text: string, max: number): boolean {
  for (let start = 0; start <= text.length;) {
    const lineBreak = breakAfter(text, start);
    const end = contentEnd(text, lineBreak);
    if (end - start > max && !URL_IN_LINE.test(text.slice(start, end))) return false;
    start = lineBreak + 1;
  }
  return true;
}

/** `text.split(/\r?\n/)[0]`. */
export function firstLine(text: string): string {
  return text.slice(0, contentEnd(text, breakAfter(text, 0)));
}

/** `raw.split(/\r?\n/)[1]`. */
export function secondLine(raw: string): string | undefined {
  const first = raw.indexOf('\n');
  if (first === -1) return undefined;
  return raw.slice(first + 1, contentEnd(raw, breakAfter(raw, first + 1)));
}

/**
 * `lines.slice(lines.indexOf(line) - 1)[0]` of `lines = raw.split(/\r?\n/)`, as commitlint's
 * footer-leading-blank has it: the line before the first equal to `line`, the last line when that
 * is the first, the one before the last when there is none.
 */
export function lineBefore(raw: string, line: string): string {
  let index = 0;
  let previous = [0, 0];
  let beforePrevious = [0, 0];
  for (let start = 0; start <= raw.length; index++) {
    const lineBreak = breakAfter(raw, start);
    const end = contentEnd(raw, lineBreak);
    if (end - start === line.length && raw.startsWith(line, start)) {
      if (index === 0) return raw.slice(raw.lastIndexOf('\n') + 1);
      return raw.slice(previous[0], previous[1]);
    }
    beforePrevious = previous;
    previous = [start, end];
    start = lineBreak + 1;
  }
  const [from, to] = index >= 2 ? beforePrevious : previous;
  return raw.slice(from, to);
}

/** Report which cases matched for `never` (why it failed) and every case for `always`. */
export function caseRule(
  label: string,
  when: When | undefined,
  checks: CaseCheck[],
  test: (check: CaseCheck) => boolean,
): string | undefined {
  const matches = checks.filter((check) => (check.when === 'never' ? !test(check) : test(check)));
  const result = matches.length > 0;
  const negated = when === 'never';
  if (negated ? !result : result) return undefined;
  const reported = negated ? matches : checks;
  return say(`${label} must`, negated && 'not', `be ${reported.map((c) => c.case).join(', ')}`);
}

export function leadingBlank(
  part: 'body' | 'footer',
  leading: string | undefined,
  when: When | undefined,
): string | undefined {
  const negated = when === 'never';
  const blank = leading === '';
  if (negated ? !blank : blank) return undefined;
  return say(part, negated ? 'may not' : 'must', 'have leading blank line');
}

export function maxLineLength(
  part: 'body' | 'footer',
  text: string | null,
  max: number,
): string | undefined {
  if (!text || linesWithin(text, max)) return undefined;
  return `${part}'s lines must not be longer than ${max} characters`;
}

export const DELIMITERS = ['/', '\\', ','];

export function delimiterRegExp(delimiters: string[]): RegExp {
  return new RegExp(
    delimiters.map((d) => (d === ',' ? ', ?' : d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|'),
  );
}
