import type { Finding } from '@flow-actions/kit';
import type { Settings } from '../settings.ts';
import type { PullRequestChanges } from '../repository.ts';
import { changedOperations } from '../openapi/changes.ts';
import { lintSpec, loadSpec, readSpec, type CheckedOperation } from '../openapi/lint.ts';
import { listOperations } from '../openapi/operations.ts';
import { isRecord } from '@flow-actions/kit/yaml';
import type { DocumentSet } from '../openapi/refs.ts';
import { isOpenApiCandidate } from '../openapi/source.ts';
import { applyLevels, enabledRules } from '../rules-config.ts';
import { serverBasePaths, type SpecRoute } from '../routes/drift.ts';

export interface SpecResult {
  findings: Finding[];
  operations: CheckedOperation[];
  /** Every operation of every spec at head, for route drift. */
  specRoutes: SpecRoute[];
  basePaths: string[];
  /** OpenAPI documents found at head. */
  documents: string[];
}

async function loadAt(
  source: PullRequestChanges['head'],
  file: string,
): Promise<DocumentSet | undefined> {
  const text = await source.read(file);
  return text === undefined ? undefined : loadSpec(file, text, source);
}

/** A Swagger 2.0 document is not linted: said, so its absence from the checks is not silent. */
function swaggerNotice(file: string, version: string): Finding {
  return {
    rule: 'swagger-not-linted',
    severity: 'notice',
    message: `${file} is a Swagger ${version} document: only OpenAPI 3 documents are linted; convert it to lint its operations`,
    file,
    line: 1,
  };
}

/** Lint the OpenAPI documents under spec-paths: changed operations, or all, as `lint` says. */
export async function checkSpecs(
  settings: Settings,
  changes: PullRequestChanges,
): Promise<SpecResult> {
  const result: SpecResult = {
    findings: [],
    operations: [],
    specRoutes: [],
    basePaths: [],
    documents: [],
  };
  const needed = settings.lint !== 'off' || settings.routeDrift !== 'off';
  if (!needed) return result;
  const changed = new Set(changes.changed);
  const candidates = changes.headFiles.filter(
    (file) => settings.specPaths.matches(file) && isOpenApiCandidate(file),
  );
  for (const file of candidates) {
    const text = await changes.head.read(file);
    const spec = text === undefined ? undefined : await readSpec(file, text, changes.head);
    if (spec?.kind === 'swagger') result.findings.push(swaggerNotice(file, spec.version));
    if (spec?.kind !== 'openapi') continue;
    const head = spec.documents;
    result.documents.push(file);
    for (const operation of listOperations(head)) {
      if (operation.kind !== 'path') continue;
      result.specRoutes.push({
        method: operation.method,
        path: operation.path,
        file: operation.file,
        line: operation.line,
      });
    }
    result.basePaths.push(
      ...serverBasePaths(isRecord(head.root.value) ? head.root.value.servers : undefined),
    );
    if (settings.lint === 'off') continue;
    const rules = enabledRules(settings.rulesConfig);
    if (settings.lint === 'all') {
      const linted = lintSpec(head, { rules });
      result.findings.push(...applyLevels(linted.findings, settings.rulesConfig));
      result.operations.push(...linted.operations);
      continue;
    }
    const touched = head.files().some((path) => changed.has(path));
    if (!touched) continue;
    const only = changedOperations(
      head,
      await loadAt(changes.base, changes.renamedFrom.get(file) ?? file).catch(() => undefined),
    );
    const linted = lintSpec(head, { only, rules });
    result.findings.push(...applyLevels(linted.findings, settings.rulesConfig));
    result.operations.push(...linted.operations);
  }
  return result;
}
