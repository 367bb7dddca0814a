import type { Finding } from '@flow-actions/kit';
import { checkOperation, COMPLETENESS_RULES, securityContext } from './completeness.ts';
import { listOperations, operationKey, type Operation } from './operations.ts';
import { DocumentSet, type FileSource } from './refs.ts';
import { validateDocument } from './schema-validation.ts';
import { isOpenApiDocument, parseSource } from './source.ts';

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
  file: string;
  line: number;
  method: string;
  path: string;
  operationId?: string;
  findings: number;
}

export interface LintResult {
  findings: Finding[];
  operations: CheckedOperation[];
}

const ALL_RULES: ReadonlySet<string> = new Set(COMPLETENESS_RULES);

/** A spec file and the files its `$ref`s reach, or undefined when it is not an OpenAPI 3 document. */
export async function loadSpec(
  file: string,
  text: string,
  source: FileSource,
): Promise<DocumentSet | undefined> {
  const root = parseSource(file, text);
  if (!isOpenApiDocument(root.value)) return undefined;
  return DocumentSet.load(root, source);
}

function checked(operation: Operation, findings: number): CheckedOperation {
  const id = operation.operation.operationId;
  return {
    file: operation.file,
    line: operation.line,
    method: operation.method.toUpperCase(),
    path: operation.path,
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
