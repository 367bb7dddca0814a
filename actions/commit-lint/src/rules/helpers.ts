import type { ParsedMessage } from '../parse.ts';

export type When = 'always' | 'never';
/** [valid, message]: the result of one rule on one message; the message is built only when needed. */
export type RuleOutcome = [boolean, (() => string)?];
export type Rule = (parsed: ParsedMessage, when: When | undefined, value: unknown) => RuleOutcome;

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

/** Every line at most `max` long, except lines holding a URL (which cannot be wrapped). */
export function linesWithin(text: string, max: number): boolean {
  return text.split(/\r?\n/).every((line) => URL_IN_LINE.test(line) || line.length <= max);
}

/** Report which cases matched for `never` (why it failed) and every case for `always`. */
export function caseRule(
  label: string,
  when: When | undefined,
  checks: CaseCheck[],
  test: (check: CaseCheck) => boolean,
): RuleOutcome {
  const matches = checks.filter((check) => (check.when === 'never' ? !test(check) : test(check)));
  const result = matches.length > 0;
  const negated = when === 'never';
  const reported = negated && result ? matches : checks;
  return [
    negated ? !result : result,
    () => say(`${label} must`, negated && 'not', `be ${reported.map((c) => c.case).join(', ')}`),
  ];
}

export function leadingBlank(
  part: 'body' | 'footer',
  leading: string | undefined,
  when: When | undefined,
): RuleOutcome {
  const negated = when === 'never';
  const blank = leading === '';
  return [
    negated ? !blank : blank,
    () => say(part, negated ? 'may not' : 'must', 'have leading blank line'),
  ];
}

export function maxLineLength(
  part: 'body' | 'footer',
  text: string | null,
  max: number,
): RuleOutcome {
  if (!text) return [true];
  return [
    linesWithin(text, max),
    () => `${part}'s lines must not be longer than ${max} characters`,
  ];
}

export const DELIMITERS = ['/', '\\', ','];

export function delimiterRegExp(delimiters: string[]): RegExp {
  return new RegExp(
    delimiters.map((d) => (d === ',' ? ', ?' : d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|'),
  );
}
