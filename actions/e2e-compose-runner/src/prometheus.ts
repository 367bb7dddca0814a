/**
 * A parser for the Prometheus text exposition format (version 0.0.4), strict enough to tell a
 * real /metrics page from an error page or HTML: every line must be a comment, HELP, TYPE or a
 * well-formed sample, and TYPE/HELP follow the format's ordering rules.
 */
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
  timestamp?: number;
}

export interface MetricFamily {
  name: string;
  type: MetricType;
  help?: string;
  samples: Sample[];
}

export interface Exposition {
  families: Map<string, MetricFamily>;
  /** Every sample name seen (`http_requests_total`, `latency_bucket`, ...). */
  sampleNames: Set<string>;
}

export class ExpositionError extends Error {
  override name = 'ExpositionError';
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const TYPES = new Set<MetricType>(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Partial<Record<MetricType, string[]>> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['_sum', '_count'],
};

/** Go's ParseFloat as the format uses it: decimals, exponents, NaN and ±Inf. */
function parseValue(text: string): number | undefined {
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function unescape(text: string, quotes: boolean): string {
  return text.replace(quotes ? /\\(["\\n])/g : /\\([\\n])/g, (_, char: string) =>
    char === 'n' ? '\n' : char,
  );
}

/** `{a="x",b="y"}` at the start of `text`: the labels and the text after the closing brace. */
function parseLabels(
  text: string,
  lineNo: number,
): { labels: Record<string, string>; rest: string } {
  const labels: Record<string, string> = {};
  let rest = text.slice(1).trimStart();
  while (!rest.startsWith('}')) {
    const name = LABEL_NAME.exec(rest)?.[0];
    if (!name)
      throw new ExpositionError(
        `invalid label name at ${JSON.stringify(rest.slice(0, 20))}`,
        lineNo,
      );
    rest = rest.slice(name.length).trimStart();
    if (!rest.startsWith('="') && !rest.startsWith('= "'))
      throw new ExpositionError(`expected ="..." after label ${name}`, lineNo);
    rest = rest.slice(rest.indexOf('"') + 1);
    const value = /^((?:[^"\\\n]|\\.)*)"/.exec(rest);
    if (!value) throw new ExpositionError(`unterminated value of label ${name}`, lineNo);
    if (name in labels) throw new ExpositionError(`label ${name} appears twice`, lineNo);
    labels[name] = unescape(value[1]!, true);
    rest = rest.slice(value[0].length).trimStart();
    if (rest.startsWith(',')) rest = rest.slice(1).trimStart();
    else if (!rest.startsWith('}'))
      throw new ExpositionError(`expected , or } after label ${name}`, lineNo);
  }
  return { labels, rest: rest.slice(1) };
}

function parseSample(line: string, lineNo: number): Sample {
  const name = METRIC_NAME.exec(line)?.[0];
  if (!name)
    throw new ExpositionError(`not a metric sample: ${JSON.stringify(line.slice(0, 60))}`, lineNo);
  let rest = line.slice(name.length).trimStart();
  let labels: Record<string, string> = {};
  if (rest.startsWith('{')) ({ labels, rest } = parseLabels(rest, lineNo));
  const fields = rest.trim().split(/[ \t]+/);
  if (fields.length < 1 || fields.length > 2 || fields[0] === '') {
    throw new ExpositionError(`expected a value and an optional timestamp after ${name}`, lineNo);
  }
  const value = parseValue(fields[0]!);
  if (value === undefined)
    throw new ExpositionError(`invalid value ${JSON.stringify(fields[0])} for ${name}`, lineNo);
  const sample: Sample = { name, labels, value };
  if (fields[1] !== undefined) {
    if (!/^-?\d+$/.test(fields[1]))
      throw new ExpositionError(`invalid timestamp ${JSON.stringify(fields[1])}`, lineNo);
    sample.timestamp = Number(fields[1]);
  }
  return sample;
}

/** The family a sample belongs to: a histogram's `x_bucket` belongs to `x`. */
function familyName(sample: string, families: Map<string, MetricFamily>): string {
  for (const [name, family] of families) {
    if (SUFFIXES[family.type]?.some((suffix) => sample === name + suffix)) return name;
  }
  return sample;
}

export function parseExposition(text: string): Exposition {
  const families = new Map<string, MetricFamily>();
  const sampleNames = new Set<string>();
  const seenSeries = new Set<string>();
  const sampled = new Set<string>();
  const typed = new Set<string>();
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const meta = /^#\s*(HELP|TYPE)\s+(\S+)(?:\s+(.*))?$/.exec(line);
    if (meta) {
      const [, keyword, name, argument = ''] = meta;
      if (!METRIC_NAME.test(name!) || METRIC_NAME.exec(name!)![0] !== name) {
        throw new ExpositionError(
          `invalid metric name ${JSON.stringify(name)} in ${keyword}`,
          lineNo,
        );
      }
      const family = families.get(name!) ?? {
        name: name!,
        type: 'untyped' as MetricType,
        samples: [],
      };
      if (keyword === 'TYPE') {
        const type = argument.trim() as MetricType;
        if (!TYPES.has(type))
          throw new ExpositionError(
            `unknown metric type ${JSON.stringify(type)} for ${name}`,
            lineNo,
          );
        if (typed.has(name!)) throw new ExpositionError(`second TYPE line for ${name}`, lineNo);
        if (sampled.has(name!))
          throw new ExpositionError(`TYPE line for ${name} after its samples`, lineNo);
        family.type = type;
        typed.add(name!);
      } else {
        if (family.help !== undefined)
          throw new ExpositionError(`second HELP line for ${name}`, lineNo);
        family.help = unescape(argument, false);
      }
      families.set(name!, family);
      return;
    }
    if (line.startsWith('#')) return;
    const sample = parseSample(line, lineNo);
    const name = familyName(sample.name, families);
    const family = families.get(name) ?? { name, type: 'untyped' as MetricType, samples: [] };
    const series = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort())}`;
    if (seenSeries.has(series))
      throw new ExpositionError(`duplicate sample ${sample.name} with the same labels`, lineNo);
    if (
      family.type === 'histogram' &&
      sample.name.endsWith('_bucket') &&
      !('le' in sample.labels)
    ) {
      throw new ExpositionError(`histogram bucket ${sample.name} has no le label`, lineNo);
    }
    seenSeries.add(series);
    sampled.add(name);
    family.samples.push(sample);
    families.set(name, family);
    sampleNames.add(sample.name);
  });
  return { families, sampleNames };
}

/** A required metric is present as a family (`http_requests`) or a sample name (`latency_count`). */
export function hasMetric(exposition: Exposition, name: string): boolean {
  return (
    (exposition.families.get(name)?.samples.length ?? 0) > 0 || exposition.sampleNames.has(name)
  );
}
