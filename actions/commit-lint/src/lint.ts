import { UsageError } from '@flow-actions/kit';
import type { ParserOptions } from 'conventional-commits-parser';
import { FIXUP, ignoredBecause, type IgnoreTest } from './ignores.ts';
import { parseMessage, type ParsedMessage } from './parse.ts';
import { READS_REFERENCES, RULES, type Rule, type When } from './rules/index.ts';

export type Level = 'error' | 'warning';
export type RuleConfig = [0 | 1 | 2, When?, unknown?];

export interface Problem {
  rule: string;
  level: Level;
  message: string;
}

/** A check of our own defaults beyond commitlint's rules (imperative mood, references). */
export interface ExtraCheck {
  rule: string;
  level: Level;
  /** The problem's message, or a message at another level than the check's own. */
  check: (parsed: ParsedMessage) => string | { level: Level; message: string } | undefined;
}

export interface LintConfig {
  /** commitlint-compatible rules by name, in the order they are reported. */
  rules: Record<string, RuleConfig>;
  parserOptions: ParserOptions;
  defaultIgnores: boolean;
  ignores: IgnoreTest[];
  extraChecks: ExtraCheck[];
  /** How our defaults treat fixup!/squash!/amend! commits; undefined: as commitlint does (skip). */
  fixup?: 'fail' | 'warn' | 'allow';
}

export interface LintResult {
  valid: boolean;
  /** Why the message was not checked (a merge commit, a version bump, ...). */
  skipped?: string;
  problems: Problem[];
  parsed?: ParsedMessage;
}

const LEVELS = { 1: 'warning', 2: 'error' } as const;

interface EnabledRule {
  name: string;
  level: Level;
  rule: Rule;
  when: When | undefined;
  value: unknown;
}

/** The enabled rules of a configuration, resolved once rather than for every message. */
interface Plan {
  rules: EnabledRule[];
  /** Whether a rule reads the parsed references; finding them is a third of the parse. */
  references: boolean;
}

const plans = new WeakMap<LintConfig['rules'], Plan>();

function planOf(config: LintConfig): Plan {
  let plan = plans.get(config.rules);
  if (!plan) {
    const rules = Object.entries(config.rules)
      .filter(([, [level]]) => level !== 0)
      .map(([name, [level, when, value]]) => ({
        name,
        level: LEVELS[level as 1 | 2],
        rule: RULES[name]!,
        when,
        value,
      }));
    plan = { rules, references: rules.some((rule) => READS_REFERENCES.has(rule.name)) };
    plans.set(config.rules, plan);
  }
  return plan;
}

function fixupResult(fixup: 'fail' | 'warn'): LintResult {
  const level: Level = fixup === 'fail' ? 'error' : 'warning';
  const message =
    'fixup!/squash!/amend! commit: squash it before merging (git rebase -i --autosquash)';
  return { valid: level !== 'error', problems: [{ rule: 'fixup', level, message }] };
}

/** Lint one message as @commitlint/lint does: ignores, parse, every enabled rule. */
export function lintMessage(message: string, config: LintConfig): LintResult {
  if (config.fixup && config.fixup !== 'allow' && FIXUP.test(message))
    return fixupResult(config.fixup);
  const skipped = ignoredBecause(message, {
    defaultIgnores: config.defaultIgnores,
    ignores: config.ignores,
    skipFixups: config.fixup === undefined || config.fixup === 'allow',
  });
  if (skipped) return { valid: true, skipped, problems: [] };
  // commitlint passes an empty message; git never stores one unless told to.
  if (!/\S/.test(message)) return { valid: true, skipped: 'empty message', problems: [] };
  const plan = planOf(config);
  const parsed = parseMessage(message, config.parserOptions, plan.references);
  if (parsed.header === null && parsed.body === null && parsed.footer === null) {
    return { valid: true, skipped: 'empty message', problems: [] };
  }
  const problems: Problem[] = [];
  let current = '';
  try {
    for (const { name, level, rule, when, value } of plan.rules) {
      current = name;
      const text = rule(parsed, when, value);
      if (text !== undefined) problems.push({ rule: name, level, message: text });
    }
  } catch (error) {
    // A value the rule cannot use (`type-enum: [2, always, 3]`): the configuration's fault.
    throw new UsageError(`rule ${current}: its value cannot be used: ${(error as Error).message}`, {
      input: 'config',
      cause: error,
    });
  }
  for (const extra of config.extraChecks) {
    const found = extra.check(parsed);
    if (typeof found === 'string')
      problems.push({ rule: extra.rule, level: extra.level, message: found });
    else if (found) problems.push({ rule: extra.rule, ...found });
  }
  return { valid: !problems.some((problem) => problem.level === 'error'), problems, parsed };
}
