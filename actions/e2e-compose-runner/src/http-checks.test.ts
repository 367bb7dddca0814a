import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkHealthUrl,
  checkMetricsUrl,
  expandUrl,
  statusMatches,
  type Attempt,
} from './http-checks.ts';

let server: Server;
let base: string;
let hits = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/warming') {
      hits++;
      response.writeHead(hits < 3 ? 503 : 200).end('ok');
    } else if (request.url === '/metrics') response.end('# TYPE up gauge\nup 1\n');
    else if (request.url === '/html') response.end('<html>oops</html>');
    else if (request.url === '/busy') response.writeHead(500).end();
    else if (request.url === '/overloaded') response.writeHead(429).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const soon = () => Date.now() + 3000;

describe('URL checks', () => {
  test('statuses match codes and classes', () => {
    expect(statusMatches(204, ['2xx'])).toBe(true);
    expect(statusMatches(301, ['2xx', '301'])).toBe(true);
    expect(statusMatches(404, ['2xx'])).toBe(false);
  });

  test('placeholders are filled from the port variables; an unknown one names the known ones', () => {
    expect(expandUrl('http://127.0.0.1:${FLOW_E2E_WEB_80}/x', { FLOW_E2E_WEB_80: '49000' })).toBe(
      'http://127.0.0.1:49000/x',
    );
    expect(() => expandUrl('http://h:${FLOW_E2E_API_80}/', { FLOW_E2E_WEB_80: '1' })).toThrow(
      /\$\{FLOW_E2E_API_80\} is not a published port of the stack \(known: FLOW_E2E_WEB_80\)/,
    );
  });

  test('a health URL is polled until it answers 2xx', async () => {
    const check = await checkHealthUrl(
      { name: 'api', url: `${base}/warming`, written: '' },
      { expect: ['2xx'], deadline: soon() },
    );
    expect(check).toMatchObject({ passed: true, status: 200, message: 'answered 200' });
    expect(hits).toBe(3);
  });

  test('a health URL answering 404 fails at once: a 4xx does not heal', async () => {
    const attempts: Attempt[] = [];
    const check = await checkHealthUrl(
      { name: 'gone', url: `${base}/gone`, written: '' },
      { expect: ['2xx'], deadline: Date.now() + 60_000, onAttempt: (a) => attempts.push(a) },
    );
    expect(check).toMatchObject({
      passed: false,
      status: 404,
      message: 'answered 404, expected 2xx (a 4xx does not heal: not asked again)',
    });
    expect(check.seconds).toBeLessThan(1);
    expect(attempts).toEqual([{ status: 404, error: undefined }]);
  });

  test('5xx, 429 and a refused connection are asked again until the deadline', async () => {
    for (const path of ['/busy', '/overloaded']) {
      const attempts: Attempt[] = [];
      const check = await checkHealthUrl(
        { name: 'x', url: `${base}${path}`, written: '' },
        { expect: ['2xx'], deadline: Date.now() + 700, onAttempt: (a) => attempts.push(a) },
      );
      expect(check.passed).toBe(false);
      expect(check.message).toMatch(/^answered (500|429), expected 2xx$/);
      expect(attempts.length).toBeGreaterThan(1);
    }
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await checkHealthUrl(
      { name: 'x', url: `http://127.0.0.1:${port}/health`, written: '' },
      { expect: ['2xx'], deadline: Date.now() + 600 },
    );
    expect(refused.message).toBe('no answer (ECONNREFUSED)');
    expect(refused.seconds).toBeGreaterThan(0.3);
  });

  test('a 404 on a metrics URL fails at once too', async () => {
    const check = await checkMetricsUrl(
      { name: 'm', url: `${base}/nope`, written: '' },
      { required: [], deadline: Date.now() + 60_000 },
    );
    expect(check.message).toBe('answered 404, expected 200 (a 4xx does not heal: not asked again)');
  });

  test('metrics: a valid exposition with the required metrics passes; HTML or a missing metric fails', async () => {
    const ok = await checkMetricsUrl(
      { name: 'm', url: `${base}/metrics`, written: '' },
      { required: ['up'], deadline: soon() },
    );
    expect(ok).toMatchObject({ passed: true, message: '1 metric families, 1 samples' });
    const missing = await checkMetricsUrl(
      { name: 'm', url: `${base}/metrics`, written: '' },
      { required: ['up', 'jobs_total'], deadline: soon() },
    );
    expect(missing).toMatchObject({
      passed: false,
      message: 'missing required metrics: jobs_total',
    });
    const html = await checkMetricsUrl(
      { name: 'h', url: `${base}/html`, written: '' },
      { required: [], deadline: soon() },
    );
    expect(html.passed).toBe(false);
    expect(html.message).toMatch(/^not a valid Prometheus text exposition: line 1/);
  });
});
