import type { Finding } from '@flow-actions/kit';
import type { GlobSet } from '../globs.ts';

export type Touches = 'spec' | 'code' | 'both' | 'neither';

/** One commit of the pull request, oldest first, and whether it touched specs or implementation. */
export interface TimelineEntry {
  sha: string;
  subject: string;
  touches: Touches;
  specFiles: string[];
  codeFiles: string[];
}

export interface OrderingInput {
  commits: readonly { sha: string; message: string }[];
  filesByCommit: ReadonlyMap<string, readonly string[]>;
  /** Files the pull request changes (base..head). */
  changed: readonly string[];
  spec: GlobSet;
  implementation: GlobSet;
}

export interface OrderingOptions {
  requireSpec: boolean;
  specFirst: boolean;
  sameCommit: 'allow' | 'deny';
}

export function timeline(input: OrderingInput): TimelineEntry[] {
  return input.commits.map((commit) => {
    const files = input.filesByCommit.get(commit.sha) ?? [];
    const specFiles = files.filter((file) => input.spec.matches(file));
    const codeFiles = files.filter((file) => input.implementation.matches(file));
    const touches: Touches = specFiles.length
      ? codeFiles.length
        ? 'both'
        : 'spec'
      : codeFiles.length
        ? 'code'
        : 'neither';
    return {
      sha: commit.sha,
      subject: commit.message.split(/\r?\n/)[0] ?? '',
      touches,
      specFiles,
      codeFiles,
    };
  });
}

const short = (sha: string) => sha.slice(0, 7);

/** `require-spec` and `spec-first`: an implementation change needs a spec change, made first. */
export function checkOrdering(
  input: OrderingInput,
  entries: readonly TimelineEntry[],
  options: OrderingOptions,
): Finding[] {
  const codeChanged = input.changed.filter((file) => input.implementation.matches(file));
  const specChanged = input.changed.some((file) => input.spec.matches(file));
  if (codeChanged.length === 0) return [];
  const findings: Finding[] = [];
  if (!specChanged) {
    if (options.requireSpec) {
      findings.push({
        rule: 'require-spec',
        verdict: true,
        severity: 'error',
        message: `the implementation changed (${codeChanged.length} file${codeChanged.length === 1 ? '' : 's'}) but no spec did: update the OpenAPI spec in spec-paths first`,
        file: codeChanged[0],
      });
    }
    return findings;
  }
  if (!options.specFirst) return findings;
  const firstSpec = entries.findIndex(
    (entry) => entry.touches === 'spec' || entry.touches === 'both',
  );
  const firstCode = entries.findIndex(
    (entry) => entry.touches === 'code' || entry.touches === 'both',
  );
  if (firstSpec === -1 || firstCode === -1) return findings;
  const code = entries[firstCode]!;
  if (firstCode < firstSpec) {
    findings.push({
      rule: 'spec-first',
      verdict: true,
      severity: 'error',
      message: `commit ${short(code.sha)} changes the implementation before the spec changes in ${short(entries[firstSpec]!.sha)}: the spec must be updated first`,
      file: code.codeFiles[0],
    });
  } else if (firstCode === firstSpec && options.sameCommit === 'deny') {
    findings.push({
      rule: 'spec-first',
      verdict: true,
      severity: 'error',
      message: `commit ${short(code.sha)} changes the spec and the implementation together (same-commit: deny): commit the spec first`,
      file: code.codeFiles[0],
    });
  }
  return findings;
}
