/** An action's CHANGELOG.md: one section per release, newest first, under the file's title. */
import type { ReleaseCommit } from './commits.ts';

const GROUPS: [title: string, pick: (commit: ReleaseCommit) => boolean][] = [
  ['Features', (commit) => commit.type === 'feat'],
  ['Bug fixes', (commit) => commit.type === 'fix'],
  ['Performance', (commit) => commit.type === 'perf'],
];

function entry(commit: ReleaseCommit): string {
  const scope = commit.scope ? `**${commit.scope}:** ` : '';
  return `- ${scope}${commit.subject} (${commit.sha.slice(0, 7)})`;
}

export function renderSection(
  version: string,
  date: string,
  commits: readonly ReleaseCommit[] | null,
): string {
  const lines = [`## ${version} (${date})`, ''];
  if (commits === null) return [...lines, 'First release.', ''].join('\n');
  const breaking = commits.filter((commit) => commit.breaking);
  if (breaking.length) {
    lines.push('### ⚠ Breaking changes', '');
    for (const commit of breaking) {
      const notes = commit.notes.filter((note) => note !== commit.subject);
      lines.push(entry(commit), ...notes.map((note) => `  ${note.replace(/\n/g, '\n  ')}`));
    }
    lines.push('');
  }
  for (const [title, pick] of GROUPS) {
    const picked = commits.filter((commit) => pick(commit) && !commit.breaking);
    if (picked.length) lines.push(`### ${title}`, '', ...picked.map(entry), '');
  }
  // A version raised by hand in package.json, with no feature or fix since the last release.
  if (lines.length === 2)
    lines.push('No feature or fix commits: the version was set in package.json.', '');
  return lines.join('\n');
}

/** Whether the changelog already holds the section of `version` (a re-run adds nothing). */
export function hasSection(changelog: string, version: string): boolean {
  return new RegExp(`^## ${version.replace(/\./g, '\\.')}(?: |$)`, 'm').test(changelog);
}

/** Insert `section` as the newest release: after the title, before the previous sections. */
export function addSection(changelog: string, name: string, section: string): string {
  const text = changelog.trim() ? changelog : `# Changelog: ${name}\n`;
  const firstSection = text.search(/^## /m);
  if (firstSection === -1) return `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  return `${text.slice(0, firstSection)}${section.trimEnd()}\n\n${text.slice(firstSection)}`;
}
