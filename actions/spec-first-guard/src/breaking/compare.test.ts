import { describe, expect, test } from '@jest/globals';
import { loadSpec } from '../openapi/lint.ts';
import { compareSpecs } from './compare.ts';
import { pointerOf } from './nodes.ts';

const PETS = `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
security: []
paths:
  /pets/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
    get:
      operationId: getPet
      parameters:
        - { name: fields, in: query, schema: { type: string, enum: [all, short] } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pet' }
        '404': { description: missing }
    put:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/PetInput' }
      responses:
        '204': { description: done }
  /owners:
    get:
      responses:
        '200': { description: ok }
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: { type: integer, format: int32 }
        name: { type: string }
        kind: { type: string, enum: [cat, dog] }
        tags: { type: array, items: { type: string } }
    PetInput:
      type: object
      properties:
        name: { type: string }
        kind: { type: string, enum: [cat, dog] }
        age: { type: integer }
`;

async function diff(base: string, head: string) {
  const source = { read: async () => undefined };
  const before = await loadSpec('api.yaml', base, source);
  const after = await loadSpec('api.yaml', head, source);
  return compareSpecs(before!, after!);
}

const rulesOf = async (head: string) => (await diff(PETS, head)).map((change) => change.rule);

describe('compareSpecs', () => {
  test('the same document, a renamed operationId, a renamed path parameter and added optional fields break nothing', async () => {
    expect(await diff(PETS, PETS)).toEqual([]);
    const renamed = PETS.replace('operationId: getPet', 'operationId: readPet')
      .replaceAll('/pets/{id}', '/pets/{petId}')
      .replace('name: id, in: path', 'name: petId, in: path')
      .replace(
        '        age: { type: integer }',
        '        age: { type: integer }\n        color: { type: string }',
      )
      .replace('        tags:', '        extra: { type: string }\n        tags:');
    expect(await diff(PETS, renamed)).toEqual([]);
  });

  test('a removed path, a removed operation, a removed success status and media type', async () => {
    const head = PETS.replace(/ {2}\/owners:\n(?: {4}.*\n)+/, '')
      .replace(/ {4}put:\n(?: {6}.*\n)+/, '')
      .replace("'404': { description: missing }", "'201': { description: other }");
    const changes = await diff(PETS, head);
    expect(changes.map((change) => [change.rule, change.operation])).toEqual([
      ['api-operation-removed', 'PUT /pets/{id}'],
      ['api-path-removed', '/owners'],
    ]);
    const status = await rulesOf(
      PETS.replace(
        "'200':\n          description: ok\n          content",
        "'201':\n          description: ok\n          content",
      ),
    );
    expect(status).toEqual(['response-success-status-removed']);
    const media = await diff(
      PETS,
      PETS.replace(
        '            application/json:\n              schema: { $ref',
        '            application/xml:\n              schema: { $ref',
      ),
    );
    expect(media.map((change) => change.message)).toEqual([
      'response 200 media type `application/json` was removed',
    ]);
  });

  test('response properties removed, made optional, retyped, reformatted, and enum values removed', async () => {
    const head = PETS.replace('required: [id, name]', 'required: [id]')
      .replace('id: { type: integer, format: int32 }', 'id: { type: integer, format: int64 }')
      .replace('        tags: { type: array, items: { type: string } }\n', '')
      .replace(
        'kind: { type: string, enum: [cat, dog] }\n        tags',
        'kind: { type: string, enum: [cat] }\n        tags',
      );
    const changes = await diff(PETS, head);
    expect(changes.map((change) => `${change.rule}: ${change.message}`)).toEqual([
      'response-property-type-changed: response 200 application/json property `id` changed: format int32 → int64',
      'response-property-became-optional: response 200 application/json property `name` became optional',
      'response-property-removed: response 200 application/json property `tags` was removed',
    ]);
    const enumOnly = await diff(
      PETS,
      PETS.replace(
        'properties:\n        id: { type: integer, format: int32 }\n        name: { type: string }\n        kind: { type: string, enum: [cat, dog] }',
        'properties:\n        id: { type: integer, format: int32 }\n        name: { type: string }\n        kind: { type: string, enum: [dog] }',
      ),
    );
    expect(enumOnly.map((change) => change.rule)).toEqual(['response-property-enum-value-removed']);
    expect(pointerOf(enumOnly[0]!.place)).toEqual([
      'components',
      'schemas',
      'Pet',
      'properties',
      'kind',
    ]);
  });

  test('a response type widened breaks; narrowed does not (a request the other way round)', async () => {
    expect(
      await rulesOf(
        PETS.replace(
          'id: { type: integer, format: int32 }',
          'id: { type: [integer, string], format: int32 }',
        ),
      ),
    ).toEqual(['response-property-type-changed']);
    expect(
      await rulesOf(
        PETS.replace('        age: { type: integer }', '        age: { type: number }'),
      ),
    ).toEqual([]);
    expect(
      await rulesOf(
        PETS.replace('        age: { type: integer }', '        age: { type: string }'),
      ),
    ).toEqual(['request-property-type-changed']);
  });

  test('request enum values: added is fine, removed breaks', async () => {
    const input = (values: string) =>
      PETS.replace(/(PetInput:[\s\S]*kind: \{ type: string, enum: )\[cat, dog\]/, `$1${values}`);
    expect(await rulesOf(input('[cat, dog, bird]'))).toEqual([]);
    expect(await rulesOf(input('[cat]'))).toEqual(['request-property-enum-value-removed']);
    expect(await rulesOf(PETS.replace('enum: [all, short] }', 'enum: [all] }'))).toEqual([
      'request-parameter-enum-value-removed',
    ]);
  });

  test('request properties and parameters added as required or made required; a parameter moved', async () => {
    const required = (list: string) =>
      PETS.replace(
        '    PetInput:\n      type: object\n',
        `    PetInput:\n      type: object\n      required: ${list}\n`,
      );
    expect(await rulesOf(required('[name]'))).toEqual(['request-property-became-required']);
    expect(
      await rulesOf(
        required('[name, owner]').replace(
          '        age: { type: integer }',
          '        age: { type: integer }\n        owner: { type: string }',
        ),
      ),
    ).toEqual(['request-property-became-required', 'new-required-request-property']);
    const parameter = (text: string) =>
      PETS.replace(
        '        - { name: fields, in: query, schema: { type: string, enum: [all, short] } }',
        text,
      );
    expect(
      await rulesOf(
        parameter(
          '        - { name: fields, in: query, required: true, schema: { type: string, enum: [all, short] } }',
        ),
      ),
    ).toEqual(['request-parameter-became-required']);
    expect(
      await rulesOf(
        parameter(
          '        - { name: fields, in: header, schema: { type: string, enum: [all, short] } }',
        ),
      ),
    ).toEqual(['request-parameter-location-changed']);
    expect(
      await rulesOf(
        parameter(
          '        - { name: fields, in: query, schema: { type: string, enum: [all, short] } }\n        - { name: X-Trace, in: header, required: true, schema: { type: string } }',
        ),
      ),
    ).toEqual(['new-required-request-parameter']);
    expect(
      await rulesOf(parameter('        - { name: fields, in: query, schema: { type: integer } }')),
    ).toEqual(['request-parameter-type-changed']);
    expect(
      await rulesOf(
        PETS.replace(
          '    put:\n      requestBody:\n',
          '    put:\n      requestBody:\n        required: true\n',
        ),
      ),
    ).toEqual(['request-body-became-required']);
  });

  test('security: a requirement added breaks, an alternative added does not', async () => {
    const secured = PETS.replace('security: []', 'security: [{ key: [] }]');
    expect(new Set(await rulesOf(secured))).toEqual(new Set(['api-security-added']));
    expect(
      await diff(
        secured,
        secured.replace('security: [{ key: [] }]', 'security: [{ key: [] }, { oauth: [] }]'),
      ),
    ).toEqual([]);
    expect(
      (
        await diff(
          secured,
          secured.replace('security: [{ key: [] }]', 'security: [{ key: [], oauth: [] }]'),
        )
      ).map((change) => change.message)[0],
    ).toBe('security: callers with key are refused; now needs key + oauth');
  });

  test('a recursive schema is compared without end', async () => {
    const tree = (leaf: string) =>
      PETS.replace(
        '        tags: { type: array, items: { type: string } }',
        `        tags: { type: array, items: { type: string } }\n        parent: { $ref: '#/components/schemas/Pet' }\n        leaf: { type: ${leaf} }`,
      );
    expect(await diff(tree('string'), tree('boolean'))).toEqual([
      expect.objectContaining({
        rule: 'response-property-type-changed',
        message: 'response 200 application/json property `leaf` changed: type string → boolean',
      }),
    ]);
  });
});
