import { CommitParser, type Commit, type ParserOptions } from 'conventional-commits-parser';

/** A commit message split the way commitlint's rules see it. */
export interface ParsedMessage {
  raw: string;
  header: string | null;
  type: string | null;
  scope: string | null;
  subject: string | null;
  body: string | null;
  footer: string | null;
  notes: Commit['notes'];
  references: Commit['references'];
}

/** conventional-changelog-angular's parser options: what commitlint parses with by default. */
export const ANGULAR_PRESET: ParserOptions = {
  headerPattern: /^(\w*)(?:\((.*)\))?: (.*)$/,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE'],
  revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w{7,40})\b/i,
  revertCorrespondence: ['header', 'hash'],
};

/** conventional-changelog-conventionalcommits (config-conventional's preset): `!` and BREAKING-CHANGE. */
export const CONVENTIONAL_PRESET: ParserOptions = {
  headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
  breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
  revertCorrespondence: ['header', 'hash'],
  issuePrefixes: ['#'],
};

/** Parser options as @commitlint/parse merges them: angular's, no field pattern, then the preset's. */
export function commitlintParserOptions(preset: ParserOptions = {}): ParserOptions {
  return { ...ANGULAR_PRESET, fieldPattern: null as unknown as RegExp, ...preset };
}

/** One parser per options object: building its regular expressions is the costly part. */
const parsers = new WeakMap<ParserOptions, CommitParser>();

export function parseMessage(raw: string, options: ParserOptions): ParsedMessage {
  let parser = parsers.get(options);
  if (!parser) parsers.set(options, (parser = new CommitParser(options)));
  const commit = parser.parse(raw);
  return {
    raw,
    header: commit.header,
    type: commit.type ?? null,
    scope: commit.scope ?? null,
    subject: commit.subject ?? null,
    body: commit.body,
    footer: commit.footer,
    notes: commit.notes,
    references: commit.references,
  };
}
