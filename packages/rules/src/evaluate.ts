import type { Finding } from '@flow-actions/kit';
import type { CompanionRule } from './companion.ts';

/** A line the pull request added, with its text. */
export interface AddedLine {
  file: string;
  line: number;
  text: string;
}

export interface CompanionInput {
  /** Files the pull request changes (base..head). */
  changed: readonly string[];
  /** Lines the pull request added, per changed file. */
  addedLines: ReadonlyMap<string, readonly AddedLine[]>;
  /** Changed paths that head deletes: removing a forbidden file is allowed. */
  deleted?: ReadonlySet<string>;
  /** A file's content at head, or undefined when it does not exist. */
  contentAt(path: string): string | undefined;
}

interface Hit {
  file: string;
  line: number;
  captured: string;
}

/** The added lines matching the rule's regex; what matched is its first capture that took part. */
function hits(rule: CompanionRule, files: readonly string[], input: CompanionInput): Hit[] {
  const found: Hit[] = [];
  for (const file of files) {
    for (const added of input.addedLines.get(file) ?? []) {
      for (const match of added.text.matchAll(rule.whenAddedLines!)) {
        const captured = match.slice(1).find((group) => group !== undefined) ?? match[0];
        found.push({ file, line: added.line, captured });
      }
    }
  }
  return found;
}

function finding(rule: CompanionRule, message: string, file: string, line?: number): Finding {
  return { rule: rule.name, severity: 'error', message, file, ...(line ? { line } : {}) };
}

/** Files matching `forbid` that the pull request adds or modifies. */
function forbidden(rule: CompanionRule, input: CompanionInput): Finding[] {
  return input.changed
    .filter((file) => rule.forbid!.matches(file) && !input.deleted?.has(file))
    .map((file) =>
      finding(
        rule,
        rule.message
          ? `${file}: ${rule.message}`
          : `${file} must not change (it matches ${rule.forbid!.patterns.join(', ')}): revert it`,
        file,
      ),
    );
}

export function evaluateRule(rule: CompanionRule, input: CompanionInput): Finding[] {
  const triggering = rule.when
    ? input.changed.filter((file) => rule.when!.matches(file))
    : [...input.changed];
  if (triggering.length === 0) return [];
  const matches = rule.whenAddedLines ? hits(rule, triggering, input) : [];
  if (rule.whenAddedLines && matches.length === 0) return [];
  const findings: Finding[] = rule.forbid ? forbidden(rule, input) : [];
  if (rule.require && !input.changed.some((file) => rule.require!.matches(file))) {
    const first = matches[0] ?? { file: triggering[0]!, line: undefined };
    const why =
      rule.message ??
      `${first.file} changed, so a file matching ${rule.require.patterns.join(', ')} must change too`;
    findings.push(finding(rule, why, first.file, first.line));
  }
  if (rule.requireMention) {
    const documents = rule.requireMention
      .map((file) => input.contentAt(file))
      .filter((text) => text !== undefined);
    const reported = new Set<string>();
    for (const hit of matches) {
      if (reported.has(hit.captured) || documents.some((text) => text.includes(hit.captured)))
        continue;
      reported.add(hit.captured);
      const where = documents.length
        ? rule.requireMention.join(' or ')
        : `${rule.requireMention.join(' or ')} (none of them exists)`;
      const why = `\`${hit.captured}\` is not mentioned in ${where}${rule.message ? `: ${rule.message}` : ''}`;
      findings.push(finding(rule, why, hit.file, hit.line));
    }
  }
  return findings;
}

export function evaluateRules(rules: readonly CompanionRule[], input: CompanionInput): Finding[] {
  return rules.flatMap((rule) => evaluateRule(rule, input));
}
