import { mkdirSync } from 'node:fs';
import { Workspace } from './files/workspace.ts';
import { describeError, UsageError } from './errors.ts';

export type Severity = 'error' | 'warning' | 'notice';

/** One thing a gate found; the unit of annotations, summaries and the JSON report. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  /** The finding gives the check's main verdict: listed and annotated before others of its severity. */
  verdict?: boolean;
}

/** The JSON report every action writes: `passed`, `findings`, and the action's own fields. */
export interface Report {
  passed: boolean;
  findings: Finding[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** The one rule for `passed`: a gate passes when none of its findings is an error. */
export function passedOf(findings: readonly Finding[]): boolean {
  return !hasErrors(findings);
}

/** A report from findings and the action's own fields, `passed` computed by passedOf. */
export function reportOf<F extends object>(findings: Finding[], fields: F = {} as F): Report & F {
  return { ...fields, passed: passedOf(findings), findings };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Errors first, verdicts first, then by file and line, so every listing of findings reads the same. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(b.verdict ?? false) - Number(a.verdict ?? false) ||
      (a.file === b.file ? 0 : (a.file ?? '').localeCompare(b.file ?? '')) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

/** Turn errors into warnings (a skip label, a "warn" mode) without losing what they said. */
export function demoteErrors(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) =>
    finding.severity === 'error' ? { ...finding, severity: 'warning' } : finding,
  );
}

/**
 * The report of a run that ended on an error before it had one: bad input (rule `input`, with the
 * file and line when known) or an internal fault (rule `internal`, the message only, no stack).
 */
export function errorReport(error: unknown): Report {
  const finding: Finding = { rule: 'input', severity: 'error', message: '' };
  if (error instanceof UsageError) {
    finding.message = describeError(
      new UsageError(error.message, error.input === undefined ? {} : { input: error.input }),
    );
    if (error.location?.file) finding.file = error.location.file;
    if (error.location?.line) finding.line = error.location.line;
  } else {
    finding.rule = 'internal';
    finding.message = describeError(error);
  }
  return { passed: false, findings: [finding] };
}

/**
 * The report as one line of JSON (reports of thousands of entries are for programs, jq, to read)
 * at `path` inside `root`, never written through a link out of it; returns the path written.
 * Synchronously: nothing else runs meanwhile, and each asynchronous file call would wait on a
 * thread of libuv's pool (the first starts the pool).
 */
export function writeReport(root: string, path: string, report: Report): string {
  mkdirSync(root, { recursive: true });
  // Two pieces rather than one string: joining them would copy megabytes once more.
  return new Workspace(root).writeOutputSync(path, [JSON.stringify(report), '\n']);
}
