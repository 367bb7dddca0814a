import type { Finding } from '@flow-actions/kit';
import { checkOperation, COMPLETENESS_RULES, securityContext } from './completeness.ts';
import { listOperations, operationKey, type Operation, type OperationKind } from './operations.ts';
import { DocumentSet, type FileSource } from './refs.ts';
import { validateDocument } from './schema-validation.ts';
import { isOpenApiDocument, parseSource, swaggerVersion } from './source.ts';

export interface LintOptions {
  /** Completeness rules to apply (all of them by default). */
  rules?: ReadonlySet<string>;
  /** Validate against the official JSON Schema and report broken `$ref`s (on by default). */
  structure?: boolean;
  /** Only these operations (`METHOD /path`); all when undefined. */
  only?: ReadonlySet<string>;
}

/** An operation that was checked, for the JSON report. */
export interface CheckedOperation {
  kind: OperationKind;
  file: string;
  line: number;
  method: string;
  path: string;
  callback?: { name: string; of: string };
  operationId?: string;
  findings: number;
}

export interface LintResult {
  findings: Finding[];
  operations: CheckedOperation[];
}

const ALL_RULES: ReadonlySet<string> = new Set(COMPLETENESS_RULES);

/** What a YAML or JSON file turned out to be. */
export type LoadedSpec =
  | { kind: 'openapi'; documents: DocumentSet }
  | { kind: 'swagger'; version: string }
  | { kind: 'other' };

/** Parse a file and, when it is an OpenAPI 3 document, load every file its `$ref`s reach. */
export async function readSpec(
  file: string,
  text: string,
  source: FileSource,
): Promise<LoadedSpec> {
  const root = parseSource(file, text);
  if (isOpenApiDocument(root.value)) {
    return { kind: 'openapi', documents: await DocumentSet.load(root, source) };
  }
  const swagger = swaggerVersion(root.value);
  return swagger ? { kind: 'swagger', version: swagger } : { kind: 'other' };
}

/** A spec file and the files its `$ref`s reach, or undefined when it is not an OpenAPI 3 document. */
export async function loadSpec(
  file: string,
  text: string,
  source: FileSource,
): Promise<DocumentSet | undefined> {
  const spec = await readSpec(file, text, source);
  return spec.kind === 'openapi' ? spec.documents : undefined;
}

function checked(operation: Operation, findings: number): CheckedOperation {
  const id = operation.operation.operationId;
  return {
    kind: operation.kind,
    file: operation.file,
    line: operation.line,
    method: operation.method.toUpperCase(),
    path: operation.path,
    ...(operation.callback ? { callback: operation.callback } : {}),
    ...(typeof id === 'string' ? { operationId: id } : {}),
    findings,
  };
}

/** Structure (schema, references) and completeness findings of one OpenAPI document. */
export function lintSpec(documents: DocumentSet, options: LintOptions = {}): LintResult {
  const findings: Finding[] = [];
  if (options.structure ?? true) {
    findings.push(...validateDocument(documents.root));
    for (const broken of documents.broken) {
      findings.push({
        rule: 'broken-ref',
        severity: 'error',
        message: `$ref ${JSON.stringify(broken.ref)} does not resolve: ${broken.reason}`,
        file: broken.file,
        line: broken.line,
      });
    }
  }
  const rules = options.rules ?? ALL_RULES;
  const security = securityContext(documents);
  const operations: CheckedOperation[] = [];
  for (const operation of listOperations(documents)) {
    if (options.only && !options.only.has(operationKey(operation))) continue;
    const found = checkOperation(operation, documents, security, rules);
    findings.push(...found);
    operations.push(checked(operation, found.length));
  }
  return { findings, operations };
}
