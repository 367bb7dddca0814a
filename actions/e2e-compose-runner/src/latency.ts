import type { Finding } from '@flow-actions/kit';
import { error } from './findings.ts';
import { request, type NamedUrl, type UrlCheck } from './http-checks.ts';

/** A `latency-budgets` line: URLs starting with `prefix` must answer within `ms` at the p95. */
export interface LatencyBudget {
  prefix: string;
  ms: number;
}

/** What was measured on one URL, in the JSON report. */
export interface LatencyResult {
  name: string;
  url: string;
  budgetMs: number;
  samples: number;
  /** Requests that got no answer; they count with the time they took. */
  failures: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  passed: boolean;
}

/**
 * The budget for a URL: the longest prefix that matches the URL as written (with its
 * `${FLOW_E2E_…}` placeholders) or as asked (with the ports filled in).
 */
export function budgetFor(
  target: { written: string; url: string },
  budgets: readonly LatencyBudget[],
): LatencyBudget | undefined {
  return budgets
    .filter(
      (budget) => target.written.startsWith(budget.prefix) || target.url.startsWith(budget.prefix),
    )
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

/** The nearest-rank percentile of sorted values (p95 of 20 samples is the 19th). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Ask `url` `samples` times, one after the other, timing each request to its last byte. */
export async function sampleLatency(
  target: NamedUrl,
  budget: LatencyBudget,
  samples: number,
  signal?: AbortSignal,
): Promise<LatencyResult> {
  const times: number[] = [];
  let failures = 0;
  for (let n = 0; n < samples; n++) {
    signal?.throwIfAborted();
    const started = performance.now();
    try {
      await request(target.url, signal);
    } catch {
      signal?.throwIfAborted();
      failures++;
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95Ms = round(percentile(times, 95));
  return {
    ...target,
    budgetMs: budget.ms,
    samples,
    failures,
    p50Ms: round(percentile(times, 50)),
    p95Ms,
    maxMs: round(times[times.length - 1] ?? 0),
    passed: p95Ms <= budget.ms && failures === 0,
  };
}

export function latencyFindings(results: readonly LatencyResult[]): Finding[] {
  return results
    .filter((result) => !result.passed)
    .map((result) => {
      const where = result.name === result.url ? result.url : `${result.name} (${result.url})`;
      const figures = `p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms over ${result.samples} requests`;
      const why =
        result.failures > 0
          ? `${result.failures} of ${result.samples} requests got no answer`
          : `p95 ${result.p95Ms} ms is over the budget of ${result.budgetMs} ms`;
      return error('latency-budget', `${where}: ${why} (${figures})`);
    });
}

/**
 * After the checks passed: every health and metrics URL with a budget, sampled one URL after
 * the other (so they do not slow each other down).
 */
export async function measureLatency(
  checks: readonly UrlCheck[],
  budgets: readonly LatencyBudget[],
  samples: number,
  signal?: AbortSignal,
): Promise<LatencyResult[]> {
  const results: LatencyResult[] = [];
  for (const check of checks.filter((entry) => entry.kind !== 'grpc')) {
    const budget = budgetFor(check, budgets);
    if (budget)
      results.push(
        await sampleLatency({ name: check.name, url: check.url }, budget, samples, signal),
      );
  }
  return results;
}
