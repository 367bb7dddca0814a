import type { Finding } from '@flow-actions/kit';
import { error } from './findings.ts';
import {
  checkHealthUrl,
  checkMetricsUrl,
  expandUrl,
  type NamedUrl,
  type UrlCheck,
} from './http-checks.ts';
import type { Settings } from './settings.ts';

/** Every health and metrics URL, side by side, each given wait-timeout to answer. */
export async function runChecks(
  settings: Settings,
  variables: Record<string, string>,
  signal: AbortSignal,
): Promise<{ checks: UrlCheck[]; findings: Finding[] }> {
  const deadline = Date.now() + settings.waitTimeoutMs;
  const expand = (target: NamedUrl): NamedUrl | Finding => {
    try {
      return { ...target, url: expandUrl(target.url, variables) };
    } catch (failure) {
      return error('url-placeholder', `${target.name}: ${(failure as Error).message}`);
    }
  };
  const findings: Finding[] = [];
  const pending: Promise<UrlCheck>[] = [];
  for (const target of settings.healthUrls.map(expand)) {
    if ('rule' in target) findings.push(target);
    else pending.push(checkHealthUrl(target, { expect: settings.expectStatus, deadline, signal }));
  }
  for (const target of settings.metricsUrls.map(expand)) {
    if ('rule' in target) findings.push(target);
    else
      pending.push(
        checkMetricsUrl(target, { required: settings.requiredMetrics, deadline, signal }),
      );
  }
  const checks = await Promise.all(pending);
  for (const check of checks.filter((entry) => !entry.passed)) {
    findings.push(error(`${check.kind}-url`, `${check.name}: ${check.message}`));
  }
  return { checks, findings };
}
