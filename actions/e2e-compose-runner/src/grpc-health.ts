import { Client, credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import type { UrlCheck } from './http-checks.ts';

/** A `grpc-health` line: `host:port[/service]`; the port may be a `${FLOW_E2E_…}` placeholder. */
export interface GrpcTarget {
  /** host:port as written. */
  address: string;
  /** The service asked about; '' is the server as a whole. */
  service: string;
}

/**
 * grpc.health.v1: `Check(HealthCheckRequest{service=1}) → HealthCheckResponse{status=1}`. Its
 * two messages have one field each, so they are encoded here (a static definition, nothing
 * loaded from a .proto at run time) instead of bundling a protobuf library for them.
 */
const CHECK_METHOD = '/grpc.health.v1.Health/Check';
export const SERVING_STATUS = ['UNKNOWN', 'SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN'] as const;

export function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return bytes;
}

export function encodeCheckRequest(service: string): Buffer {
  // Written even when empty (the server as a whole): equally valid protobuf.
  const name = Buffer.from(service, 'utf8');
  return Buffer.concat([Buffer.from([0x0a, ...varint(name.length)]), name]);
}

/** The `status` field (1, varint) of a HealthCheckResponse; 0 (UNKNOWN) when absent. */
export function decodeCheckResponse(bytes: Buffer): number {
  let at = 0;
  const readVarint = () => {
    let value = 0;
    for (let shift = 0; at < bytes.length && shift < 35; shift += 7) {
      const byte = bytes[at++]!;
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
    }
    throw new Error('malformed HealthCheckResponse');
  };
  let found = 0;
  while (at < bytes.length) {
    const key = readVarint();
    const wire = key & 7;
    if (wire === 0) {
      const value = readVarint();
      if (key >>> 3 === 1) found = value;
    } else if (wire === 2) {
      const length = readVarint();
      at += length;
    } else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else throw new Error('malformed HealthCheckResponse');
  }
  return found;
}

const CALL_TIMEOUT_MS = 5000;
const POLL_MS = 250;
/** gRPC codes that will not heal by asking again: no health service, an unknown service. */
const FINAL_CODES = new Set<number>([status.UNIMPLEMENTED, status.NOT_FOUND]);

function check(client: Client, service: string): Promise<number> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      CHECK_METHOD,
      encodeCheckRequest,
      decodeCheckResponse,
      service,
      new Metadata(),
      { deadline: Date.now() + CALL_TIMEOUT_MS },
      (error: ServiceError | null, value?: number) => (error ? reject(error) : resolve(value ?? 0)),
    );
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ask until SERVING, a final error (UNIMPLEMENTED, NOT_FOUND) or the deadline. */
export async function checkGrpcHealth(
  target: { name: string; address: string; service: string; written: string },
  options: { deadline: number; signal?: AbortSignal; onAttempt?: (last: string) => void },
): Promise<UrlCheck> {
  const started = Date.now();
  const client = new Client(target.address, credentials.createInsecure());
  let message = 'not asked yet';
  let passed = false;
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      let final = false;
      try {
        const answer = SERVING_STATUS[await check(client, target.service)] ?? 'UNKNOWN';
        passed = answer === 'SERVING';
        message = `answered ${answer}`;
        if (!passed) message += ', expected SERVING';
      } catch (error) {
        const failure = error as ServiceError;
        final = FINAL_CODES.has(failure.code);
        message = `no answer (${status[failure.code] ?? 'error'}: ${failure.details || failure.message})`;
        if (final) message += ': not asked again';
      }
      options.onAttempt?.(message);
      if (passed || final || Date.now() + POLL_MS >= options.deadline) break;
      await sleep(POLL_MS);
    }
  } finally {
    client.close();
  }
  const url = `${target.address}${target.service ? `/${target.service}` : ''}`;
  return {
    kind: 'grpc',
    name: target.name,
    url,
    written: target.written,
    passed,
    status: undefined,
    seconds: (Date.now() - started) / 1000,
    message,
  };
}
