import { hasMetric, parseExposition } from './prometheus.ts';

/** `name=url` or a bare url from health-urls / metrics-urls; the url may hold `${FLOW_E2E_...}`. */
export interface NamedUrl {
  name: string;
  url: string;
}

export interface UrlCheck {
  kind: 'health' | 'metrics';
  name: string;
  url: string;
  passed: boolean;
  status: number | undefined;
  seconds: number;
  message: string;
}

/** Accepted statuses: exact codes (`204`) and classes (`2xx`). */
export type StatusMatcher = readonly string[];

export function statusMatches(status: number, matcher: StatusMatcher): boolean {
  return matcher.some(
    (entry) =>
      entry === String(status) || (/^[1-5]xx$/.test(entry) && entry[0] === String(status)[0]),
  );
}

/** Fill `${VAR}` placeholders (the FLOW_E2E_* port variables); an unknown one is an error. */
export function expandUrl(url: string, variables: Readonly<Record<string, string>>): string {
  return url.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
    const value = variables[name];
    if (value === undefined)
      throw new Error(
        `${whole} is not a published port of the stack (known: ${Object.keys(variables).join(', ') || 'none'})`,
      );
    return value;
  });
}

const POLL_MS = 250;
const REQUEST_TIMEOUT_MS = 5000;

async function request(
  url: string,
  signal: AbortSignal | undefined,
): Promise<{ status: number; body: string }> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const response = await fetch(url, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    redirect: 'manual',
    headers: { accept: 'text/plain;version=0.0.4;q=0.9,*/*;q=0.1' },
  });
  return { status: response.status, body: await response.text() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ask `url` until `accept` says the answer is final (a pass, or a definite failure) or the
 * deadline passes; connection errors and other statuses are retried.
 */
async function poll(
  url: string,
  deadline: number,
  signal: AbortSignal | undefined,
  accept: (status: number) => boolean,
): Promise<{
  status: number | undefined;
  body: string;
  error: string | undefined;
  seconds: number;
}> {
  const started = Date.now();
  let last: { status: number | undefined; body: string; error: string | undefined } = {
    status: undefined,
    body: '',
    error: 'not asked yet',
  };
  for (;;) {
    signal?.throwIfAborted();
    try {
      const answer = await request(url, signal);
      last = { ...answer, error: undefined };
      if (accept(answer.status)) break;
    } catch (error) {
      signal?.throwIfAborted();
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      last = { status: undefined, body: '', error: cause ?? (error as Error).message };
    }
    if (Date.now() + POLL_MS >= deadline) break;
    await sleep(POLL_MS);
  }
  return { ...last, seconds: (Date.now() - started) / 1000 };
}

export async function checkHealthUrl(
  target: NamedUrl,
  options: { expect: StatusMatcher; deadline: number; signal?: AbortSignal },
): Promise<UrlCheck> {
  const result = await poll(target.url, options.deadline, options.signal, (status) =>
    statusMatches(status, options.expect),
  );
  const passed = result.status !== undefined && statusMatches(result.status, options.expect);
  const message = passed
    ? `answered ${result.status}`
    : result.status === undefined
      ? `no answer (${result.error})`
      : `answered ${result.status}, expected ${options.expect.join(' or ')}`;
  return {
    kind: 'health',
    ...target,
    passed,
    status: result.status,
    seconds: result.seconds,
    message,
  };
}

/** 200 with a valid exposition holding every required metric. */
export async function checkMetricsUrl(
  target: NamedUrl,
  options: { required: readonly string[]; deadline: number; signal?: AbortSignal },
): Promise<UrlCheck> {
  const result = await poll(
    target.url,
    options.deadline,
    options.signal,
    (status) => status === 200,
  );
  const check = {
    kind: 'metrics' as const,
    ...target,
    status: result.status,
    seconds: result.seconds,
  };
  if (result.status !== 200) {
    const why =
      result.status === undefined
        ? `no answer (${result.error})`
        : `answered ${result.status}, expected 200`;
    return { ...check, passed: false, message: why };
  }
  try {
    const exposition = parseExposition(result.body);
    if (exposition.sampleNames.size === 0)
      return { ...check, passed: false, message: 'the page holds no metric samples' };
    const missing = options.required.filter((name) => !hasMetric(exposition, name));
    if (missing.length > 0)
      return {
        ...check,
        passed: false,
        message: `missing required metrics: ${missing.join(', ')}`,
      };
    const count = [...exposition.families.values()].reduce(
      (n, family) => n + family.samples.length,
      0,
    );
    return {
      ...check,
      passed: true,
      message: `${exposition.families.size} metric families, ${count} samples`,
    };
  } catch (error) {
    return {
      ...check,
      passed: false,
      message: `not a valid Prometheus text exposition: ${(error as Error).message}`,
    };
  }
}
