import { describe, expect, test } from '@jest/globals';
import { ExpositionError, hasMetric, parseExposition } from './prometheus.ts';

// The example from the Prometheus documentation of the text format ("Text format example").
const DOCS_EXAMPLE = `# HELP http_requests_total The total number of HTTP requests.
# TYPE http_requests_total counter
http_requests_total{method="post",code="200"} 1027 1395066363000
http_requests_total{method="post",code="400"}    3 1395066363000

# Escaping in label values:
msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9

# Minimalistic line:
metric_without_timestamp_and_labels 12.47

# A weird metric from before the epoch:
something_weird{problem="division by zero"} +Inf -3982045

# A histogram, which has a pretty complex representation in the text format:
# HELP http_request_duration_seconds A histogram of the request duration.
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.05"} 24054
http_request_duration_seconds_bucket{le="0.1"} 33444
http_request_duration_seconds_bucket{le="+Inf"} 144320
http_request_duration_seconds_sum 53423
http_request_duration_seconds_count 144320

# Finally a summary, which has a complex representation, too:
# HELP rpc_duration_seconds A summary of the RPC duration in seconds.
# TYPE rpc_duration_seconds summary
rpc_duration_seconds{quantile="0.01"} 3102
rpc_duration_seconds{quantile="0.5"} 4773
rpc_duration_seconds_sum 1.7560473e+07
rpc_duration_seconds_count 2693
`;

describe('parseExposition', () => {
  test('reads the documentation example: families, types, labels with escapes, timestamps', () => {
    const exposition = parseExposition(DOCS_EXAMPLE);
    expect([...exposition.families.keys()]).toEqual([
      'http_requests_total',
      'msdos_file_access_time_seconds',
      'metric_without_timestamp_and_labels',
      'something_weird',
      'http_request_duration_seconds',
      'rpc_duration_seconds',
    ]);
    const requests = exposition.families.get('http_requests_total')!;
    expect(requests.type).toBe('counter');
    expect(requests.help).toBe('The total number of HTTP requests.');
    expect(requests.samples[1]).toEqual({
      name: 'http_requests_total',
      labels: { method: 'post', code: '400' },
      value: 3,
      timestamp: 1395066363000,
    });
    expect(exposition.families.get('msdos_file_access_time_seconds')!.samples[0]!.labels).toEqual({
      path: 'C:\\DIR\\FILE.TXT',
      error: 'Cannot find file:\n"FILE.TXT"',
    });
    expect(exposition.families.get('something_weird')!.samples[0]!.value).toBe(Infinity);
    expect(exposition.families.get('http_request_duration_seconds')!.samples).toHaveLength(5);
    expect(exposition.families.get('rpc_duration_seconds')!.samples).toHaveLength(4);
  });

  test('a required metric matches a family or a sample name', () => {
    const exposition = parseExposition(DOCS_EXAMPLE);
    expect(hasMetric(exposition, 'http_request_duration_seconds')).toBe(true);
    expect(hasMetric(exposition, 'http_request_duration_seconds_count')).toBe(true);
    expect(hasMetric(exposition, 'http_requests')).toBe(false);
  });

  test.each([
    ['<html><body>Not Found</body></html>', /line 1: not a metric sample/],
    ['up one', /line 1: invalid value "one"/],
    ['up{job="x} 1', /unterminated value of label job/],
    ['up{job="x",job="y"} 1', /label job appears twice/],
    ['up 1\nup 2', /line 2: duplicate sample up/],
    ['# TYPE up gauge\n# TYPE up gauge\nup 1', /line 2: second TYPE line for up/],
    ['up 1\n# TYPE up gauge', /line 2: TYPE line for up after its samples/],
    ['# TYPE up meter', /unknown metric type "meter"/],
    ['# TYPE h histogram\nh_bucket 1', /histogram bucket h_bucket has no le label/],
    ['up 1 12.5', /invalid timestamp "12.5"/],
    ['up 1 2 3', /expected a value and an optional timestamp/],
  ])('rejects %j', (text, message) => {
    expect(() => parseExposition(text)).toThrow(ExpositionError);
    expect(() => parseExposition(text)).toThrow(message);
  });

  test('NaN, signed infinities, exponents and CRLF line ends are fine', () => {
    const exposition = parseExposition('a NaN\r\nb -Inf\r\nc 1e-3\r\n');
    expect(exposition.families.get('a')!.samples[0]!.value).toBeNaN();
    expect(exposition.families.get('b')!.samples[0]!.value).toBe(-Infinity);
    expect(exposition.families.get('c')!.samples[0]!.value).toBe(0.001);
  });
});
