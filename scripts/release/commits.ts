/** Conventional Commits read with conventional-commits-parser, and the bump they call for. */
import { CommitParser } from 'conventional-commits-parser';
import type { Bump } from './version.ts';

export interface ReleaseCommit {
  sha: string;
  type: string | null;
  scope: string | null;
  subject: string;
  header: string;
  breaking: boolean;
  /** BREAKING CHANGE notes (the `!` form gives the subject as its note). */
  notes: string[];
}

// The default header pattern does not accept `type!:`; the breaking pattern marks those commits.
const parser = new CommitParser({
  headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
  breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
});

export function parseCommit(sha: string, message: string): ReleaseCommit {
  const parsed = parser.parse(message.replace(/\r\n/g, '\n'));
  const notes = parsed.notes
    .filter((note) => /^BREAKING[ -]CHANGE$/.test(note.title))
    .map((note) => note.text.trim());
  const header = parsed.header ?? message.split('\n', 1)[0]!;
  return {
    sha,
    type: parsed.type ?? null,
    scope: parsed.scope ?? null,
    subject: parsed.subject ?? header,
    header,
    breaking: notes.length > 0,
    notes,
  };
}

/** fix/perf → patch, feat → minor, `!` or BREAKING CHANGE → major; anything else releases nothing. */
export function bumpOf(commits: readonly ReleaseCommit[]): Bump | null {
  let bump: Bump | null = null;
  for (const commit of commits) {
    if (commit.breaking) return 'major';
    if (commit.type === 'feat') bump = 'minor';
    else if ((commit.type === 'fix' || commit.type === 'perf') && bump === null) bump = 'patch';
  }
  return bump;
}
