import { describe, expect, test } from '@jest/globals';
import { changedOperations } from './changes.ts';
import { lintSpec, loadSpec, readSpec } from './lint.ts';

const files: Record<string, string> = {
  'docs/openapi/paths/pets.yaml': [
    'get:',
    '  summary: List pets',
    '  responses:',
    "    '200':",
    '      description: ok',
    '      content:',
    '        application/json:',
    "          schema: { $ref: '../schemas.yaml#/Pets' }",
  ].join('\n'),
  'docs/openapi/schemas.yaml': 'Pets:\n  type: array\n  items: { type: string }\n',
};
const source = { read: async (path: string) => files[path] };

const root = (extra = '') =>
  [
    'openapi: 3.1.0',
    'info: { title: Pets, version: 1.0.0 }',
    'paths:',
    "  /pets: { $ref: './paths/pets.yaml' }",
    "  /cats: { $ref: './paths/cats.yaml' }",
    extra,
  ].join('\n');

describe('lintSpec', () => {
  test('follows relative $refs into other files and reports the broken ones', async () => {
    const documents = await loadSpec('docs/openapi/api.yaml', root(), source);
    const result = lintSpec(documents!);
    expect(result.operations).toEqual([
      {
        kind: 'path',
        file: 'docs/openapi/paths/pets.yaml',
        line: 1,
        method: 'GET',
        path: '/pets',
        findings: 5,
      },
    ]);
    expect(result.findings.filter((finding) => finding.rule === 'broken-ref')).toEqual([
      {
        rule: 'broken-ref',
        severity: 'error',
        message:
          '$ref "./paths/cats.yaml" does not resolve: docs/openapi/paths/cats.yaml does not exist',
        file: 'docs/openapi/api.yaml',
        line: 5,
      },
    ]);
    expect(result.findings.map((finding) => finding.rule)).not.toContain('response-schema');
  });

  test('operation-level $refs are followed, and findings sit in the file that holds the operation', async () => {
    const split: Record<string, string> = {
      'spec/resources/pets/list.yml': [
        'operationId: listPets',
        'summary: List pets',
        'description: All of them.',
        'parameters: [{ $ref: "../../shared.yml#/parameters/limit" }]',
        'responses:',
        "  '200': { $ref: '../../shared.yml#/responses/ok' }",
        "  '404': { $ref: '../../shared.yml#/responses/missing' }",
        'security: []',
      ].join('\n'),
      'spec/resources/pets/create.yml': [
        'summary: Add a pet',
        'requestBody: { $ref: "../../shared.yml#/requestBodies/pet" }',
        "responses: { '201': { description: made } }",
      ].join('\n'),
      'spec/shared.yml': [
        'parameters:',
        '  limit: { name: limit, in: query, schema: { type: integer } }',
        'responses:',
        '  ok: { description: ok, content: { application/json: { schema: { type: array }, example: [] } } }',
        '  missing: { description: none, content: { application/json: { schema: { type: object }, example: {} } } }',
        'requestBodies:',
        '  pet: { content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string } } }, example: {} } } }',
      ].join('\n'),
    };
    const text = [
      'openapi: 3.0.3',
      'info: { title: Pets, version: 1.0.0 }',
      'paths:',
      '  /pets:',
      "    get: { $ref: 'resources/pets/list.yml' }",
      "    post: { $ref: 'resources/pets/create.yml' }",
    ].join('\n');
    const documents = await loadSpec('spec/api.yaml', text, { read: async (path) => split[path] });
    const result = lintSpec(documents!);
    expect(
      result.operations.map((operation) => [operation.method, operation.file, operation.line]),
    ).toEqual([
      ['GET', 'spec/resources/pets/list.yml', 1],
      ['POST', 'spec/resources/pets/create.yml', 1],
    ]);
    expect(
      result.findings.map((finding) => `${finding.rule} ${finding.file}:${finding.line}`),
    ).toEqual([
      'operation-description spec/resources/pets/create.yml:1',
      'operation-operationId spec/resources/pets/create.yml:1',
      'operation-4xx-response spec/resources/pets/create.yml:1',
      'response-schema spec/resources/pets/create.yml:1',
      'security-defined spec/resources/pets/create.yml:1',
    ]);
  });

  test('callbacks and 3.1 webhooks are linted, keyed as such; a 4xx without schema is its own rule', async () => {
    const text = [
      'openapi: 3.1.0',
      'info: { title: Hooks, version: 1.0.0 }',
      'security: []',
      'paths:',
      '  /subscribe:',
      '    post:',
      '      summary: Subscribe',
      '      description: Subscribe.',
      '      operationId: subscribe',
      "      responses: { '400': { description: bad } }",
      '      callbacks:',
      '        onEvent:',
      "          '{$request.body#/url}':",
      '            post:',
      "              responses: { '200': { description: ok } }",
      'webhooks:',
      '  newPet:',
      '    post:',
      "      responses: { '200': { description: ok } }",
    ].join('\n');
    const documents = await loadSpec('hooks.yaml', text, source);
    const findings = lintSpec(documents!, {
      rules: new Set(['operation-4xx-response', 'error-response-schema', 'operation-operationId']),
      structure: false,
    }).findings;
    expect(findings.map((finding) => [finding.rule, finding.line, finding.message])).toEqual([
      ['error-response-schema', 6, 'POST /subscribe: no 4xx response (400) has a schema'],
      [
        'operation-4xx-response',
        14,
        'POST {$request.body#/url} (callback onEvent of POST /subscribe): has no 4xx response',
      ],
      // As in Redocly: a callback needs no operationId, a webhook no 4xx response.
      ['operation-operationId', 18, 'POST webhook newPet: has no operationId'],
    ]);
  });

  test('a Swagger 2.0 document is told apart from other YAML', async () => {
    expect(await readSpec('old.yaml', 'swagger: "2.0"\npaths: {}\n', source)).toEqual({
      kind: 'swagger',
      version: '2.0',
    });
    expect(await readSpec('x.yaml', 'name: x\n', source)).toEqual({ kind: 'other' });
  });

  test('finds the $refs of JSON documents in the text, at their lines', async () => {
    const text = JSON.stringify(
      {
        openapi: '3.0.3',
        paths: { '/a': { $ref: '#/x-items/a' }, '/b': { $ref: '#/x-items/missing' } },
        'x-items': { a: { description: 'says "$ref": "#/nowhere"' } },
      },
      null,
      2,
    );
    const documents = await loadSpec('api.json', text, source);
    expect(documents!.broken).toEqual([
      {
        ref: '#/x-items/missing',
        file: 'api.json',
        line: text.split('\n').findIndex((line) => line.includes('missing')) + 1,
        reason: 'nothing is at that pointer',
      },
    ]);
  });

  test('request bodies: nested objects and array items declare required and typed properties', async () => {
    const text = [
      'openapi: 3.0.3',
      'paths:',
      '  /orders:',
      '    post:',
      '      requestBody:',
      '        content:',
      '          application/json:',
      '            schema:',
      '              type: object',
      '              required: [lines]',
      '              properties:',
      '                note: { type: string }',
      '                address: { $ref: "#/components/schemas/Address" }',
      '                lines:',
      '                  type: array',
      '                  items:',
      '                    type: object',
      '                    properties: { sku: { type: string }, qty: {} }',
      'components:',
      '  schemas:',
      '    Address:',
      '      type: object',
      '      required: [city]',
      '      properties: { city: { type: string }, next: { $ref: "#/components/schemas/Address" } }',
    ].join('\n');
    const documents = await loadSpec('api.yaml', text, source);
    const findings = lintSpec(documents!, {
      rules: new Set(['request-body-validation']),
      structure: false,
    }).findings;
    expect(findings.map((finding) => [finding.line, finding.message])).toEqual([
      [
        4,
        'POST /orders: request body object `lines[]` (application/json) declares no required properties',
      ],
      [4, 'POST /orders: request body property `lines[].qty` (application/json) has no type'],
    ]);
  });

  test('validates 3.1 documents against the official schema', async () => {
    const documents = await loadSpec('api.yaml', root('x-ok: 1\nwebhook: {}'), source);
    expect(
      lintSpec(documents!, { rules: new Set() }).findings.filter(
        (finding) => finding.rule === 'openapi-schema',
      ),
    ).toEqual([
      expect.objectContaining({ line: 7, message: expect.stringContaining('`webhook`') }),
    ]);
  });

  test('an operation changed through a referenced file counts as changed', async () => {
    const before = await loadSpec('docs/openapi/api.yaml', root(), source);
    files['docs/openapi/schemas.yaml'] = 'Pets:\n  type: array\n  items: { type: integer }\n';
    const after = await loadSpec('docs/openapi/api.yaml', root(), source);
    expect([...changedOperations(after!, before)]).toEqual(['GET /pets']);
    expect([...changedOperations(after!, after)]).toEqual([]);
    expect(
      await loadSpec('docs/openapi/other.yaml', 'title: not openapi\n', source),
    ).toBeUndefined();
    const shared = (type: string) =>
      [
        'openapi: 3.0.3',
        'paths:',
        "  /a: { get: { responses: { '200': { $ref: '#/components/responses/A' } } } }",
        "  /b: { get: { responses: { '200': { description: b } } } }",
        "  /c: { get: { responses: { '200': { $ref: '#/components/responses/A' } } } }",
        'components:',
        "  responses: { A: { description: a, content: { application/json: { schema: { $ref: '#/components/schemas/S' } } } } }",
        `  schemas: { S: { type: ${type}, items: { $ref: '#/components/schemas/S' } } }`,
      ].join('\n');
    const base = await loadSpec('api.yaml', shared('array'), source);
    const head = await loadSpec('api.yaml', shared('object'), source);
    expect([...changedOperations(head!, base)]).toEqual(['GET /a', 'GET /c']);
  });
});
