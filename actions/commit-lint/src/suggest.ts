import { lintMessage, type LintConfig, type Problem } from './lint.ts';
import { checkImperative } from './mood/imperative.ts';
import type { ParsedMessage } from './parse.ts';

/** Common misspellings of the conventional types, offered only when the target type is allowed. */
const TYPE_ALIASES: Record<string, string> = {
  feature: 'feat',
  features: 'feat',
  bugfix: 'fix',
  hotfix: 'fix',
  fixes: 'fix',
  doc: 'docs',
  tests: 'test',
  testing: 'test',
  chores: 'chore',
  refactoring: 'refactor',
  performance: 'perf',
  styles: 'style',
};

/**
 * A corrected header when the problems have a mechanical fix (case, full stop, whitespace, a
 * misspelt type, a verb form); undefined when there is nothing to fix that way.
 */
export function suggestHeader(
  parsed: ParsedMessage,
  problems: readonly Problem[],
  config: LintConfig,
): string | undefined {
  const { header } = parsed;
  if (
    header &&
    header !== header.trim() &&
    problems.some((problem) => problem.rule === 'header-trim')
  ) {
    // A header with white space around it may not even parse: fix the rest on the trimmed header.
    const trimmed = lintMessage(header.trim(), config);
    return (
      (trimmed.parsed && suggestHeader(trimmed.parsed, trimmed.problems, config)) ?? header.trim()
    );
  }
  let { type, subject } = parsed;
  if (!header || !type || !subject) return undefined;
  const rules = new Set(problems.map((problem) => problem.rule));
  if (rules.has('type-case')) type = type.toLowerCase();
  if (rules.has('type-enum')) {
    const allowed = (config.rules['type-enum']?.[2] ?? []) as string[];
    const alias = TYPE_ALIASES[type.toLowerCase()];
    if (alias && allowed.includes(alias)) type = alias;
  }
  if (rules.has('subject-imperative')) {
    const mood = checkImperative(subject);
    if (mood?.certain) subject = mood.suggestion + subject.trimStart().slice(mood.word.length);
  }
  if (rules.has('subject-case')) subject = subject.charAt(0).toLowerCase() + subject.slice(1);
  if (rules.has('subject-full-stop')) subject = subject.replace(/\.+$/, '');
  const bang = /^[^:]*!:/.test(header.trim()) ? '!' : '';
  const suggestion = `${type}${parsed.scope ? `(${parsed.scope})` : ''}${bang}: ${subject.trim()}`;
  return suggestion === header ? undefined : suggestion;
}
