// One module per function: the compat index loads about 400 modules, a cost every CLI run pays.
import camelCase from 'es-toolkit/compat/camelCase';
import kebabCase from 'es-toolkit/compat/kebabCase';
import snakeCase from 'es-toolkit/compat/snakeCase';
import startCase from 'es-toolkit/compat/startCase';
import upperFirst from 'es-toolkit/compat/upperFirst';

/** The case names commitlint accepts, with its aliases. */
export const CASES = [
  'lower-case',
  'lowercase',
  'lowerCase',
  'upper-case',
  'uppercase',
  'camel-case',
  'kebab-case',
  'pascal-case',
  'sentence-case',
  'sentencecase',
  'snake-case',
  'start-case',
] as const;

const UPPER_FIRST = new Set([
  'upper-case',
  'uppercase',
  'pascal-case',
  'sentence-case',
  'sentencecase',
  'start-case',
]);

function toCase(input: string, target: string): string {
  switch (target) {
    case 'camel-case':
      return camelCase(input);
    case 'kebab-case':
      return kebabCase(input);
    case 'snake-case':
      return snakeCase(input);
    case 'pascal-case':
      return upperFirst(camelCase(input));
    case 'start-case':
      return startCase(input);
    case 'upper-case':
    case 'uppercase':
      return input.toUpperCase();
    case 'sentence-case':
    case 'sentencecase':
      return upperFirst(input);
    case 'lower-case':
    case 'lowercase':
    case 'lowerCase':
      return input.toLowerCase();
    default:
      throw new TypeError(`unknown case "${target}"`);
  }
}

// A rule tests one text against several cases in a row: strip its quoted parts once.
let lastRaw: string | undefined;
let lastStripped = '';

function withoutQuoted(raw: string): string {
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastStripped = (/[`"']/.test(raw) ? raw.replace(/`.*?`|".*?"|'.*?'/g, '') : raw).trim();
  }
  return lastStripped;
}

/**
 * Whether text is in a case, as @commitlint/ensure decides it (with the same word splitting, from
 * es-toolkit): quoted parts are left out, since they may hold proper names.
 */
export function isCase(raw: string, target: string): boolean {
  const input = withoutQuoted(raw);
  // Each of these cases makes the first letter upper case: text that starts with a lower-case
  // letter is not in it, and the costly word splitting can be skipped.
  const first = input[0];
  if (UPPER_FIRST.has(target) && first !== undefined && first !== first.toUpperCase()) return false;
  const transformed = toCase(input, target);
  if (transformed === '' || /^\d/.test(transformed)) return true;
  return transformed === input;
}
