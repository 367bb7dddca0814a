import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { budgetFor, latencyFindings, percentile, sampleLatency } from './latency.ts';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    setTimeout(() => response.end('ok'), request.url === '/slow' ? 30 : 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('latency budgets', () => {
  test('nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
  });

  test('the longest matching prefix wins, as written or as asked', () => {
    const budgets = [
      { prefix: 'http://', ms: 200 },
      { prefix: 'http://127.0.0.1:${FLOW_E2E_API_8080}/token', ms: 100 },
    ];
    const token = {
      written: 'http://127.0.0.1:${FLOW_E2E_API_8080}/token',
      url: 'http://127.0.0.1:49000/token',
    };
    expect(budgetFor(token, budgets)?.ms).toBe(100);
    expect(budgetFor({ written: 'http://x/health', url: 'http://x/health' }, budgets)?.ms).toBe(
      200,
    );
    expect(budgetFor({ written: 'https://x/', url: 'https://x/' }, budgets)).toBeUndefined();
  });

  test('a URL slower than its budget at the p95 is a latency-budget finding', async () => {
    const slow = await sampleLatency(
      { name: 'slow', url: `${base}/slow` },
      { prefix: base, ms: 10 },
      5,
    );
    expect(slow).toMatchObject({ samples: 5, failures: 0, passed: false });
    expect(slow.p95Ms).toBeGreaterThanOrEqual(30);
    const fast = await sampleLatency({ name: 'f', url: `${base}/` }, { prefix: base, ms: 5000 }, 5);
    expect(fast.passed).toBe(true);
    const findings = latencyFindings([slow, fast]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(
      /^slow \(http:\/\/127\.0\.0\.1:\d+\/slow\): p95 [\d.]+ ms is over the budget of 10 ms \(p50 /,
    );
  });
});
