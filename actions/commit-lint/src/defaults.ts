import { checkImperative, describeMoodProblem } from './mood/imperative.ts';
import type { ExtraCheck, LintConfig, RuleConfig } from './lint.ts';
import { commitlintParserOptions, CONVENTIONAL_PRESET } from './parse.ts';

export interface DefaultRules {
  types: string[];
  /** Allowed scopes; empty means any. */
  scopes: string[];
  scopeRequired: boolean;
  headerMaxLength: number;
  bodyMaxLineLength: number;
  imperative: boolean;
  references: 'none' | 'optional' | 'required';
  referencePattern: RegExp;
  fixup: 'fail' | 'warn' | 'allow';
}

/**
 * A line that starts like a reference (a keyword, then something like an issue number: "Closes 12",
 * "Refs ABC-1", "fixes: #7"), checked against the pattern when references are optional. Prose like
 * "Fixes a crash when..." is not one.
 */
const REFERENCE_LIKE =
  /^\s*(close[sd]?|fix(e[sd])?|resolve[sd]?|refs?)\b:?\s+([\w.-]+\/[\w.-]+)?(#?\d+|[a-z][a-z0-9]*-\d+)\b/i;

function referenceCheck(rules: DefaultRules): ExtraCheck | undefined {
  if (rules.references === 'none') return undefined;
  const pattern = new RegExp(
    rules.referencePattern.source,
    rules.referencePattern.flags.replace('g', ''),
  );
  if (rules.references === 'required') {
    return {
      rule: 'references',
      level: 'error',
      check: ({ body, footer }) =>
        pattern.test(`${body ?? ''}\n${footer ?? ''}`)
          ? undefined
          : `message must reference an issue matching /${pattern.source}/`,
    };
  }
  return {
    rule: 'references',
    level: 'warning',
    check: ({ body, footer }) => {
      const line = `${body ?? ''}\n${footer ?? ''}`
        .split(/\r?\n/)
        .find((text) => REFERENCE_LIKE.test(text) && !pattern.test(text));
      return line === undefined
        ? undefined
        : `reference ${JSON.stringify(line.trim())} does not match /${pattern.source}/`;
    },
  };
}

/** Our own rules when the repository has no commitlint configuration. */
export function defaultLintConfig(rules: DefaultRules): LintConfig {
  const config: Record<string, RuleConfig> = {
    'header-trim': [2, 'always'],
    'type-empty': [2, 'never'],
    'type-case': [2, 'always', 'lower-case'],
    'type-enum': [2, 'always', rules.types],
    'scope-enum': [2, 'always', rules.scopes],
    'scope-empty': rules.scopeRequired ? [2, 'never'] : [0],
    'subject-empty': [2, 'never'],
    'subject-case': [2, 'never', ['sentence-case', 'start-case', 'pascal-case', 'upper-case']],
    'subject-full-stop': [2, 'never', '.'],
    'header-max-length': [2, 'always', rules.headerMaxLength],
    'body-leading-blank': [1, 'always'],
    'body-max-line-length': [2, 'always', rules.bodyMaxLineLength],
    'footer-leading-blank': [1, 'always'],
  };
  const extraChecks: ExtraCheck[] = [];
  if (rules.imperative) {
    extraChecks.push({
      rule: 'subject-imperative',
      level: 'error',
      check: ({ subject }) => {
        const problem = subject ? checkImperative(subject) : undefined;
        if (!problem) return undefined;
        const message = describeMoodProblem(problem);
        // A word that may be a noun or an adjective is never an error on a guess.
        return problem.certain ? message : { level: 'warning', message };
      },
    });
  }
  const references = referenceCheck(rules);
  if (references) extraChecks.push(references);
  return {
    rules: config,
    parserOptions: commitlintParserOptions(CONVENTIONAL_PRESET),
    defaultIgnores: true,
    ignores: [],
    extraChecks,
    fixup: rules.fixup,
  };
}
