import { md, type Summary } from '@flow-actions/kit';
import type { BreakingResult } from './check.ts';

const MAX_ROWS = 100;

/** The "Breaking changes" section at the top of the summary: what consumers must change. */
export function breakingSection(summary: Summary, breaking: BreakingResult | undefined): void {
  if (!breaking?.entries.length) return;
  const { entries, declaration } = breaking;
  summary.heading(`Breaking changes (${entries.length})`, 3);
  summary.paragraph(
    declaration
      ? `ℹ️ Declared: ${md.text(declaration)}. Consumers must change as listed; the release is a major one.`
      : '❌ Not declared: mark the pull request with a `!` commit or title, a `BREAKING CHANGE:` footer or the breaking-change label, or keep the API compatible.',
  );
  const rows = entries
    .slice(0, MAX_ROWS)
    .map((entry) => [
      entry.declared ? 'ℹ️' : '❌',
      md.code(entry.rule),
      md.code(entry.operation),
      md.text(entry.message),
      md.code(`${entry.file}${entry.line ? `:${entry.line}` : ''}`),
    ]);
  summary.table(['', 'Rule', 'Operation', 'Change', 'Where'], rows);
  if (entries.length > MAX_ROWS)
    summary.paragraph(`${entries.length - MAX_ROWS} more in the JSON report (\`breaking\`).`);
}
