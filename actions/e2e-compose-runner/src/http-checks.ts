import { hasMetric, parseExposition } from './prometheus.ts';

/** `name=url` or a bare url from health-urls / metrics-urls; the url may hold `${FLOW_E2E_...}`. */
export interface NamedUrl {
  name: string;
  url: string;
}

/** A URL to ask: its placeholders filled in, and as it was written. */
export type ExpandedUrl = NamedUrl & { written: string };

export interface UrlCheck {
  kind: 'health' | 'metrics' | 'grpc';
  name: string;
  /** As asked, the ports filled in. */
  url: string;
  /** As written in the input, with its `${FLOW_E2E_…}` placeholders. */
  written: string;
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

/** One answer (or the lack of one) from a URL, for progress in the log. */
export interface Attempt {
  status: number | undefined;
  error: string | undefined;
}

/** What an answer means: passed, failed for good, or ask again. */
type Verdict = 'pass' | 'fail' | 'retry';

/** 4xx that say "later" rather than "wrong URL": they are asked again. */
const TRANSIENT_4XX = new Set([408, 425, 429]);

/** A 4xx (other than the transient ones) will not heal by waiting: a wrong path, a missing route. */
export function isFinalStatus(status: number): boolean {
  return status >= 400 && status < 500 && !TRANSIENT_4XX.has(status);
}

export async function request(
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

/** The reason a request got no answer: the connection error's code (ECONNREFUSED) or the message. */
export function requestError(error: unknown): string {
  return (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface PollOptions {
  deadline: number;
  signal?: AbortSignal | undefined;
  /** Told about every answer, for progress in the log. */
  onAttempt?: ((attempt: Attempt) => void) | undefined;
}

/**
 * Ask `url` until `verdictOf` says the answer is final (a pass, or a definite failure) or the
 * deadline passes; connection errors and the other statuses are asked again.
 */
async function poll(
  url: string,
  options: PollOptions,
  verdictOf: (status: number) => Verdict,
): Promise<Attempt & { body: string; seconds: number; verdict: Verdict }> {
  const { signal } = options;
  const started = Date.now();
  let last: Attempt & { body: string } = { status: undefined, body: '', error: 'not asked yet' };
  let verdict: Verdict = 'retry';
  for (;;) {
    signal?.throwIfAborted();
    try {
      const answer = await request(url, signal);
      last = { ...answer, error: undefined };
      verdict = verdictOf(answer.status);
    } catch (error) {
      signal?.throwIfAborted();
      last = { status: undefined, body: '', error: requestError(error) };
    }
    options.onAttempt?.({ status: last.status, error: last.error });
    if (verdict !== 'retry' || Date.now() + POLL_MS >= options.deadline) break;
    await sleep(POLL_MS);
  }
  return { ...last, verdict, seconds: (Date.now() - started) / 1000 };
}

function failure(result: Attempt & { verdict: Verdict }, expected: string): string {
  if (result.status === undefined) return `no answer (${result.error})`;
  const final = result.verdict === 'fail' ? ' (a 4xx does not heal: not asked again)' : '';
  return `answered ${result.status}, expected ${expected}${final}`;
}

export async function checkHealthUrl(
  target: ExpandedUrl,
  options: PollOptions & { expect: StatusMatcher },
): Promise<UrlCheck> {
  const result = await poll(target.url, options, (status) =>
    statusMatches(status, options.expect) ? 'pass' : isFinalStatus(status) ? 'fail' : 'retry',
  );
  const passed = result.verdict === 'pass';
  return {
    kind: 'health',
    ...target,
    passed,
    status: result.status,
    seconds: result.seconds,
    message: passed ? `answered ${result.status}` : failure(result, options.expect.join(' or ')),
  };
}

/** 200 with a valid exposition holding every required metric. */
export async function checkMetricsUrl(
  target: ExpandedUrl,
  options: PollOptions & { required: readonly string[] },
): Promise<UrlCheck> {
  const result = await poll(target.url, options, (status) =>
    status === 200 ? 'pass' : isFinalStatus(status) ? 'fail' : 'retry',
  );
  const check = {
    kind: 'metrics' as const,
    ...target,
    status: result.status,
    seconds: result.seconds,
  };
  if (result.verdict !== 'pass')
    return { ...check, passed: false, message: failure(result, '200') };
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
