import { describe, expect, test } from '@jest/globals';
import { changedOperations } from './changes.ts';
import { lintSpec, loadSpec } from './lint.ts';

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
      { file: 'docs/openapi/api.yaml', line: 4, method: 'GET', path: '/pets', findings: 5 },
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
