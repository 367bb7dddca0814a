import type { Finding } from '@flow-actions/kit';
import { operationKey, type Operation, type OperationKind } from './operations.ts';
import { isRecord } from '@flow-actions/kit/yaml';
import type { DocumentSet } from './refs.ts';

/** The completeness rules, each with its own name; the first five are Redocly's names too. */
export const COMPLETENESS_RULES = [
  'operation-summary',
  'operation-description',
  'operation-operationId',
  'operation-4xx-response',
  'security-defined',
  'error-response-schema',
  'request-body-schema',
  'request-body-validation',
  'response-schema',
  'request-example',
  'response-example',
] as const;

export type CompletenessRule = (typeof COMPLETENESS_RULES)[number];

/** The rules that Redocly's recommended ruleset also has, for the differential test and the benchmark. */
export const OVERLAPPING_RULES: readonly CompletenessRule[] = COMPLETENESS_RULES.slice(0, 5);

const BODY_METHODS = new Set(['post', 'put', 'patch']);
const NO_BODY_STATUSES = new Set(['204', '304']);

interface Check {
  operation: Operation;
  documents: DocumentSet;
  enabled: ReadonlySet<string>;
  findings: Finding[];
}

/**
 * Operations a rule does not ask of, as in Redocly: a callback's operationId (the consumer
 * implements it), a webhook's 4xx responses (the receiver answers).
 */
const EXEMPT: Partial<Record<CompletenessRule, OperationKind>> = {
  'operation-operationId': 'callback',
  'operation-4xx-response': 'webhook',
  'error-response-schema': 'webhook',
};

