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

const skip = { references: () => [], mentions: () => {} };

/**
 * A parser that skips what no rule reads: `mentions` (not part of ParsedMessage) always, and
 * `references` unless asked for. Each runs a pattern over every line or the whole message; finding
 * references is a third of the parse. The methods are private to the parser's types, not to
 * JavaScript; parse.test.ts checks that the parser still has them and that nothing else changes.
 */
function leanParser(options: ParserOptions, references: boolean): CommitParser {
  const parser = new CommitParser(options);
  Object.defineProperty(parser, 'parseMentions', { value: skip.mentions });
  if (!references) Object.defineProperty(parser, 'parseReferences', { value: skip.references });
  return parser;
}

/** Two parsers per options object, with and without references: building one is costly. */
const parsers = new WeakMap<ParserOptions, { with?: CommitParser; without?: CommitParser }>();

function parserFor(options: ParserOptions, references: boolean): CommitParser {
  let pair = parsers.get(options);
  if (!pair) parsers.set(options, (pair = {}));
  if (references) return (pair.with ??= leanParser(options, true));
  return (pair.without ??= leanParser(options, false));
}

/** Parse a message; with `references` false, `references` is left empty (and the parse is faster). */
export function parseMessage(
  raw: string,
  options: ParserOptions,
  references = true,
): ParsedMessage {
  return toParsedMessage(raw, parserFor(options, references).parse(raw));
}

/** The parser's result as the rules read it. */
export function toParsedMessage(raw: string, commit: Commit): ParsedMessage {
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
