import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A local stand-in for api.github.com on 127.0.0.1. Routes, methods, required request fields and
 * default response bodies all come from GitHub's published OpenAPI description
 * (@octokit/openapi), so a client that works here speaks the real API's shapes.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Operation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  params: string[];
  spec: Record<string, any>;
}

export interface ApiCall {
  method: string;
  path: string;
  operationId: string | undefined;
  params: Record<string, string>;
  query: Record<string, string>;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers an operation (by operationId, e.g. "issues/list-comments"); undefined = the spec's example. */
export type ApiHandler = (call: ApiCall) => ApiResponse | undefined;

export interface GitHubApiServer {
  url: string;
  calls: ApiCall[];
  close(): Promise<void>;
}

let description: Record<string, any> | undefined;
let operations: Operation[] | undefined;

export function githubDescription(): Record<string, any> {
  description ??= require('@octokit/openapi/generated/api.github.com.json') as Record<string, any>;
  return description;
}

function allOperations(): Operation[] {
  if (operations) return operations;
  operations = [];
  for (const [template, item] of Object.entries<Record<string, any>>(githubDescription().paths)) {
    const params: string[] = [];
    const source = template
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{([^}]+)\}/g, (_, name: string) => {
        params.push(name);
        return '([^/]+)';
      });
    for (const [method, spec] of Object.entries<Record<string, any>>(item)) {
      if (!spec.operationId) continue;
      operations.push({
        operationId: spec.operationId,
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        params,
        spec,
      });
    }
  }
  // Literal segments beat parameters: /repos/{o}/{r}/pulls/comments before /pulls/{pull_number}.
  operations.sort((a, b) => a.params.length - b.params.length);
  return operations;
}

/** Follow a local $ref ("#/components/examples/x") in the description. */
export function resolveRef<T = any>(value: any): T {
  let current = value;
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce(
        (node: any, key: string) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        githubDescription(),
      );
  }
  return current as T;
}

/** The documented example body of an operation's first success response. */
export function exampleResponse(operationId: string): { status: number; body: unknown } {
  const operation = allOperations().find((item) => item.operationId === operationId);
  if (!operation) throw new Error(`no operation ${operationId} in GitHub's OpenAPI description`);
  return defaultResponse(operation);
}

function defaultResponse(operation: Operation): { status: number; body: unknown } {
  const [status, response] = Object.entries<any>(operation.spec.responses).find(([code]) =>
    code.startsWith('2'),
  ) ?? ['200', {}];
  const content = resolveRef(response)?.content?.['application/json'];
  const example = content?.examples
    ? resolveRef(Object.values<any>(content.examples)[0])?.value
    : content?.example;
  return { status: Number(status), body: example ?? null };
}

function missingRequired(operation: Operation, body: any): string[] {
  const schema = resolveRef(
    resolveRef(operation.spec.requestBody)?.content?.['application/json']?.schema,
  );
  const required: string[] = schema?.required ?? [];
  return required.filter((name) => body === undefined || body === null || body[name] === undefined);
}

async function readBody(request: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Json) : undefined;
}

function send(response: ServerResponse, result: ApiResponse): void {
  response.writeHead(result.status, {
    'content-type': 'application/json; charset=utf-8',
    ...result.headers,
  });
  response.end(result.body === undefined ? '' : JSON.stringify(result.body));
}

/** Start the local API; unknown routes answer 404 as GitHub does, and every call is recorded. */
export async function startGitHubApi(
  handlers: Record<string, ApiHandler> = {},
): Promise<GitHubApiServer> {
  const calls: ApiCall[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const operation = allOperations().find(
      (item) => item.method === method && item.pattern.test(url.pathname),
    );
    const match = operation?.pattern.exec(url.pathname);
    const call: ApiCall = {
      method,
      path: url.pathname,
      operationId: operation?.operationId,
      params: Object.fromEntries(
        operation?.params.map((name, index) => [name, decodeURIComponent(match![index + 1]!)]) ??
          [],
      ),
      query: Object.fromEntries(url.searchParams),
      body: await readBody(request),
      headers: request.headers,
    };
    calls.push(call);
    if (!operation)
      return send(response, {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
      });
    const missing = missingRequired(operation, call.body);
    if (missing.length) {
      return send(response, {
        status: 422,
        body: { message: `Invalid request: missing ${missing.join(', ')}` },
      });
    }
    send(response, handlers[operation.operationId]?.(call) ?? defaultResponse(operation));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
