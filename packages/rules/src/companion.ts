import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYaml, yamlError, type YamlDocument } from '@flow-actions/kit/yaml';
import { globSet, type GlobSet } from './globs.ts';

/**
 * A PR checklist item as a rule: when these files change (or these lines are added), require
 * that, or forbid those files.
 */
export interface CompanionRule {
  name: string;
  when?: GlobSet;
  whenAddedLines?: RegExp;
  require?: GlobSet;
  /** Files, one of which must contain what `when-added-lines` captured. */
  requireMention?: string[];
  /** Paths the pull request must not add or modify (when the rule's condition holds, if any). */
  forbid?: GlobSet;
  message?: string;
  /** Where the rule is written, for messages: "rules.yml:3" or "preset env-docs". */
  origin: string;
}

const KEYS = [
  'name',
  'when',
  'when-added-lines',
  'require',
  'require-mention',
  'forbid',
  'message',
];

/** The rules document, for the lines of its nodes; its file is undefined for YAML given inline. */
type Where = Pick<YamlDocument, 'file' | 'lineOfNode'>;

function fail(where: Where, node: Node | undefined, message: string): never {
  throw yamlError({ file: where.file, input: 'rules' }, where.lineOfNode(node), message);
}

function strings(where: Where, node: Node, key: string): string[] {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim())
    return [node.value.trim()];
  if (
    isSeq(node) &&
    node.items.length > 0 &&
    node.items.every((item) => isScalar(item) && typeof item.value === 'string')
  ) {
    return node.items.map((item) => String((item as { value: string }).value).trim());
  }
  fail(where, node, `\`${key}\` must be a string or a list of strings`);
}

function parseRule(where: Where, node: unknown): CompanionRule {
  if (!isMap(node))
    fail(
      where,
      node as Node,
      'each rule must be a mapping with name, when/when-added-lines and require/require-mention/forbid',
    );
  const values = new Map<string, Node>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KEYS.includes(key))
      fail(where, pair.key as Node, `unknown key \`${key}\` (expected ${KEYS.join(', ')})`);
    values.set(key, pair.value as Node);
  }
  const line = where.lineOfNode(node) ?? 0;
  const nameNode = values.get('name');
  if (
    !nameNode ||
    !isScalar(nameNode) ||
    typeof nameNode.value !== 'string' ||
    !nameNode.value.trim()
  ) {
    fail(where, nameNode ?? node, 'a rule needs a `name`');
  }
  const rule: CompanionRule = {
    name: nameNode.value.trim(),
    origin: where.file ? `${where.file}:${line}` : `rules line ${line}`,
  };
  const when = values.get('when');
  if (when) rule.when = globSet(strings(where, when, 'when'));
  const added = values.get('when-added-lines');
  if (added) {
    const [pattern] = strings(where, added, 'when-added-lines');
    try {
      rule.whenAddedLines = new RegExp(pattern!, 'g');
    } catch (error) {
      fail(
        where,
        added,
        `\`when-added-lines\` is not a valid regular expression: ${(error as Error).message}`,
      );
    }
  }
  const require = values.get('require');
  if (require) rule.require = globSet(strings(where, require, 'require'));
  const mention = values.get('require-mention');
  if (mention) rule.requireMention = strings(where, mention, 'require-mention');
  const forbid = values.get('forbid');
  if (forbid) rule.forbid = globSet(strings(where, forbid, 'forbid'));
  const message = values.get('message');
  if (message) rule.message = strings(where, message, 'message').join(' ');
  if (!rule.when && !rule.whenAddedLines && !rule.forbid)
    fail(where, node, `rule \`${rule.name}\` needs \`when\` or \`when-added-lines\``);
  if (!rule.require && !rule.requireMention && !rule.forbid)
    fail(where, node, `rule \`${rule.name}\` needs \`require\`, \`require-mention\` or \`forbid\``);
  if (rule.requireMention && !rule.whenAddedLines) {
    fail(
      where,
      mention!,
      `rule \`${rule.name}\`: \`require-mention\` needs \`when-added-lines\` (it checks what the regex captured)`,
    );
  }
  return rule;
}

/** Parse the `rules` YAML: a list of rules (or a mapping with a `rules:` list). */
export function parseCompanionRules(text: string, file: string | undefined): CompanionRule[] {
  const where = parseYaml(text, { file, input: 'rules' });
  const { document } = where;
  let list: unknown = document.contents;
  if (isMap(list)) list = list.get('rules', true);
  if (!isSeq(list)) fail(where, document.contents ?? undefined, 'expected a list of rules');
  const rules = list.items.map((item) => parseRule(where, item));
  const names = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    if (names.has(rule.name))
      fail(where, list.items[index] as Node, `two rules are named \`${rule.name}\``);
    names.add(rule.name);
  }
  return rules;
}
