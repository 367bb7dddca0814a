import type { Finding, Severity } from '@flow-actions/kit';
import { loadSpec } from '../openapi/lint.ts';
import type { FileSource } from '../openapi/refs.ts';
import { isOpenApiCandidate } from '../openapi/source.ts';
import type { PullRequestChanges } from '../repository.ts';
import type { GlobSet } from '../globs.ts';
import { compareSpecs } from './compare.ts';
import { declarationOf, type PullRequestDeclarations } from './declared.ts';
import { pointerOf, type ResolvedSpec } from './nodes.ts';

/** The head side also says which files it read and where a value is written. */
type HeadSpec = ResolvedSpec & {
  files(): string[];
  lineOf(at: { value: unknown; file: string; pointer: (string | number)[] }): number | undefined;
};

export type BreakingMode = 'declared' | 'error' | 'warn' | 'off';

/** A breaking change as the JSON report lists it. */
export interface BreakingEntry {
  rule: string;
  operation: string;
  message: string;
  file: string;
  line?: number;
  declared: boolean;
}

export interface BreakingResult {
  entries: BreakingEntry[];
  findings: Finding[];
  /** How the pull request declared its breaking changes, when it did. */
  declaration: string | undefined;
}

/** A spec deleted by the pull request: every path of it is gone. */
const emptySpec = (file: string) => ({
  root: { file, value: { paths: {} } },
  deref: (value: unknown) => ({ value, file }),
  files: () => [file],
  lineOf: () => undefined,
});

function severityOf(mode: BreakingMode, declared: boolean): Severity {
  if (mode === 'warn') return 'warning';
  return mode === 'declared' && declared ? 'notice' : 'error';
}

/**
 * Compares each OpenAPI document the pull request changed (itself or a file its `$ref`s reach) at
 * the merge base and at head, `$ref`s resolved on each side at its own commit.
 */
export async function checkBreaking(
  settings: {
    breakingChanges: BreakingMode;
    breakingLabel: string | undefined;
    specPaths: GlobSet;
  },
  changes: PullRequestChanges,
  pr: PullRequestDeclarations,
): Promise<BreakingResult> {
  const result: BreakingResult = { entries: [], findings: [], declaration: undefined };
  if (settings.breakingChanges === 'off') return result;
  const changed = new Set(changes.changed);
  const headFiles = new Set(changes.headFiles);
  const candidates = [...new Set([...changes.headFiles, ...changes.changed])].filter(
    (file) => settings.specPaths.matches(file) && isOpenApiCandidate(file),
  );
  const declaration = declarationOf(pr, settings.breakingLabel);
  result.declaration = declaration;
  const renamedAway = new Set(changes.renamedFrom.values());
  for (const file of candidates) {
    if (!headFiles.has(file) && renamedAway.has(file)) continue; // compared under its new name
    const baseFile = changes.renamedFrom.get(file) ?? file;
    const baseText = await changes.base.read(baseFile);
    if (baseText === undefined) continue;
    const head = headFiles.has(file) ? await loadAt(file, changes.head) : emptySpec(file);
    if (!head) continue;
    const touched = baseFile !== file || head.files().some((path) => changed.has(path));
    if (!touched) continue;
    const base = await loadSpec(baseFile, baseText, changes.base).catch(() => undefined);
    if (!base) continue; // a base that was not a readable OpenAPI document has nothing to break
    for (const change of compareSpecs(base, head)) {
      const line = head.lineOf({
        value: undefined,
        file: change.place.file,
        pointer: pointerOf(change.place),
      });
      const declared = declaration !== undefined;
      const place = { file: change.place.file, ...(line ? { line } : {}) };
      const { rule, operation, message } = change;
      result.entries.push({ rule, operation, message, ...place, declared });
      result.findings.push({
        rule,
        severity: severityOf(settings.breakingChanges, declared),
        message: `${operation}: ${message}`,
        ...place,
      });
    }
  }
  return result;
}

async function loadAt(file: string, source: FileSource): Promise<HeadSpec | undefined> {
  const text = await source.read(file);
  return text === undefined ? undefined : loadSpec(file, text, source);
}
