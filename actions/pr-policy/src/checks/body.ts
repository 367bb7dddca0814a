import type { Finding } from '@flow-actions/kit';
import type { Body } from '../body.ts';
import type { PullRequestInfo } from '../pull-request.ts';

function error(rule: string, message: string): Finding {
  return { rule, severity: 'error', message };
}

/** Every task item ticked; an item struck through as a whole counts as not applicable. */
export function checkChecklist(body: Body): Finding[] {
  return body.tasks
    .filter((task) => !task.checked && !task.struck)
    .map((task) =>
      error(
        'checklist',
        `tick or remove: [ ] ${task.text || '(empty item)'} (body line ${task.line})`,
      ),
    );
}

/** "## 📝 Summary:" and "summary" name the same section. */
function normalHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')
    .replace(/\s+/g, ' ');
}

export function checkSections(body: Body, required: readonly string[]): Finding[] {
  return required.flatMap((name) => {
    const wanted = normalHeading(name);
    const found = body.sections.filter((section) => normalHeading(section.title) === wanted);
    if (found.length === 0)
      return [error('required-section', `add a "## ${name}" heading with a description under it`)];
    if (found.some((section) => section.hasText)) return [];
    return [
      error(
        'required-section',
        `write something under "${name}" (body line ${found[0]!.line}): only the heading or template comments are there`,
      ),
    ];
  });
}

/** `#123`, `owner/repo#123`, an issue URL, a tracker key (`ABC-123`). */
const REFERENCES = [
  /(?<![\w/#&])#\d+\b/,
  /\b[\w.-]+\/[\w.-]+#\d+\b/,
  /\bhttps?:\/\/[^\s/]+\/\S+\/issues\/\d+\b/,
  // Standards named like keys (UTF-8, SHA-256, ISO-8601) are not tickets.
  /\b(?!(?:UTF|SHA|ISO)-)[A-Z][A-Z0-9]+-\d+\b/,
];

export function checkLinkedIssue(pr: PullRequestInfo, body: Body | undefined): Finding[] {
  const texts = [pr.title, body?.prose ?? ''];
  if (texts.some((text) => REFERENCES.some((pattern) => pattern.test(text)))) return [];
  return [
    error(
      'linked-issue',
      'link the issue this pull request addresses: write "Closes #123", owner/repo#123, the issue URL or a tracker key such as ABC-123 in the title or body',
    ),
  ];
}
