/**
 * Fuzz test of the commitlint configuration reader: thousands of configurations, mutated from real
 * shapes and generated at random, are read and then used to lint messages. The only outcomes
 * allowed are a configuration that lints, or a UsageError (exit 2) that names the file; never
 * another error (exit 3) and never a hang.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { lintMessage } from '../lint.ts';
import { RULES } from '../rules/index.ts';
import { loadCommitlintConfig } from './resolve.ts';
import { seededRandom as random } from '@flow-actions/testing';

const dir = mkdtempSync(join(tmpdir(), 'flow-commit-lint-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const next = random(23);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const SEEDS: [string, string][] = [
  [
    '.commitlintrc.yml',
    "extends: ['@commitlint/config-conventional']\nrules:\n  type-enum: [2, always, [feat, fix]]\n  header-max-length: [1, always, 72]\n  subject-case: [2, never, [sentence-case, upper-case]]\nparserPreset:\n  parserOpts:\n    headerPattern: '^(\\w*)(?:\\((.*)\\))?!?: (.*)$'\n    headerCorrespondence: [type, scope, subject]\n    noteKeywords: [BREAKING CHANGE]\n",
  ],
  [
    '.commitlintrc.json',
    '{"extends": ["@commitlint/config-conventional"], "defaultIgnores": false, "rules": {"scope-enum": [2, "always", ["api", "ui"]], "body-max-line-length": [0], "references-empty": [1, "never"]}, "parserPreset": {"parserOpts": {"issuePrefixes": ["#", "JIRA-"]}}}',
  ],
  [
    'package.json',
    '{"name": "x", "commitlint": {"rules": {"type-empty": [2, "never"], "scope-case": [2, "always", ["lower-case", "kebab-case"]]}, "extends": "@commitlint/config-conventional"}}',
  ],
];

const NOISE = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  "'",
  '\n',
  ' ',
  '-',
  '&a',
  '*a',
  '!!',
  '<<',
  '#',
  '\\',
  '(',
  ')',
  '+',
  '*',
  '?',
  '0',
  '2',
  '3',
  'null',
  '~',
];

function mutate(text: string): string {
  let out = text;
  for (let i = 1 + Math.floor(next() * 4); i > 0; i--) {
    const at = Math.floor(next() * (out.length + 1));
    const kind = next();
    if (kind < 0.35) out = out.slice(0, at) + pick(NOISE) + out.slice(at);
    else if (kind < 0.6) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 8));
    else if (kind < 0.75) out = out.slice(0, at);
    else if (kind < 0.9) {
      const from = Math.floor(next() * out.length);
      out = out.slice(0, at) + out.slice(from, from + 12) + out.slice(at);
    } else out = out.replace(/\d/, String(Math.floor(next() * 12) - 3));
  }
  return out;
}

const NAMES = [...Object.keys(RULES), 'trailer-exists', 'type-enums', 'subject-ful-stop', ''];
const VALUES: unknown[] = [
  0,
  1,
  2,
  3,
  -1,
  'always',
  'never',
  'sometimes',
  null,
  true,
  [],
  {},
  ['feat'],
  'lower-case',
  ['lower-case', 'upper-case'],
  { cases: ['kebab-case'] },
  72,
  -5,
  1e308,
  '.',
  ['a', 1, null],
];
const PATTERNS = [
  '^(\\w*): (.*)$',
  '^(\\w+\\s?)*$',
  '((',
  '^(?=x)(.*)$',
  '(a)\\1',
  '.*',
  '',
  '(a|aa)*b',
];

/** A configuration generated at random from rule names, levels, values and patterns. */
function generated(): string {
  const rules: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 6); i > 0; i--) {
    rules[pick(NAMES)] =
      next() < 0.6
        ? [pick([0, 1, 2]), pick(['always', 'never']), pick(VALUES)]
        : Array.from({ length: Math.floor(next() * 5) }, () => pick(VALUES));
  }
  const config: Record<string, unknown> = { rules };
  if (next() < 0.3)
    config.extends = pick(['@commitlint/config-conventional', ['./nowhere.json'], 7, [null]]);
  if (next() < 0.3)
    config.parserPreset = pick([
      { parserOpts: { headerPattern: pick(PATTERNS), headerCorrespondence: ['type', 'subject'] } },
      { parserOpts: { noteKeywords: [pick(PATTERNS)], issuePrefixes: [pick(PATTERNS)] } },
      'conventional-changelog-conventionalcommits',
      42,
    ]);
  if (next() < 0.2) config.defaultIgnores = pick(VALUES);
  if (next() < 0.2) config.ignores = pick(VALUES);
  return JSON.stringify(config);
}

const MESSAGES = [
  'feat: add x',
  'fix(api)!: drop y\n\nBREAKING CHANGE: z',
  `${'a'.repeat(3000)}!`,
  '',
  'Merge branch x',
];

test('every configuration lints or is a usage error naming its file', async () => {
  const outcomes = { linted: 0, refused: 0 };
  for (let i = 0; i < 1500; i++) {
    const [name, seed] = i % 2 ? pick(SEEDS) : ['.commitlintrc.json', generated()];
    const text = i % 2 ? mutate(seed) : seed;
    const file = join(dir, name);
    writeFileSync(file, text);
    try {
      const config = await loadCommitlintConfig(file, dir);
      for (const message of MESSAGES) lintMessage(message, config.lint);
      outcomes.linted++;
    } catch (error) {
      if (!(error instanceof UsageError) || error.location?.file !== name) {
        throw new Error(`${name} ${JSON.stringify(text)}: ${(error as Error).stack}`);
      }
      outcomes.refused++;
    }
    rmSync(file);
  }
  // Both outcomes are exercised.
  expect(outcomes.linted).toBeGreaterThan(100);
  expect(outcomes.refused).toBeGreaterThan(200);
}, 120_000);
