import {
  readString,
  UsageError,
  Workspace,
  type Finding,
  type InputSource,
  type Severity,
} from '@flow-actions/kit';
import { isRecord, parseYaml } from '@flow-actions/kit/yaml';
import { COMPLETENESS_RULES } from './openapi/completeness.ts';

/** The lint rules `rules-config` sets, each `error` unless configured. */
export const CONFIGURABLE_RULES = ['openapi-schema', 'broken-ref', ...COMPLETENESS_RULES] as const;

export type ConfigurableRule = (typeof CONFIGURABLE_RULES)[number];
export type RuleLevel = 'error' | 'warn' | 'off';
export type RulesConfig = Readonly<Record<ConfigurableRule, RuleLevel>>;

const LEVELS: readonly RuleLevel[] = ['error', 'warn', 'off'];

export const DEFAULT_RULES_CONFIG: RulesConfig = Object.fromEntries(
  CONFIGURABLE_RULES.map((rule) => [rule, 'error']),
) as Record<ConfigurableRule, RuleLevel>;

/** The severity a finding of `rule` gets, or undefined when the rule is off. */
export function severityOf(config: RulesConfig, rule: string): Severity | undefined {
  const level = (config as Record<string, RuleLevel | undefined>)[rule] ?? 'error';
  return level === 'off' ? undefined : level === 'warn' ? 'warning' : 'error';
}

/** Findings with the configured severities; those of rules that are off are dropped. */
export function applyLevels(findings: readonly Finding[], config: RulesConfig): Finding[] {
  return findings.flatMap((finding) => {
    const severity = severityOf(config, finding.rule);
    return severity ? [{ ...finding, severity }] : [];
  });
}

/** The completeness rules that are not off. */
export function enabledRules(config: RulesConfig): ReadonlySet<string> {
  return new Set(COMPLETENESS_RULES.filter((rule) => config[rule] !== 'off'));
}

/** `rule-id: error | warn | off` lines; an unknown id or level is an error at its line. */
export function parseRulesConfig(text: string, file: string | undefined): RulesConfig {
  const { value, lineOf } = parseYaml(text, { file, input: 'rules-config' });
  const fail = (message: string, path: (string | number)[] = []) =>
    new UsageError(message, {
      input: 'rules-config',
      ...(file ? { location: { file, line: lineOf(path) } } : {}),
    });
  if (value === null || value === undefined) return DEFAULT_RULES_CONFIG;
  if (!isRecord(value)) throw fail('expected a map of rule id to error, warn or off');
  const config: Record<string, RuleLevel> = { ...DEFAULT_RULES_CONFIG };
  for (const [rule, level] of Object.entries(value)) {
    if (!(CONFIGURABLE_RULES as readonly string[]).includes(rule)) {
      throw fail(
        `unknown rule id ${JSON.stringify(rule)} (known: ${CONFIGURABLE_RULES.join(', ')})`,
        [rule],
      );
    }
    if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
      throw fail(`rule ${rule}: expected error, warn or off, got ${JSON.stringify(level)}`, [rule]);
    }
    config[rule] = level as RuleLevel;
  }
  return config as RulesConfig;
}

/** The `rules-config` input: a path to a YAML file in the repository, or the YAML map itself. */
export async function readRulesConfig(
  inputs: InputSource,
  workspace: string,
): Promise<RulesConfig> {
  const value = readString(inputs, 'rules-config');
  if (value === undefined) return DEFAULT_RULES_CONFIG;
  if (value.includes('\n') || value.includes(':')) return parseRulesConfig(value, undefined);
  const text = await new Workspace(workspace).readText(value, { input: 'rules-config' });
  return parseRulesConfig(text, value);
}
