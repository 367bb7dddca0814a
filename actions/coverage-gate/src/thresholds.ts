import { parsePercentage, quoteValue, UsageError, type InputSource } from '@flow-actions/kit';
import { METRICS, type Metric } from './model.ts';

export type Thresholds = Partial<Record<Metric, number>>;

/** A package-thresholds rule: the files a glob matches, and their minimums. */
export interface PackageRule {
  glob: string;
  thresholds: Thresholds;
}

/**
 * `lines=80 branches=70` (spaces or commas between; `%` allowed). A token that does not parse
 * is an error naming the input and the token.
 */
export function parseThresholds(
  text: string,
  source: InputSource,
  input: string,
  where = '',
): Thresholds {
  const thresholds: Thresholds = {};
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const match = /^([a-z]+)=(.+)$/.exec(token);
    const metric = match?.[1] as Metric | undefined;
    const value = match ? parsePercentage(match[2]!) : undefined;
    if (!metric || !METRICS.includes(metric) || value === undefined) {
      throw new UsageError(
        `${source.describe(input)}${where}: cannot read ${quoteValue(token)}: expected <metric>=<percentage>, metric one of ${METRICS.join(', ')}`,
        { input },
      );
    }
    if (metric in thresholds)
      throw new UsageError(`${source.describe(input)}${where}: ${metric} is given twice`, {
        input,
      });
    thresholds[metric] = value;
  }
  return thresholds;
}

/** One rule a line: `<glob>: lines=85 branches=70`. */
export function parsePackageRules(
  lines: readonly string[],
  source: InputSource,
  input: string,
): PackageRule[] {
  return lines.map((line, index) => {
    const split = line.lastIndexOf(': ');
    const where = ` rule ${index + 1}`;
    if (split <= 0) {
      throw new UsageError(
        `${source.describe(input)}${where}: expected "<glob>: lines=85 ...", got ${quoteValue(line)}`,
        { input },
      );
    }
    const thresholds = parseThresholds(line.slice(split + 2), source, input, where);
    if (Object.keys(thresholds).length === 0) {
      throw new UsageError(`${source.describe(input)}${where}: no thresholds after the glob`, {
        input,
      });
    }
    return { glob: line.slice(0, split).trim(), thresholds };
  });
}
