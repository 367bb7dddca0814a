import { CORE_RULES } from './core.ts';
import type { Rule } from './helpers.ts';
import { MORE_RULES } from './more.ts';

export type { Rule, When } from './helpers.ts';

/** Every commitlint rule commit-lint implements, by commitlint's name. */
export const RULES: Record<string, Rule> = { ...CORE_RULES, ...MORE_RULES };

/** The rules that read `references` of the parsed message; without them the parser skips finding references. */
export const READS_REFERENCES: ReadonlySet<string> = new Set(['references-empty']);
