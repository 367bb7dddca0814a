import type { Finding, Logger } from '@flow-actions/kit';
import { error } from './findings.ts';
import {
  checkHealthUrl,
  checkMetricsUrl,
  expandUrl,
  type Attempt,
  type ExpandedUrl,
  type NamedUrl,
  type UrlCheck,
} from './http-checks.ts';
import type { Settings } from './settings.ts';

/** How often the URLs still being asked are listed in the log with their last answer. */
const PROGRESS_MS = 5000;

/** `name (url)`, or the url alone when it has no name of its own. */
export function describeUrl(target: NamedUrl): string {
  return target.name === target.url ? target.url : `${target.name} (${target.url})`;
}

function describeAttempt(attempt: Attempt | undefined): string {
  if (!attempt) return 'not answered yet';
  return attempt.status === undefined
    ? `no answer (${attempt.error})`
    : `last answered ${attempt.status}`;
}

/**
 * Every health and metrics URL, side by side, each given wait-timeout to answer; every few
 * seconds the log says what each one still waited for last answered.
 */
export async function runChecks(
  settings: Settings,
  variables: Record<string, string>,
  io: { log: Logger; signal: AbortSignal },
): Promise<{ checks: UrlCheck[]; findings: Finding[] }> {
  const deadline = Date.now() + settings.waitTimeoutMs;
  const findings: Finding[] = [];
  const waiting = new Map<string, { target: NamedUrl; kind: string; last?: Attempt }>();
  const pending: Promise<UrlCheck>[] = [];
  const start = (kind: 'health' | 'metrics', target: NamedUrl) => {
    let expanded: ExpandedUrl;
    try {
      expanded = { ...target, url: expandUrl(target.url, variables), written: target.url };
    } catch (failure) {
      findings.push(error('url-placeholder', `${target.name}: ${(failure as Error).message}`));
      return;
    }
    const key = `${kind} ${pending.length}`;
    const entry: { target: NamedUrl; kind: string; last?: Attempt } = { target: expanded, kind };
    waiting.set(key, entry);
    const options = {
      deadline,
      signal: io.signal,
      onAttempt: (attempt: Attempt) => (entry.last = attempt),
    };
    const check =
      kind === 'health'
        ? checkHealthUrl(expanded, { ...options, expect: settings.expectStatus })
        : checkMetricsUrl(expanded, { ...options, required: settings.requiredMetrics });
    pending.push(check.finally(() => waiting.delete(key)));
  };
  for (const target of settings.healthUrls) start('health', target);
  for (const target of settings.metricsUrls) start('metrics', target);
  const progress = setInterval(() => {
    for (const { kind, target, last } of waiting.values())
      io.log.info(`waiting for ${kind} URL ${describeUrl(target)}: ${describeAttempt(last)}`);
  }, PROGRESS_MS);
  try {
    const checks = await Promise.all(pending);
    for (const check of checks.filter((entry) => !entry.passed)) {
      findings.push(error(`${check.kind}-url`, `${describeUrl(check)}: ${check.message}`));
    }
    return { checks, findings };
  } finally {
    clearInterval(progress);
  }
}
