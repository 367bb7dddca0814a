import { CommitParser } from 'conventional-commits-parser';

/** What the pull request says about breaking changes: its commits, its title, its labels. */
export interface PullRequestDeclarations {
  commits: readonly { sha: string; message: string }[];
  title: string | undefined;
  labels: readonly string[];
}

// The patterns `npm run release` reads commits with: a `!` before the colon, or a BREAKING
// CHANGE / BREAKING-CHANGE footer, is what makes a major release.
const parser = new CommitParser({
  headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
  breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
});

const BREAKING_HEADER = /^\w+(?:\([^)]*\))?!: /;

/** How the pull request declares its breaking changes, or undefined when it does not. */
export function declarationOf(
  pr: PullRequestDeclarations,
  label: string | undefined,
): string | undefined {
  for (const commit of pr.commits) {
    const parsed = parser.parse(commit.message.replace(/\r\n/g, '\n'));
    if (parsed.notes.some((note) => /^BREAKING[ -]CHANGE$/.test(note.title)))
      return `commit ${commit.sha.slice(0, 7)} declares a breaking change`;
  }
  if (pr.title !== undefined && BREAKING_HEADER.test(pr.title))
    return 'the pull request title declares a breaking change (`!`)';
  if (label && pr.labels.includes(label)) return `the pull request has the ${label} label`;
  return undefined;
}
