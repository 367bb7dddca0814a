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
import { checkGrpcHealth, type GrpcTarget } from './grpc-health.ts';
import type { Settings } from './settings.ts';

/** How often the URLs still being asked are listed in the log with their last answer. */
const PROGRESS_MS = 5000;

/** `name (url)`, or the url alone when it has no name of its own. */
export function describeUrl(target: NamedUrl): string {
  return target.name === target.url ? target.url : `${target.name} (${target.url})`;
}

/** A check still waited for, and what it last heard. */
interface Waiting {
  target: NamedUrl;
  kind: string;
  last?: string;
}

function describeAttempt(attempt: Attempt): string {
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
  const waiting = new Map<string, Waiting>();
  const pending: Promise<UrlCheck>[] = [];
  const startGrpc = (target: GrpcTarget) => {
    const written = `${target.address}${target.service ? `/${target.service}` : ''}`;
    let address: string;
    try {
      address = expandUrl(target.address, variables);
    } catch (failure) {
      findings.push(error('url-placeholder', `${written}: ${(failure as Error).message}`));
      return;
    }
    const key = `grpc ${pending.length}`;
    const entry: Waiting = { target: { name: written, url: written }, kind: 'gRPC health' };
    waiting.set(key, entry);
    const check = checkGrpcHealth(
      { name: written, address, service: target.service, written },
      { deadline, signal: io.signal, onAttempt: (message) => (entry.last = message) },
    );
    pending.push(check.finally(() => waiting.delete(key)));
  };
  const start = (kind: 'health' | 'metrics', target: NamedUrl) => {
    let expanded: ExpandedUrl;
    try {
      expanded = { ...target, url: expandUrl(target.url, variables), written: target.url };
    } catch (failure) {
      findings.push(error('url-placeholder', `${target.name}: ${(failure as Error).message}`));
      return;
    }
    const key = `${kind} ${pending.length}`;
    const entry: Waiting = { target: expanded, kind: `${kind} URL` };
    waiting.set(key, entry);
    const options = {
      deadline,
      signal: io.signal,
      onAttempt: (attempt: Attempt) => (entry.last = describeAttempt(attempt)),
    };
    const check =
      kind === 'health'
        ? checkHealthUrl(expanded, { ...options, expect: settings.expectStatus })
        : checkMetricsUrl(expanded, { ...options, required: settings.requiredMetrics });
    pending.push(check.finally(() => waiting.delete(key)));
  };
  for (const target of settings.healthUrls) start('health', target);
  for (const target of settings.metricsUrls) start('metrics', target);
  for (const target of settings.grpcHealth) startGrpc(target);
  const progress = setInterval(() => {
    for (const { kind, target, last } of waiting.values())
      io.log.info(`waiting for ${kind} ${describeUrl(target)}: ${last ?? 'not answered yet'}`);
  }, PROGRESS_MS);
  try {
    const checks = await Promise.all(pending);
    for (const check of checks.filter((entry) => !entry.passed)) {
      const rule = check.kind === 'grpc' ? 'grpc-health' : `${check.kind}-url`;
      findings.push(error(rule, `${describeUrl(check)}: ${check.message}`));
    }
    return { checks, findings };
  } finally {
    clearInterval(progress);
  }
}
