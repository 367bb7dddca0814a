import { isCase } from '../case.ts';
import type { ParsedMessage } from '../parse.ts';
import { caseChecks, caseRule, say, type Rule, type When } from './helpers.ts';

type Part = 'type' | 'scope' | 'subject' | 'body' | 'footer';

/** `<part>-max-length` / `<part>-min-length`: an empty part passes. */
function lengthRule(part: Part, bound: 'max' | 'min'): Rule {
  return (parsed, _when, value = 0) => {
    const text = parsed[part];
    if (!text) return undefined;
    const limit = value as number;
    if (bound === 'max' ? text.length <= limit : text.length >= limit) return undefined;
    return `${part} must not be ${bound === 'max' ? 'longer' : 'shorter'} than ${limit} characters`;
  };
}

function emptyRule(part: 'body' | 'footer'): Rule {
  return (parsed, when = 'always') => {
    const negated = when === 'never';
    if (Boolean(parsed[part]) === negated) return undefined;
    return say(part, negated ? 'may not' : 'must', 'be empty');
  };
}

function fullStopRule(part: 'header' | 'body', skipEmpty: boolean): Rule {
  return (parsed, when = 'always', value = '.') => {
    const text = parsed[part];
    if (skipEmpty && !text) return undefined;
    const stop = text?.[text.length - 1] === value;
    const negated = when === 'never';
    if (stop !== negated) return undefined;
    return say(part, negated ? 'may not' : 'must', 'end with full stop');
  };
}

function textCaseRule(
  part: 'header' | 'body',
  applies: (text: string | null) => text is string,
): Rule {
  return (parsed: ParsedMessage, when: When | undefined = 'always', value: unknown = []) => {
    const text = parsed[part];
    if (!applies(text)) return undefined;
    return caseRule(part, when, caseChecks(value), (check) => isCase(text, check.case));
  };
}

const BANG_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const CHERRY_PICK = /^\(cherry picked from commit [0-9a-f]{7,64}\)$/i;

/** commitlint's other rules, with its semantics and messages (all but trailer-exists, which runs git per message). */
export const MORE_RULES: Record<string, Rule> = {
  'header-min-length': ({ header }, _when, value = 0) => {
    if (typeof header === 'string' && header.length >= (value as number)) return undefined;
    return `header must not be shorter than ${value as number} characters, current length is ${header?.length}`;
  },
  'header-case': textCaseRule(
    'header',
    (text): text is string => typeof text === 'string' && /^[a-z]/i.test(text),
  ),
  'header-full-stop': fullStopRule('header', false),
  'type-max-length': lengthRule('type', 'max'),
  'type-min-length': lengthRule('type', 'min'),
  'scope-max-length': lengthRule('scope', 'max'),
  'scope-min-length': lengthRule('scope', 'min'),
  'subject-max-length': lengthRule('subject', 'max'),
  'subject-min-length': lengthRule('subject', 'min'),
  'subject-exclamation-mark': ({ header }, when = 'always') => {
    if (!header) return undefined;
    const negated = when === 'never';
    if (BANG_HEADER.test(header) !== negated) return undefined;
    return say(
      'subject',
      negated ? 'must not' : 'must',
      'have an exclamation mark in the subject to identify a breaking change',
    );
  },
  'body-empty': emptyRule('body'),
  'body-max-length': lengthRule('body', 'max'),
  'body-min-length': lengthRule('body', 'min'),
  'body-full-stop': fullStopRule('body', true),
  'body-case': textCaseRule('body', (text): text is string => Boolean(text)),
  'footer-empty': emptyRule('footer'),
  'footer-max-length': lengthRule('footer', 'max'),
  'footer-min-length': lengthRule('footer', 'min'),
  'references-empty': ({ references }, when = 'never') => {
    const negated = when === 'always';
    if (references.length > 0 !== negated) return undefined;
    return say('references', negated ? 'must' : 'may not', 'be empty');
  },
  'breaking-change-exclamation-mark': ({ header, footer }, when = 'always') => {
    if (!header && !footer) return undefined;
    const bang = !!header && BANG_HEADER.test(header);
    const breaking = !!footer && /^BREAKING[ -]CHANGE:/m.test(footer);
    const negated = when === 'never';
    if ((bang === breaking) !== negated) return undefined;
    return say(
      'breaking changes',
      negated ? 'must not' : 'must',
      'have both an exclamation mark in the header',
      'and BREAKING CHANGE in the footer',
      'to identify a breaking change',
    );
  },
  'signed-off-by': ({ raw }, when = 'always', value = '') => {
    const lines = raw
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('#') && !CHERRY_PICK.test(line.trim()) && Boolean(line));
    const last = lines[lines.length - 1];
    const signed = last ? last.startsWith(value as string) : false;
    const negated = when === 'never';
    if (signed !== negated) return undefined;
    return say('message', negated ? 'must not' : 'must', 'be signed off');
  },
  'scope-delimiter-style': ({ scope }, when = 'always', value = []) => {
    if (!scope) return undefined;
    const configured = value as string[];
    const delimiters = configured.length ? configured : ['/', '\\', ','];
    const used = new Set(
      (scope.match(/[^A-Za-z0-9-_]+/g) ?? []).map((d) => (d.trim() === ',' ? ',' : d)),
    );
    const allowed = [...used].every((d) => delimiters.includes(d));
    const negated = when === 'never';
    if (allowed !== negated) return undefined;
    return `scope delimiters must ${negated ? 'not ' : ''}be one of [${delimiters.join(', ')}]`;
  },
};
