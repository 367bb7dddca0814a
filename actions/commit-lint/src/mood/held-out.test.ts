/**
 * Held-out accuracy of the mood check on real subjects no one here wrote: the entries of the
 * CHANGELOG.md files of the installed packages (2,271 distinct subjects with today's lock file),
 * never used to write or tune the check. A subject is a clear case when wink-lexicon knows its first
 * word as nothing but a base verb ("add", "remove": imperative) or nothing but an inflected verb
 * ("adds", "removed", "using": not imperative); words that are also nouns or adjectives are not
 * clear, and may be warnings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@jest/globals';
import { checkImperative } from './imperative.ts';

const require = createRequire(import.meta.url);
const lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
const modules = fileURLToPath(new URL('../../../../node_modules/', import.meta.url));

function changelogs(dir: string, depth = 0): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.isSymbolicLink() && depth < 4)
      found.push(...changelogs(path, depth + 1));
    else if (/^changelog\.md$/i.test(entry.name)) found.push(path);
  }
  return found;
}

/** "* **parser:** fix: add the thing ([abc1234](…))" → "add the thing" */
function subjects(): string[] {
  const all = new Set<string>();
  for (const file of changelogs(modules)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const item = /^\s*[*-] +(.*)$/.exec(line)?.[1];
      if (!item) continue;
      const subject = item
        .replace(/^\*\*[^*]*\*\*:? ?/, '')
        .replace(/^[a-z]+(\([^)]*\))?!?: /, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      if (/^[A-Za-z]/.test(subject)) all.add(subject);
    }
  }
  return [...all];
}

const only = (tags: string[] | undefined, allowed: string[]) =>
  Array.isArray(tags) && tags.length > 0 && tags.every((tag) => allowed.includes(tag));

test('clear cases among real changelog subjects', () => {
  const imperative: string[] = [];
  const inflected: string[] = [];
  for (const subject of subjects()) {
    const tags = lexicon[/^[A-Za-z]+/.exec(subject)![0].toLowerCase()];
    if (only(tags, ['VB', 'VBP'])) imperative.push(subject);
    else if (only(tags, ['VBD', 'VBZ', 'VBG', 'VBN'])) inflected.push(subject);
  }
  expect(imperative.length).toBeGreaterThan(100);
  expect(inflected.length).toBeGreaterThan(20);
  // Today: 400 of 400 imperative subjects pass untouched; of 56 inflected, 56 are flagged and 54
  // are errors (the other two are participles before a plural: "Resolved issues with ...").
  expect(imperative.filter((subject) => checkImperative(subject))).toEqual([]);
  expect(inflected.filter((subject) => !checkImperative(subject))).toEqual([]);
  const errors = inflected.filter((subject) => checkImperative(subject)?.certain);
  expect(errors.length / inflected.length).toBeGreaterThanOrEqual(0.95);
});
