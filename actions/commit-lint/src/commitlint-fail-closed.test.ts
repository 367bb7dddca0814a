/**
 * Differential test of broken configurations: commitlint 21's own command (@commitlint/cli) and
 * commit-lint are given the same repository; where commitlint fails, commit-lint fails too, with a
 * usage error (exit 2) naming the file and, where the file has one, the line.
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { tempRepo, type TempRepo } from '@flow-actions/testing';
import { discoverConfig } from './config/discover.ts';
import { loadCommitlintConfig } from './config/resolve.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const commitlintBin = join(root, 'node_modules/@commitlint/cli/cli.js');

let repo: TempRepo;
beforeAll(() => {
  repo = tempRepo('flow-commit-lint-fail-closed-');
  symlinkSync(join(root, 'node_modules'), join(repo.dir, 'node_modules'));
  repo.commit('chore: start');
  repo.commit('feat: add the form');
});
afterAll(() => repo.remove());

const CONVENTIONAL = '"extends": ["@commitlint/config-conventional"]';

/** [case, files, the file our error names, its line (undefined: the file has no line to name)] */
const BROKEN: [string, Record<string, string>, string, number | undefined][] = [
  [
    'a misspelt rule name',
    {
      '.commitlintrc.json': `{${CONVENTIONAL},\n "rules": {\n  "type-enums": [2, "always", ["feat"]]\n}}`,
    },
    '.commitlintrc.json',
    3,
  ],
  [
    'an unknown rule, even disabled',
    {
      '.commitlintrc.yml':
        "extends: ['@commitlint/config-conventional']\nrules:\n  no-such-rule: [0]\n",
    },
    '.commitlintrc.yml',
    3,
  ],
  [
    'a misspelt rule in an extended file',
    {
      '.commitlintrc.json': '{"extends": ["./base.json"]}',
      'base.json': '{\n  "rules": {\n    "subject-ful-stop": [2, "never", "."]\n  }\n}',
    },
    'base.json',
    3,
  ],
  [
    'a malformed package.json',
    { 'package.json': `{"name": "x",\n "commitlint": {${CONVENTIONAL}}\n` },
    'package.json',
    3,
  ],
  [
    'a package.json whose commitlint key is a string',
    { 'package.json': '{"name": "x",\n  "commitlint": "conventional"\n}' },
    'package.json',
    2,
  ],
  [
    'a package.json whose commitlint key is an array',
    { 'package.json': `{"name": "x",\n  "commitlint": [{${CONVENTIONAL}}]\n}` },
    'package.json',
    2,
  ],
  [
    'a misspelt rule in package.json',
    {
      'package.json': `{"name": "x",\n  "commitlint": {\n    ${CONVENTIONAL},\n    "rules": {"header-max-lenght": [2, "always", 50]}\n  }\n}`,
    },
    'package.json',
    4,
  ],
  [
    'malformed YAML',
    { '.commitlintrc.yml': 'rules:\n  type-enum: [2, always\n' },
    '.commitlintrc.yml',
    3,
  ],
  [
    'a rule that is not an array',
    { '.commitlintrc.json': `{${CONVENTIONAL},\n "rules": {"type-enum": "feat"}}` },
    '.commitlintrc.json',
    2,
  ],
  [
    'a configuration with no rules',
    { '.commitlintrc.json': '{}' },
    '.commitlintrc.json',
    undefined,
  ],
  [
    'a JavaScript configuration that throws',
    { 'commitlint.config.mjs': 'throw new Error("no");\n' },
    'commitlint.config.mjs',
    undefined,
  ],
];

const CONFIG_NAMES = [
  '.commitlintrc.json',
  '.commitlintrc.yml',
  'base.json',
  'commitlint.config.mjs',
];

test.each(BROKEN)('%s: both tools fail', async (_, files, file, line) => {
  repo.write({
    ...Object.fromEntries(CONFIG_NAMES.map((name) => [name, null])),
    'package.json': '{}',
  });
  repo.write(files);

  const theirs = spawnSync(process.execPath, [commitlintBin, '--from', 'HEAD~1', '--to', 'HEAD'], {
    cwd: repo.dir,
    encoding: 'utf8',
  });
  expect(theirs.status).not.toBe(0);

  const error = await Promise.resolve()
    .then(async () => loadCommitlintConfig((await discoverConfig(repo.dir))!, repo.dir))
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UsageError);
  expect((error as UsageError).location).toEqual(line === undefined ? { file } : { file, line });
});

test('the same configurations, repaired, pass both tools', async () => {
  repo.write({
    ...Object.fromEntries(CONFIG_NAMES.map((name) => [name, null])),
    'package.json': '{}',
  });
  repo.write({
    '.commitlintrc.json': `{${CONVENTIONAL},\n "rules": {"type-enum": [2, "always", ["feat"]]}}`,
  });
  const theirs = spawnSync(process.execPath, [commitlintBin, '--from', 'HEAD~1', '--to', 'HEAD'], {
    cwd: repo.dir,
    encoding: 'utf8',
  });
  expect(theirs.status).toBe(0);
  const ours = await loadCommitlintConfig((await discoverConfig(repo.dir))!, repo.dir);
  expect(ours.file).toBe('.commitlintrc.json');
});
