/**
 * Hand-checked base/head pairs for the differential test: one change each, on a small document,
 * with the ids we expect. Optic runs on the same pairs; where it differs, the test says so.
 */
import type { BreakingRule } from '../rules.ts';

export const ZOO = `openapi: 3.0.3
info: { title: Zoo, version: 1.0.0 }
paths:
  /animals:
    get:
      operationId: listAnimals
      parameters:
        - { name: kind, in: query, schema: { type: string, enum: [cat, dog] } }
        - { name: limit, in: query, schema: { type: integer } }
        - { name: X-Trace, in: header, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Animal' } }
            text/csv:
              schema: { type: string }
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/NewAnimal' }
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Animal' }
        '202': { description: queued }
  /animals/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Animal' }
        '404': { description: missing }
    delete:
      responses:
        '204': { description: gone }
components:
  schemas:
    Animal:
      type: object
      required: [id, name, kind]
      properties:
        id: { type: string }
        name: { type: string }
        kind: { type: string, enum: [cat, dog] }
        age: { type: integer }
        born: { type: string, format: date }
    NewAnimal:
      type: object
      required: [name]
      properties:
        name: { type: string }
        kind: { type: string, enum: [cat, dog] }
        age: { type: integer }
        weight: { type: number }
`;

export interface Pair {
  name: string;
  base: string;
  head: string;
  expected: BreakingRule[];
}

/** ZOO with each [from, to] replaced once (each `from` must be there). */
function edit(text: string, ...replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => {
    if (!result.includes(from)) throw new Error(`the pair edits text that is not there: ${from}`);
    return result.replace(from, to);
  }, text);
}

const ANIMAL_KIND =
  '        kind: { type: string, enum: [cat, dog] }\n        age: { type: integer }\n        born';
const NEW_KIND =
  '        kind: { type: string, enum: [cat, dog] }\n        age: { type: integer }\n        weight';
const KIND_PARAMETER = '- { name: kind, in: query, schema: { type: string, enum: [cat, dog] } }';
const REQUEST_BODY = '    post:\n      requestBody:\n';
const SECURED = 'info: { title: Zoo, version: 1.0.0 }\nsecurity: [{ key: [] }]';
const SCHEMES =
  'components:\n  securitySchemes:\n    key: { type: apiKey, in: header, name: X-Key }\n    oauth: { type: http, scheme: bearer }\n';

const pair = (
  name: string,
  expected: BreakingRule[],
  ...replacements: [string, string][]
): Pair => ({
  name,
  base: ZOO,
  head: edit(ZOO, ...replacements),
  expected,
});

