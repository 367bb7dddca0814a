/**
 * How git cleans a commit message file before it commits it (git's `cleanup_message`): the
 * commit-msg hook sees the file before that, so the linter has to clean it the same way.
 */
export interface GitCleanup {
  /** `verbatim` keeps the text; `whitespace` drops trailing white space and surplus blank lines; `strip` drops comment lines too. */
  mode: 'verbatim' | 'whitespace' | 'strip';
  /** Cut the text at the scissors line: git does when its editor showed one (`-v`, cleanup=scissors). */
  scissors: boolean;
  /** The comment character or string (core.commentChar, core.commentString). */
  comment: string;
}

/** What a commit-msg hook gets from a plain `git commit` that opened the editor. */
export const EDITOR_CLEANUP: GitCleanup = { mode: 'strip', scissors: true, comment: '#' };

const CUT_LINE = '------------------------ >8 ------------------------';

/** The characters git tries, in order, for core.commentChar=auto (git's adjust_comment_line_char). */
const AUTO_CANDIDATES = '#;@!$%^&|:';

/**
 * The comment character git chose for core.commentChar=auto. It picked one no line of the message
 * started with and wrote its help text with it; that text ends the file, or the scissors line does.
 */
export function autoCommentChar(text: string): string {
  const lines = text.split('\n');
  const scissors = lines.find(
    (line) => AUTO_CANDIDATES.includes(line[0] ?? '') && line.slice(1) === ` ${CUT_LINE}`,
  );
  if (scissors) return scissors[0]!;
  const last = lines.findLast((line) => line.trim() !== '') ?? '';
  const first = last[0] ?? '';
  return AUTO_CANDIDATES.includes(first) && /^.( |$)/.test(last) ? first : '#';
}

// Git's isspace: space, tab, CR and LF only (its ctype table), not JavaScript's Unicode spaces.
const TRAILING_SPACE = /[ \t\r]+$/;

/** The message git would commit from this file, cleaned as `cleanup` says. */
export function cleanMessage(text: string, cleanup: GitCleanup = EDITOR_CLEANUP): string {
  let kept = text;
  if (cleanup.scissors) {
    const cut = `${cleanup.comment} ${CUT_LINE}\n`;
    if (kept.startsWith(cut)) kept = '';
    else {
      const at = kept.indexOf(`\n${cut}`);
      if (at !== -1) kept = kept.slice(0, at + 1);
    }
  }
  if (cleanup.mode === 'verbatim') return kept;
  const lines: string[] = [];
  let blank = false;
  for (const raw of kept.split('\n')) {
    if (cleanup.mode === 'strip' && raw.startsWith(cleanup.comment)) continue;
    const line = raw.replace(TRAILING_SPACE, '');
    if (line === '') blank = true;
    else {
      if (blank && lines.length) lines.push('');
      blank = false;
      lines.push(line);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
