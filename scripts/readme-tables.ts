/**
 * npm run docs [-- --check]
 * The Inputs and Outputs tables of every action's README, generated from its action.yml (the one
 * source of names, defaults and descriptions). Each README holds the tables between markers:
 *   <!-- inputs: generated from action.yml by `npm run docs` -->  …  <!-- end inputs -->
 * and likewise for outputs. --check writes nothing and exits 1 naming each README out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { ActionMetadata } from '@flow-actions/kit';
import { listActions, repoRoot } from './actions.ts';

type Section = 'inputs' | 'outputs';

export const startMarker = (section: Section) =>
  `<!-- ${section}: generated from action.yml by \`npm run docs\` -->`;
export const endMarker = (section: Section) => `<!-- end ${section} -->`;

/**
 * One table cell: one line, the pipe escaped so that it stays in its column, and `<` outside code
 * spans written as `&lt;`, so that `folders:<glob>` shows rather than vanishing as an HTML tag.
 */
function cell(text: string | undefined): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  return line
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/</g, '&lt;')))
    .join('');
}

/** A default as code, a line a value (a list of globs), `<br>` between them. */
function defaultCell(value: string | undefined): string {
  const lines = (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map((line) => `\`${line.replace(/\|/g, '\\|')}\``).join('<br>');
}

export function inputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.inputs).map(
    ([name, input]) =>
      `| \`${name}\`${input.required ? ' (required)' : ''} | ${defaultCell(input.default)} | ${cell(input.description)} |`,
  );
  return ['| input | default | description |', '| --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

/** The README with both tables replaced; throws naming the README when a marker is missing. */
export function withTables(readme: string, metadata: ActionMetadata, file: string): string {
  let text = readme;
  for (const [section, table] of [
    ['inputs', inputsTable(metadata)],
    ['outputs', outputsTable(metadata)],
  ] as const) {
    const start = text.indexOf(startMarker(section));
    const end = text.indexOf(endMarker(section));
    if (start < 0 || end < start)
      throw new Error(`${file}: no ${startMarker(section)} … ${endMarker(section)} markers`);
    text = `${text.slice(0, start + startMarker(section).length)}\n\n${table}\n\n${text.slice(end)}`;
  }
  return text;
}

/**
 * Every JavaScript action's README and what it should hold. A composite (pr-checks) is left out:
 * its action.yml is itself generated from its checks', and its README describes the inputs by rule.
 */
export function readmes(): { file: string; current: string; expected: string }[] {
  const actions = listActions().filter((action) => action.metadata.runs.using !== 'composite');
  return actions.map((action) => {
    const file = join(action.dir, 'README.md');
    const current = readFileSync(file, 'utf8');
    const expected = withTables(current, action.metadata, relative(repoRoot, file));
    return { file, current, expected };
  });
}

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const stale = readmes().filter((readme) => readme.current !== readme.expected);
  if (values.check) {
    for (const readme of stale)
      console.error(`${relative(repoRoot, readme.file)}: tables out of date: run npm run docs`);
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  for (const readme of stale) {
    writeFileSync(readme.file, readme.expected);
    console.log(`wrote ${relative(repoRoot, readme.file)}`);
  }
}

if (import.meta.main) main();