export const PAIRS: Pair[] = [
  pair('nothing changed', []),
  pair('operationId renamed', [], ['operationId: listAnimals', 'operationId: findAnimals']),
  pair(
    'path parameter renamed',
    [],
    ['/animals/{id}:', '/animals/{animalId}:'],
    ['name: id, in: path', 'name: animalId, in: path'],
  ),
  pair(
    'optional response property added',
    [],
    [
      '        born: { type: string, format: date }',
      '        born: { type: string, format: date }\n        color: { type: string }',
    ],
  ),
  pair(
    'optional request property added',
    [],
    [
      '        weight: { type: number }',
      '        weight: { type: number }\n        color: { type: string }',
    ],
  ),
  pair(
    'optional query parameter added',
    [],
    [
      '        - { name: limit,',
      '        - { name: page, in: query, schema: { type: integer } }\n        - { name: limit,',
    ],
  ),
  pair(
    'request enum value added',
    [],
    [NEW_KIND, NEW_KIND.replace('[cat, dog]', '[cat, dog, bird]')],
  ),
  pair(
    'request property type widened',
    [],
    [
      '        age: { type: integer }\n        weight',
      '        age: { type: number }\n        weight',
    ],
  ),
  pair('request property removed', [], ['        weight: { type: number }\n', '']),
  pair('operation deprecated', [], ['    delete:\n', '    delete:\n      deprecated: true\n']),
  pair('error response removed', [], ["        '404': { description: missing }\n", '']),
  pair(
    'path removed',
    ['api-path-removed'],
    [/ {2}\/animals\/\{id\}:\n(?: {4}.*\n)+/.exec(ZOO)![0], ''],
  ),
  pair(
    'operation removed',
    ['api-operation-removed'],
    ["    delete:\n      responses:\n        '204': { description: gone }\n", ''],
  ),
  pair(
    'success status removed',
    ['response-success-status-removed'],
    ["        '202': { description: queued }\n", ''],
  ),
  pair(
    'response media type removed',
    ['response-media-type-removed'],
    ['            text/csv:\n              schema: { type: string }\n', ''],
  ),
  pair(
    'response property removed',
    ['response-property-removed'],
    ['        age: { type: integer }\n        born', '        born'],
  ),
  pair(
    'response property made optional',
    ['response-property-became-optional'],
    ['required: [id, name, kind]', 'required: [id, kind]'],
  ),
  pair(
    'response property type changed',
    ['response-property-type-changed'],
    ['        id: { type: string }', '        id: { type: integer }'],
  ),
  pair(
    'response property format changed',
    ['response-property-type-changed'],
    ['format: date }', 'format: date-time }'],
  ),
  pair(
    'response enum value removed',
    ['response-property-enum-value-removed'],
    [ANIMAL_KIND, ANIMAL_KIND.replace('[cat, dog]', '[cat]')],
  ),
  pair(
    'response enum value added',
    [],
    [ANIMAL_KIND, ANIMAL_KIND.replace('[cat, dog]', '[cat, dog, bird]')],
  ),
  pair(
    'request property type changed',
    ['request-property-type-changed'],
    ['        weight: { type: number }', '        weight: { type: string }'],
  ),
  pair(
    'request enum value removed',
    ['request-property-enum-value-removed'],
    [NEW_KIND, NEW_KIND.replace('[cat, dog]', '[cat]')],
  ),
  pair(
    'request property added as required',
    ['new-required-request-property'],
    ['      required: [name]\n', '      required: [name, owner]\n'],
    [
      '        weight: { type: number }',
      '        weight: { type: number }\n        owner: { type: string }',
    ],
  ),
  pair(
    'request property made required',
    ['request-property-became-required'],
    ['      required: [name]\n', '      required: [name, kind]\n'],
  ),
  pair(
    'request body made required',
    ['request-body-became-required'],
    [REQUEST_BODY, `${REQUEST_BODY}        required: true\n`],
  ),
  {
    name: 'request body media type removed',
    base: edit(ZOO, [
      REQUEST_BODY + '        content:\n',
      `${REQUEST_BODY}        content:\n          text/plain: { schema: { type: string } }\n`,
    ]),
    head: ZOO,
    expected: ['request-body-media-type-removed'],
  },
  pair(
    'required header parameter added',
    ['new-required-request-parameter'],
    [
      '        - { name: limit,',
      '        - { name: X-Tenant, in: header, required: true, schema: { type: string } }\n        - { name: limit,',
    ],
  ),
  pair(
    'query parameter made required',
    ['request-parameter-became-required'],
    ['{ name: limit, in: query, schema', '{ name: limit, in: query, required: true, schema'],
  ),
  pair(
    'query parameter type changed',
    ['request-parameter-type-changed'],
    [
      '{ name: limit, in: query, schema: { type: integer } }',
      '{ name: limit, in: query, schema: { type: string } }',
    ],
  ),
  pair(
    'query parameter enum value removed',
    ['request-parameter-enum-value-removed'],
    [KIND_PARAMETER, KIND_PARAMETER.replace('[cat, dog]', '[cat]')],
  ),
  pair(
    'parameter moved from header to query',
    ['request-parameter-location-changed'],
    ['{ name: X-Trace, in: header', '{ name: X-Trace, in: query'],
  ),
  pair(
    'security requirement added',
    ['api-security-added'],
    ['info: { title: Zoo, version: 1.0.0 }', SECURED],
    ['components:\n', SCHEMES],
  ),
  {
    name: 'security alternative added',
    base: edit(ZOO, ['info: { title: Zoo, version: 1.0.0 }', SECURED], ['components:\n', SCHEMES]),
    head: edit(
      ZOO,
      [
        'info: { title: Zoo, version: 1.0.0 }',
        `${SECURED.replace('[{ key: [] }]', '[{ key: [] }, { oauth: [] }]')}`,
      ],
      ['components:\n', SCHEMES],
    ),
    expected: [],
  },
];
