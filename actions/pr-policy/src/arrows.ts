import { quoteValue, readLines, UsageError, type InputSource } from '@flow-actions/kit';
import { globSet, type GlobSet } from '@flow-actions/rules';

/** One line `head-glob -> glob[, glob]`: what a pull request from a matching head branch may do. */
export interface BranchRule {
  /** The line as written, for messages. */
  text: string;
  head: GlobSet;
  targets: GlobSet;
}

/** Lines of `head-glob -> glob[, glob]` (base-branches, branch-paths). */
export function readBranchRules(inputs: InputSource, name: string): BranchRule[] {
  return readLines(inputs, name).map((text) => {
    const [head, targets, ...extra] = text.split('->').map((part) => part.trim());
    const globs = (targets ?? '')
      .split(',')
      .map((glob) => glob.trim())
      .filter(Boolean);
    if (!head || globs.length === 0 || extra.length > 0) {
      throw new UsageError(
        `${inputs.describe(name)}: ${quoteValue(text)} is not \`head-glob -> glob[, glob]\``,
        { input: name },
      );
    }
    return { text, head: globSet([head]), targets: globSet(globs) };
  });
}

/** The first rule whose head glob matches the branch: it alone decides. */
export function ruleFor(rules: readonly BranchRule[], branch: string): BranchRule | undefined {
  return rules.find((rule) => rule.head.matches(branch));
}