function report(check: Check, rule: CompletenessRule, message: string): void {
  if (!check.enabled.has(rule) || EXEMPT[rule] === check.operation.kind) return;
  const { operation } = check;
  check.findings.push({
    rule,
    severity: 'error',
    message: `${operationKey(operation)}: ${message}`,
    file: operation.file,
    line: operation.line,
  });
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function checkTexts(check: Check): void {
  const { operation } = check.operation;
  if (!nonEmptyString(operation.summary)) report(check, 'operation-summary', 'has no summary');
  if (!nonEmptyString(operation.description))
    report(check, 'operation-description', 'has no description');
  if (!nonEmptyString(operation.operationId))
    report(check, 'operation-operationId', 'has no operationId');
}

/** Media types of a request body or response: name → media type object, references followed. */
function mediaTypes(
  check: Check,
  owner: Record<string, unknown>,
  file: string,
): [string, Record<string, unknown>, string][] {
  const content = check.documents.deref(owner.content, file);
  if (!isRecord(content.value)) return [];
  return Object.entries(content.value).flatMap(([name, raw]) => {
    const media = check.documents.deref(raw, content.file);
    return isRecord(media.value)
      ? [[name, media.value, media.file] as [string, Record<string, unknown>, string]]
      : [];
  });
}

function hasExample(check: Check, media: Record<string, unknown>, file: string): boolean {
  if (media.example !== undefined) return true;
  if (isRecord(media.examples) && Object.keys(media.examples).length > 0) return true;
  const schema = check.documents.deref(media.schema, file).value;
  return isRecord(schema) && (schema.example !== undefined || Array.isArray(schema.examples));
}

const TYPED_KEYWORDS = ['type', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', 'not'];

function isObjectSchema(schema: Record<string, unknown>): boolean {
  return (
    schema.type === 'object' ||
    (Array.isArray(schema.type) && schema.type.includes('object')) ||
    isRecord(schema.properties)
  );
}

/** How deep into nested objects and arrays the request body's validation rules are checked. */
const MAX_NESTING = 6;

/** A schema and the `allOf` parts it is made of, references followed. */
function schemaParts(
  check: Check,
  value: unknown,
  file: string,
): { schema: Record<string, unknown>; file: string }[] {
  const parts: { schema: Record<string, unknown>; file: string }[] = [];
  const collect = (part: unknown, from: string, depth: number) => {
    const located = check.documents.deref(part, from);
    if (!isRecord(located.value) || depth > MAX_NESTING) return;
    parts.push({ schema: located.value, file: located.file });
    if (Array.isArray(located.value.allOf)) {
      for (const member of located.value.allOf) collect(member, located.file, depth + 1);
    }
  };
  collect(value, file, 0);
  return parts;
}

/**
 * Every object schema of the request body, nested ones and array items included, declares
 * `required` and a type for each property. `path` names the nested object (`address`,
 * `items[]`); `seen` cuts recursive schemas.
 */
function checkValidation(
  check: Check,
  media: string,
  value: unknown,
  file: string,
  path: string,
  seen: Set<unknown>,
): void {
  const parts = schemaParts(check, value, file);
  if (parts.some((part) => seen.has(part.schema)) || path.split('.').length > MAX_NESTING) return;
  for (const part of parts) seen.add(part.schema);
  if (!parts.some((part) => isObjectSchema(part.schema))) {
    const items = parts.find((part) => part.schema.items !== undefined);
    if (items) checkValidation(check, media, items.schema.items, items.file, `${path}[]`, seen);
    return;
  }
  const where = path ? `object \`${path}\`` : 'schema';
  if (
    !parts.some((part) => Array.isArray(part.schema.required) && part.schema.required.length > 0)
  ) {
    report(
      check,
      'request-body-validation',
      `request body ${where} (${media}) declares no required properties`,
    );
  }
  for (const part of parts) {
    if (!isRecord(part.schema.properties)) continue;
    for (const [name, raw] of Object.entries(part.schema.properties)) {
      const property = check.documents.deref(raw, part.file);
      const named = path ? `${path}.${name}` : name;
      const typed =
        isRecord(property.value) &&
        TYPED_KEYWORDS.some(
          (keyword) => (property.value as Record<string, unknown>)[keyword] !== undefined,
        );
      if (!typed)
        report(
          check,
          'request-body-validation',
          `request body property \`${named}\` (${media}) has no type`,
        );
      else checkValidation(check, media, raw, part.file, named, seen);
    }
  }
}

function checkRequestBody(check: Check): void {
  const { operation, method } = check.operation;
  if (!BODY_METHODS.has(method)) return;
  const body = check.documents.deref(operation.requestBody, check.operation.source);
  if (!isRecord(body.value)) {
    report(check, 'request-body-schema', 'has no request body');
    return;
  }
  const media = mediaTypes(check, body.value, body.file);
  if (media.length === 0) report(check, 'request-body-schema', 'request body has no content');
  for (const [name, value, file] of media) {
    if (value.schema === undefined)
      report(check, 'request-body-schema', `request body (${name}) has no schema`);
    else checkValidation(check, name, value.schema, file, '', new Set());
    if (!hasExample(check, value, file))
      report(check, 'request-example', `request body (${name}) has no example`);
  }
}

function checkResponses(check: Check): void {
  const { operation, method } = check.operation;
  const responses = check.documents.deref(operation.responses, check.operation.source);
  const entries = isRecord(responses.value)
    ? Object.entries(responses.value).filter(([status]) => !status.startsWith('x-'))
    : [];
  const clientErrors = entries.filter(([status]) => /^4[0-9X]{2}$/i.test(status));
  if (clientErrors.length === 0) report(check, 'operation-4xx-response', 'has no 4xx response');
  let clientErrorSchema = false;
  for (const [status, raw] of entries) {
    const response = check.documents.deref(raw, responses.file);
    const media = isRecord(response.value) ? mediaTypes(check, response.value, response.file) : [];
    const withSchema = media.filter(([, value]) => value.schema !== undefined);
    if (/^4/.test(status) && withSchema.length > 0) clientErrorSchema = true;
    if (method === 'head' || NO_BODY_STATUSES.has(status)) continue;
    if (media.length === 0)
      report(check, 'response-schema', `response ${status} has no content schema`);
    for (const [name, value, file] of media) {
      if (value.schema === undefined)
        report(check, 'response-schema', `response ${status} (${name}) has no schema`);
      else if (!hasExample(check, value, file))
        report(check, 'response-example', `response ${status} (${name}) has no example`);
    }
  }
  if (clientErrors.length > 0 && !clientErrorSchema) {
    report(
      check,
      'error-response-schema',
      `no 4xx response (${clientErrors.map(([status]) => status).join(', ')}) has a schema`,
    );
  }
}

/** The security schemes a document defines, and its top-level requirement. */
export interface SecurityContext {
  global: unknown;
  schemes: ReadonlySet<string>;
}

export function securityContext(documents: DocumentSet): SecurityContext {
  const root = isRecord(documents.root.value) ? documents.root.value : {};
  const components = isRecord(root.components) ? root.components : {};
  const schemes = isRecord(components.securitySchemes)
    ? Object.keys(components.securitySchemes)
    : [];
  return { global: root.security, schemes: new Set(schemes) };
}

function checkSecurity(check: Check, security: SecurityContext): void {
  const own = check.operation.operation.security;
  const requirements = own ?? security.global;
  if (!Array.isArray(requirements)) {
    report(
      check,
      'security-defined',
      'has no security requirement (declare one, or `security: []` for a public endpoint)',
    );
    return;
  }
  for (const requirement of requirements) {
    if (!isRecord(requirement)) continue;
    for (const name of Object.keys(requirement)) {
      if (!security.schemes.has(name)) {
        report(
          check,
          'security-defined',
          `security scheme \`${name}\` is not defined in components.securitySchemes`,
        );
      }
    }
  }
}

/** All enabled completeness rules on one operation; every finding is at the operation's line. */
export function checkOperation(
  operation: Operation,
  documents: DocumentSet,
  security: SecurityContext,
  enabled: ReadonlySet<string>,
): Finding[] {
  const check: Check = { operation, documents, enabled, findings: [] };
  const wants = (...rules: CompletenessRule[]) => rules.some((rule) => enabled.has(rule));
  checkTexts(check);
  if (wants('request-body-schema', 'request-body-validation', 'request-example'))
    checkRequestBody(check);
  if (
    wants('operation-4xx-response', 'error-response-schema', 'response-schema', 'response-example')
  )
    checkResponses(check);
  if (wants('security-defined')) checkSecurity(check, security);
  return check.findings;
}
