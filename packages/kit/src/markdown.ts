/**
 * Markdown for job summaries and PR comments. Untrusted text goes through `text()` or `code()`,
 * so a commit message or a log line renders as itself and never as HTML, a link or a table.
 */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Control characters other than tab and newline, shown as visible escapes. */
function visibleControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (char) =>
    char === '\r' ? '\\r' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

export function escapeHtml(text: string): string {
  return visibleControls(stripAnsi(text)).replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]!);
}

/** A URL scheme (`https://`) or `www.`: GitHub links them even without Markdown around them. */
const AUTOLINK = /:(?=\/\/)|(?<=\bwww)\./gi;

/** Inline text: markdown punctuation escaped, newlines become <br>. Safe inside table cells. */
export function text(value: string): string {
  return escapeHtml(value)
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(AUTOLINK, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/\r?\n/g, '<br>');
}

/**
 * Characters Markdown still reads inside inline HTML such as <code>: emphasis, links, images,
 * escapes, table pipes, strikethrough. As numeric entities they render as themselves.
 */
const CODE_SPECIALS = /[\\`*_[\]()!|~#{}]/g;

/** Inline code for untrusted text; HTML <code> so backticks inside cannot end it early. */
export function code(value: string): string {
  const escaped = escapeHtml(value)
    .replace(CODE_SPECIALS, (char) => `&#${char.charCodeAt(0)};`)
    .replace(AUTOLINK, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/\r?\n/g, ' ');
  return `<code>${escaped}</code>`;
}

/** A preformatted block for multi-line untrusted text (logs, messages). */
export function pre(value: string): string {
  return `<pre>${escapeHtml(value)}</pre>`;
}

/** A link; the URL percent-encoded, parentheses and spaces included, so it cannot end early. */
export function link(label: string, url: string): string {
  const encoded = encodeURI(url).replace(/[()]/g, (char) => (char === '(' ? '%28' : '%29'));
  return `[${text(label)}](${encoded})`;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function passFail(passed: boolean): string {
  return passed ? '✅' : '❌';
}
