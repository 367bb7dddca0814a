/**
 * Differential test: 1,000+ messages written as real git commits and read back with listCommits,
 * linted by commit-lint and by commitlint itself (@commitlint/load + @commitlint/lint, in process)
 * under four configurations. The verdict, and every error and warning (rule and message), agree.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import lint from '@commitlint/lint';
import load from '@commitlint/load';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCommits, type Commit } from '@flow-actions/git';
import { tempRepo, type TempRepo } from '@flow-actions/testing';
import { discoverConfig } from './config/discover.ts';
import { loadCommitlintConfig } from './config/resolve.ts';
import { lintMessage } from './lint.ts';
import { messageCorpus } from './testing/corpus.ts';
import { writeHistory } from './testing/history.ts';

const rootModules = fileURLToPath(new URL('../../../node_modules', import.meta.url));

const CONFIGS: Record<string, Record<string, string>> = {
  'config-conventional': {
    '.commitlintrc.json': JSON.stringify({ extends: ['@commitlint/config-conventional'] }),
  },
  'custom rules over config-conventional, no default ignores': {
    'commitlint.config.mjs': `export default {
  extends: ['@commitlint/config-conventional'],
  defaultIgnores: false,
  ignores: [(message) => message.startsWith('WIP')],
  rules: {
    'type-enum': [2, 'always', ['feat', 'fix', 'docs', 'chore']],
    'type-case': [1, 'never', 'upper-case'],
    'scope-enum': [2, 'always', ['api', 'core', 'ui', 'button', 'parser', 'lexer']],
    'scope-case': [2, 'always', ['lower-case', 'kebab-case']],
    'scope-empty': [1, 'never'],
    'subject-case': [2, 'always', 'lower-case'],
    'subject-full-stop': [1, 'always', '.'],
    'header-max-length': [2, 'always', 60],
    'header-trim': [0],
    'body-leading-blank': [2, 'never'],
    'body-max-line-length': [1, 'always', 72],
    'footer-leading-blank': [2, 'always'],
    'footer-max-line-length': [2, 'always', 50],
    'subject-empty': [1, 'always'],
  },
};
`,
  },
  "commitlint's other rules": {
    '.commitlintrc.yaml': `extends: ['@commitlint/config-conventional']
rules:
  header-min-length: [2, always, 15]
  header-case: [1, always, lower-case]
  header-full-stop: [1, never, '.']
  type-max-length: [2, always, 6]
  type-min-length: [1, always, 3]
  scope-max-length: [2, always, 8]
  scope-min-length: [1, always, 3]
  subject-max-length: [2, always, 40]
  subject-min-length: [1, always, 4]
  subject-exclamation-mark: [1, never]
  body-empty: [1, never]
  body-max-length: [2, always, 80]
  body-min-length: [1, always, 10]
  body-full-stop: [1, always, '.']
  body-case: [2, always, [lower-case, sentence-case]]
  footer-empty: [1, never]
  footer-max-length: [2, always, 60]
  footer-min-length: [1, always, 12]
  references-empty: [1, never]
  breaking-change-exclamation-mark: [2, always]
  signed-off-by: [1, always, 'Signed-off-by:']
  scope-delimiter-style: [2, always, ['/']]
`,
  },
  'YAML rules alone (angular parser preset)': {
    '.commitlintrc.yml': `rules:
  type-empty: [2, never]
  type-enum: [2, always, [feat, fix, docs, chore, refactor]]
  subject-empty: [2, never]
  subject-case: [2, never, [sentence-case, start-case, pascal-case, upper-case]]
  scope-enum: [1, never, [API]]
  header-max-length: [1, always, 72]
  header-trim: [2, always]
  body-max-line-length: [2, always, 100]
  footer-leading-blank: [1, always]
  body-leading-blank: [1, always]
`,
  },
};

type Verdict = { valid: boolean; problems: string[] };

const CORPUS = messageCorpus(1100);
let repo: TempRepo;
let commits: Commit[];

beforeAll(async () => {
  repo = tempRepo('flow-commit-lint-diff-');
  symlinkSync(rootModules, join(repo.dir, 'node_modules'));
  const base = repo.commit('chore: start');
  writeHistory(repo.dir, CORPUS);
  commits = await listCommits(repo.dir, { base, head: 'HEAD' });
});

afterAll(() => repo.remove());

function verdict(
  valid: boolean,
  problems: { level: string; name: string; message: string }[],
): Verdict {
  return { valid, problems: problems.map((p) => `${p.level} ${p.name}: ${p.message}`).sort() };
}

test('the corpus reads back from git byte for byte', () => {
  expect(commits.map((commit) => commit.message)).toEqual(CORPUS.map((commit) => commit.message));
});

describe.each(Object.keys(CONFIGS))('commit-lint agrees with commitlint: %s', (name) => {
  test('on every message of the corpus', async () => {
    repo.write(
      Object.fromEntries(
        Object.keys(Object.assign({}, ...Object.values(CONFIGS))).map((file) => [file, null]),
      ),
    );
    repo.write(CONFIGS[name]!);
    const file = (await discoverConfig(repo.dir))!;
    const ours = await loadCommitlintConfig(file, repo.dir);
    expect(ours.warnings).toEqual([]);
    const theirs = await load({}, { cwd: repo.dir, file });
    const options = {
      parserOpts: theirs.parserPreset?.parserOpts ?? {},
      plugins: theirs.plugins,
      ignores: theirs.ignores ?? [],
      defaultIgnores: theirs.defaultIgnores,
    };
    const differences: string[] = [];
    let invalid = 0;
    for (const commit of commits) {
      const expected = await lint(commit.message, theirs.rules, options);
      const expectedVerdict = verdict(expected.valid, [
        ...expected.errors.map((p) => ({ level: 'error', name: p.name, message: p.message })),
        ...expected.warnings.map((p) => ({ level: 'warning', name: p.name, message: p.message })),
      ]);
      const result = lintMessage(commit.message, ours.lint);
      const actual = verdict(
        result.valid,
        result.problems.map((p) => ({ level: p.level, name: p.rule, message: p.message })),
      );
      if (!expected.valid) invalid++;
      if (JSON.stringify(actual) !== JSON.stringify(expectedVerdict)) {
        differences.push(
          `${JSON.stringify(commit.message)}\n  commitlint: ${JSON.stringify(expectedVerdict)}\n  ours:       ${JSON.stringify(actual)}`,
        );
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    // the corpus exercises both verdicts
    expect(invalid).toBeGreaterThan(50);
    expect(commits.length - invalid).toBeGreaterThan(50);
  });
});
