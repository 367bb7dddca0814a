import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Server } from '@grpc/grpc-js';
import { healthServer } from '../fixtures/grpc-health-server.ts';
import { checkGrpcHealth, decodeCheckResponse, encodeCheckRequest } from './grpc-health.ts';

let server: Server;
let address: string;
beforeAll(async () => {
  const started = await healthServer();
  server = started.server;
  address = `127.0.0.1:${started.port}`;
});
afterAll(() => server.forceShutdown());

const target = (service: string) => ({ name: 'api', address, service, written: address });

describe('gRPC health (grpc.health.v1)', () => {
  test('the messages encode as protobuf does', () => {
    expect(encodeCheckRequest('')).toEqual(Buffer.from([0x0a, 0]));
    expect(encodeCheckRequest('a.B')).toEqual(Buffer.from([0x0a, 3, 0x61, 0x2e, 0x42]));
    expect(decodeCheckResponse(Buffer.from([0x08, 0x01]))).toBe(1);
    expect(decodeCheckResponse(Buffer.alloc(0))).toBe(0);
    // An unknown length-delimited field before the status is skipped.
    expect(decodeCheckResponse(Buffer.from([0x12, 0x01, 0x00, 0x08, 0x02]))).toBe(2);
    expect(() => decodeCheckResponse(Buffer.from([0x08, 0x80]))).toThrow(/malformed/);
  });

  test('the whole server, and a service that turns SERVING, pass', async () => {
    const whole = await checkGrpcHealth(target(''), { deadline: Date.now() + 5000 });
    expect(whole).toMatchObject({ kind: 'grpc', passed: true, message: 'answered SERVING' });
    const ready = await checkGrpcHealth(target('ready'), { deadline: Date.now() + 5000 });
    expect(ready).toMatchObject({ passed: true, url: `${address}/ready` });
  });

  test('NOT_SERVING is asked again until the deadline; an unknown service fails at once', async () => {
    const down = await checkGrpcHealth(target('down'), { deadline: Date.now() + 700 });
    expect(down).toMatchObject({
      passed: false,
      message: 'answered NOT_SERVING, expected SERVING',
    });
    expect(down.seconds).toBeGreaterThan(0.4);
    const unknown = await checkGrpcHealth(target('nope'), { deadline: Date.now() + 60_000 });
    expect(unknown.passed).toBe(false);
    expect(unknown.message).toMatch(/^no answer \(NOT_FOUND: .*\): not asked again$/);
    expect(unknown.seconds).toBeLessThan(5);
  });
});
