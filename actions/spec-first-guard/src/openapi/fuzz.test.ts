import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { stringify } from 'yaml';
import { changedOperations } from './changes.ts';
import { lintSpec, readSpec } from './lint.ts';
import type { FileSource } from './refs.ts';
import { seededRandom as random } from '@flow-actions/testing';

const require = createRequire(import.meta.url);
/** Cases per test: enough to meet every parser path, few enough for CI's two cores. */
const ROUNDS = 500;
const seeds = [
  '@readme/oas-examples/3.0/json/petstore-expanded.json',
  '@readme/oas-examples/3.0/json/callbacks.json',
  '@readme/oas-examples/3.1/json/webhooks.json',
  '@readme/oas-examples/3.1/yaml/petstore.yaml',
].map((name) => readFileSync(require.resolve(name), 'utf8'));

const PIECES = [
  '$ref: "#/"',
  '{ $ref: "./other.yaml#/a" }',
  '"$ref": "#/paths"',
  '$ref: "../../etc/passwd"',
  '$ref: "https://example.com/x.yaml"',
  '&a [*a]',
  '*b',
  '<<: *a',
  '\u0000',
  '\uFEFF',
  '"\\u',
  ': :',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '\n  ',
  '\t',
  'callbacks: { x: { "{$url}": { post: 1 } } }',
  'webhooks: 7',
  'paths: []',
  'openapi: 3.1.0',
  'swagger: "2.0"',
  '#',
  '%YAML 1.2\n---\n',
  '!!binary aGk=',
  '!!js/function "x"',
  '9'.repeat(400),
];

/** The seed text with a few bytes flipped, cut, or pieces of YAML/JSON syntax put in. */
function mutate(text: string, next: () => number): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 4);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * result.length);
    const kind = next();
    if (kind < 0.3) result = result.slice(0, at);
    else if (kind < 0.6)
      result = result.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + result.slice(at);
    else if (kind < 0.8)
      result =
        result.slice(0, at) + String.fromCharCode(Math.floor(next() * 128)) + result.slice(at + 1);
    else
      result =
        result.slice(0, at) +
        result.slice(at, at + Math.floor(next() * 200)).repeat(3) +
        result.slice(at);
  }
  return result;
}

/** A random OpenAPI-shaped value: operations, refs (cycles, other files), odd types. */
function shaped(next: () => number, depth = 0): unknown {
  const pick = next();
  if (depth > 5 || pick < 0.2) return [1, 'x', null, true, [], {}][Math.floor(next() * 6)];
  if (pick < 0.3)
    return {
      $ref: ['#/paths', '#/components/x', 'other.yaml', 'other.yaml#/a', '#/a/b/c', '#'][
        Math.floor(next() * 6)
      ],
    };
  const keys = [
    'get',
    'post',
    'responses',
    'requestBody',
    'content',
    'schema',
    'callbacks',
    'parameters',
    'security',
    'allOf',
    'items',
    'properties',
    '4XX',
    '200',
    'x-a',
  ];
  const value: Record<string, unknown> = {};
  for (let index = Math.floor(next() * 4); index >= 0; index--)
    value[keys[Math.floor(next() * keys.length)]!] = shaped(next, depth + 1);
  return value;
}

const other: FileSource = {
  read: async (path) =>
    path === 'other.yaml'
      ? 'a: { $ref: "api.yaml#/paths" }\nb: { $ref: "other.yaml#/a" }\n'
      : undefined,
};

/** Only a result or a UsageError (exit 2) may come out: anything else would be an internal fault. */
async function outcome(file: string, text: string): Promise<string> {
  try {
    const spec = await readSpec(file, text, other);
    if (spec.kind !== 'openapi') return spec.kind;
    lintSpec(spec.documents);
    changedOperations(spec.documents, spec.documents);
    return 'linted';
  } catch (error) {
    if (error instanceof UsageError) return 'usage';
    throw error;
  }
}

describe('OpenAPI fuzz: any input gives a result or an input error', () => {
  test('mutated public descriptions, as YAML and JSON', async () => {
    const seen = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const next = random(round);
      const seed = seeds[round % seeds.length]!;
      const text = mutate(seed, next);
      const file = next() < 0.5 ? 'api.yaml' : 'api.json';
      seen.add(
        await outcome(file, text).catch((error: unknown) => {
          throw new Error(`case ${round} (${file}): ${(error as Error).stack}`);
        }),
      );
    }
    expect(seen).toContain('usage');
    expect(seen).toContain('linted');
  });

  test('random OpenAPI-shaped documents', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const next = random(100_000 + round);
      const document = {
        openapi: next() < 0.5 ? '3.0.3' : '3.1.0',
        info: {},
        paths: { '/a': shaped(next), '/b': shaped(next) },
        webhooks: { w: shaped(next) },
        components: { x: shaped(next) },
      };
      const text = next() < 0.5 ? JSON.stringify(document) : stringify(document);
      await outcome(next() < 0.5 ? 'api.yaml' : 'api.json', text).catch((error: unknown) => {
        throw new Error(`case ${round}: ${(error as Error).stack}`);
      });
    }
  });

  test('deep nesting, long keys and alias bombs', async () => {
    const deep = (open: string, close: string, depth: number) =>
      open.repeat(depth) + close.repeat(depth);
    const bomb = Array.from({ length: 10 }, (_, level) =>
      level === 0
        ? 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'
        : `l${level}: &l${level} [${Array.from({ length: 10 }, () => `*l${level - 1}`).join(', ')}]`,
    ).join('\n');
    const texts: [string, string][] = [
      [
        'api.json',
        `{"openapi":"3.0.3","paths":{"/a":{"get":{"responses":${deep('{"a":', '}', 1)}1}}},"x":${deep('[', ']', 100_000)}}`,
      ],
      [
        'api.json',
        `{"openapi":"3.0.3","x":${deep('{"a":', '}', 50_000).replace('{"a":}', '{"a":1}')}}`,
      ],
      ['api.yaml', `openapi: 3.0.3\nx: ${deep('[', ']', 100_000)}\n`],
      ['api.yaml', `openapi: 3.0.3\n${bomb}`],
      [
        'api.yaml',
        `openapi: 3.0.3\npaths:\n  ${'/x'.repeat(100_000)}: { get: { responses: {} } }\n`,
      ],
    ];
    for (const [file, text] of texts) {
      const started = performance.now();
      await outcome(file, text);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
