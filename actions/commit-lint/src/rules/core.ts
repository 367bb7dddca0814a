import { isCase } from '../case.ts';
import {
  caseChecks,
  caseRule,
  DELIMITERS,
  delimiterRegExp,
  leadingBlank,
  maxLineLength,
  say,
  type Rule,
} from './helpers.ts';

/**
 * The rules commit-lint implements, under commitlint's names and with its semantics (the same
 * `always`/`never` defaults, the same edge cases), so a commitlint config gives the same verdicts.
 */
export const CORE_RULES: Record<string, Rule> = {
  'type-enum': ({ type }, when = 'always', value = []) => {
    if (!type) return [true];
    const list = value as string[];
    const found = list.includes(type);
    const negated = when === 'never';
    return [
      negated ? !found : found,
      () => say('type must', negated && 'not', `be one of [${list.join(', ')}]`),
    ];
  },
  'type-case': ({ type }, when = 'always', value = []) => {
    if (!type) return [true];
    return caseRule('type', when, caseChecks(value), (check) => isCase(type, check.case));
  },
  'type-empty': ({ type }, when = 'always') => {
    const notEmpty = Boolean(type);
    const negated = when === 'never';
    return [
      negated ? notEmpty : !notEmpty,
      () => say('type', negated ? 'may not' : 'must', 'be empty'),
    ];
  },
  'scope-enum': ({ scope }, when = 'always', value = []) => {
    const config = value as string[] | { scopes: string[]; delimiters?: string[] };
    const scopes = Array.isArray(config) ? config : config.scopes;
    if (!scope || !scopes.length) return [true];
    const delimiters =
      Array.isArray(config) || !config.delimiters?.length ? DELIMITERS : config.delimiters;
    const parts = scope.split(delimiterRegExp(delimiters));
    const known = (item: string) => scopes.includes(item);
    const negated = when === 'never';
    const valid = negated
      ? !parts.some(known) && !known(scope)
      : parts.every(known) || known(scope);
    return [valid, () => say('scope must', negated && 'not', `be one of [${scopes.join(', ')}]`)];
  },
  'scope-case': ({ scope }, when = 'always', value = []) => {
    if (!scope) return [true];
    const objectConfig = !Array.isArray(value) && typeof value !== 'string';
    const config = value as { cases: unknown; delimiters?: string[] };
    const checks = caseChecks(objectConfig ? config.cases : value);
    const delimiters = objectConfig && config.delimiters?.length ? config.delimiters : DELIMITERS;
    const pattern = delimiterRegExp(delimiters);
    const segments = scope.split(pattern);
    return caseRule('scope', when, checks, (check) =>
      segments.every((segment) => pattern.test(segment) || isCase(segment, check.case)),
    );
  },
  'scope-empty': ({ scope }, when = 'never') => {
    const notEmpty = Boolean(scope);
    const negated = when === 'always';
    return [
      negated ? !notEmpty : notEmpty,
      () => say('scope', negated ? 'must' : 'may not', 'be empty'),
    ];
  },
  'subject-case': ({ subject }, when = 'always', value = []) => {
    if (typeof subject !== 'string' || !/^[\p{Ll}\p{Lu}\p{Lt}]/iu.test(subject)) return [true];
    return caseRule('subject', when, caseChecks(value), (check) => isCase(subject, check.case));
  },
  'subject-empty': ({ subject }, when = 'always') => {
    const notEmpty = Boolean(subject);
    const negated = when === 'never';
    return [
      negated ? notEmpty : !notEmpty,
      () => say('subject', negated ? 'may not' : 'must', 'be empty'),
    ];
  },
  'subject-full-stop': ({ header }, when = 'always', value = '.') => {
    const colon = header?.indexOf(':') || 0;
    if (header && colon > 0 && colon === header.length - 1) return [true];
    let stop = header?.[header.length - 1] === value;
    if (header?.slice(-3) === '...') stop = false;
    const negated = when === 'never';
    return [
      negated ? !stop : stop,
      () => say('subject', negated ? 'may not' : 'must', 'end with full stop'),
    ];
  },
  'header-max-length': ({ header }, _when, value = 0) => [
    typeof header === 'string' && header.length <= (value as number),
    () =>
      `header must not be longer than ${value as number} characters, current length is ${header?.length}`,
  ],
  'header-trim': ({ header }) => {
    if (!header) return [true];
    const start = header.length > header.trimStart().length;
    const end = header.length > header.trimEnd().length;
    if (start && end) return [false, () => 'header must not be surrounded by whitespace'];
    if (start) return [false, () => 'header must not start with whitespace'];
    if (end) return [false, () => 'header must not end with whitespace'];
    return [true];
  },
  'body-leading-blank': ({ body, raw }, when) => {
    if (!body) return [true];
    return leadingBlank('body', raw.split(/\r?\n/)[1], when);
  },
  'body-max-line-length': ({ body }, _when, value = 0) =>
    maxLineLength('body', body, value as number),
  'footer-leading-blank': ({ footer, raw }, when = 'always') => {
    if (!footer) return [true];
    const rawLines = raw.split(/\r?\n/);
    const offset = rawLines.indexOf(footer.split(/\r?\n/)[0]!);
    return leadingBlank('footer', rawLines.slice(offset - 1)[0], when);
  },
  'footer-max-line-length': ({ footer }, _when, value = 0) =>
    maxLineLength('footer', footer, value as number),
};
