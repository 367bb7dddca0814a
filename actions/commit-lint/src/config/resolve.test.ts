import { afterEach, describe, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { tempRepo, type TempRepo } from '@flow-actions/testing';
import { lintMessage } from '../lint.ts';
import { CONFIG_CONVENTIONAL } from './conventional.ts';
import { discoverConfig } from './discover.ts';
import { loadCommitlintConfig } from './resolve.ts';

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

function workspace(files: Record<string, string>): string {
  repo = tempRepo('flow-commit-lint-config-');
  repo.write(files);
  return repo.dir;
}

async function load(files: Record<string, string>) {
  const dir = workspace(files);
  return loadCommitlintConfig((await discoverConfig(dir))!, dir);
}

const TYPE_FEAT_ONLY = { rules: { 'type-enum': [2, 'always', ['feat']] } };

describe('config discovery', () => {
  test.each([
    ['.commitlintrc', 'rules:\n  type-enum: [2, always, [feat]]\n'],
    ['.commitlintrc.json', JSON.stringify(TYPE_FEAT_ONLY)],
    ['.commitlintrc.yaml', 'rules:\n  type-enum: [2, always, [feat]]\n'],
    ['.commitlintrc.yml', 'rules:\n  type-enum: [2, always, [feat]]\n'],
    ['.commitlintrc.js', `export default ${JSON.stringify(TYPE_FEAT_ONLY)};`],
    ['.commitlintrc.cjs', `module.exports = ${JSON.stringify(TYPE_FEAT_ONLY)};`],
    ['.commitlintrc.mjs', `export default ${JSON.stringify(TYPE_FEAT_ONLY)};`],
    ['commitlint.config.js', `export default ${JSON.stringify(TYPE_FEAT_ONLY)};`],
    ['commitlint.config.cjs', `module.exports = ${JSON.stringify(TYPE_FEAT_ONLY)};`],
    ['commitlint.config.mjs', `export default async () => (${JSON.stringify(TYPE_FEAT_ONLY)});`],
    [
      'commitlint.config.ts',
      `const config: { rules: Record<string, unknown> } = ${JSON.stringify(TYPE_FEAT_ONLY)};\nexport default config;`,
    ],
    ['package.json', JSON.stringify({ name: 'x', type: 'module', commitlint: TYPE_FEAT_ONLY })],
  ])('%s', async (file, content) => {
    const files: Record<string, string> = { [file]: content };
    if (file.endsWith('.js')) files['package.json'] = JSON.stringify({ type: 'module' });
    const config = await load(files);
    expect(config.file).toBe(file);
    expect(lintMessage('fix: x', config.lint).problems.map((p) => p.rule)).toEqual(['type-enum']);
    expect(lintMessage('feat: x', config.lint).valid).toBe(true);
  });

  test('a package.json without a commitlint key is no configuration', async () => {
    expect(await discoverConfig(workspace({ 'package.json': `{"name":"x"}` }))).toBeUndefined();
  });
});

describe('config resolution', () => {
  test('extends config-conventional without installing it, and the config overrides its rules', async () => {
    const config = await load({
      '.commitlintrc.json': JSON.stringify({
        extends: ['@commitlint/config-conventional'],
        rules: { 'header-max-length': [2, 'always', 30] },
      }),
    });
    expect(config.lint.rules['header-max-length']).toEqual([2, 'always', 30]);
    expect(config.lint.rules['type-enum']?.[2]).toContain('feat');
    expect(lintMessage('feat!: breaking change', config.lint).valid).toBe(true);
  });

  test('extends a relative file', async () => {
    const config = await load({
      'base.json': JSON.stringify(TYPE_FEAT_ONLY),
      '.commitlintrc.json': JSON.stringify({
        extends: ['./base.json'],
        rules: { 'subject-full-stop': [2, 'never', '.'] },
      }),
    });
    expect(Object.keys(config.lint.rules)).toEqual(['type-enum', 'subject-full-stop']);
  });

  test('an unsupported rule and plugins are warnings naming them', async () => {
    const config = await load({
      '.commitlintrc.json': JSON.stringify({
        plugins: ['x'],
        rules: { 'trailer-exists': [2, 'always', 'Signed-off-by:'], 'no-such-rule': [0] },
      }),
    });
    expect(config.warnings).toEqual([
      'plugins are not supported: their rules are not checked',
      'rule trailer-exists is not supported by commit-lint and was not checked',
    ]);
  });

  test('a bad rule is a usage error with the file and line', async () => {
    const error = await load({
      '.commitlintrc.yml':
        'rules:\n  type-enum: [2, always, [feat]]\n  type-case: [3, always, lower-case]\n',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('rule type-case: level must be 0, 1 or 2, got 3');
    expect((error as UsageError).location).toMatchObject({
      file: expect.stringMatching(/\.commitlintrc\.yml$/),
      line: 3,
    });
  });

  test('JSON is read as commitlint reads it: the line of a bad key is found for its error', async () => {
    const error = await load({
      '.commitlintrc.json':
        '{\n  "rules": {\n    "type-enum": [2, "always", ["feat"]],\n    "type-enums": [2, "always", ["fix"]]\n  }\n}\n',
    }).catch((e: unknown) => e);
    expect((error as UsageError).message).toBe(
      'rules.type-enums: no such rule in commitlint; did you mean type-enum?',
    );
    expect((error as UsageError).location).toEqual({ file: '.commitlintrc.json', line: 4 });
    // A duplicate key is no error in JSON (the last one wins), as in commitlint.
    const config = await load({
      '.commitlintrc.json':
        '{"rules": {"type-enum": [2, "always", ["fix"]], "type-enum": [2, "always", ["feat"]]}}',
    });
    expect(config.lint.rules['type-enum']).toEqual([2, 'always', ['feat']]);
  });

  test('the built-in config-conventional equals the installed one', async () => {
    const { default: installed } = (await import('@commitlint/config-conventional')) as {
      default: { rules: Record<string, unknown> };
    };
    expect(CONFIG_CONVENTIONAL).toEqual(installed.rules);
  });

  test('config-conventional is resolved from node_modules: another version than 21 is loaded', async () => {
    const extendsIt = {
      '.commitlintrc.json': JSON.stringify({ extends: ['@commitlint/config-conventional'] }),
    };
    const installed = await load({
      ...extendsIt,
      'node_modules/@commitlint/config-conventional/package.json': JSON.stringify({
        name: '@commitlint/config-conventional',
        version: '19.0.0',
        type: 'module',
        main: 'index.js',
      }),
      'node_modules/@commitlint/config-conventional/index.js':
        "export default { parserPreset: 'conventional-changelog-conventionalcommits', rules: { 'type-enum': [2, 'always', ['feat', 'wip']] } };",
    });
    expect(installed.lint.rules['type-enum']).toEqual([2, 'always', ['feat', 'wip']]);
    expect(installed.lint.rules['subject-case']).toBeUndefined();
    const builtIn = await load(extendsIt);
    expect(builtIn.lint.rules['type-enum']?.[2]).toContain('chore');
    expect(builtIn.lint.rules['subject-case']?.[0]).toBe(2);
    // Version 21 has the built-in rules: found and its version read, its module is not loaded.
    const version21 = await load({
      ...extendsIt,
      'node_modules/@commitlint/config-conventional/package.json': JSON.stringify({
        name: '@commitlint/config-conventional',
        version: '21.9.0',
        main: 'index.js',
      }),
      'node_modules/@commitlint/config-conventional/index.js': "throw new Error('loaded');",
    });
    expect(version21.lint.rules).toEqual(builtIn.lint.rules);
  });

  test('a bad rule in an extended file names that file and line', async () => {
    const error = await load({
      'base.yml':
        'rules:\n  type-enum: [2, always, [feat]]\n  header-max-length: [2, always]\n  type-case: [2, upward, lower-case]\n',
      '.commitlintrc.json': JSON.stringify({ extends: ['./base.yml'] }),
    }).catch((e: unknown) => e);
    expect((error as UsageError).message).toBe(
      'rule type-case: condition must be "always" or "never", got "upward"',
    );
    expect((error as UsageError).location).toMatchObject({
      file: expect.stringMatching(/base\.yml$/),
      line: 4,
    });
  });

  test.each([
    [
      '{"rules": {"type-case": [2, "sometimes", "lower-case"]}}',
      'condition must be "always" or "never"',
    ],
    ['{"rules": {"type-case": [2, "always", "shouty-case"]}}', 'unknown case "shouty-case"'],
    ['{"rules": {"type-case": "error"}}', 'must be an array'],
    [
      '{"extends": ["commitlint-config-nowhere"]}',
      'cannot resolve extends "commitlint-config-nowhere"',
    ],
    ['{"ignores": ["WIP"]}', 'ignores must be an array of functions'],
    ['{"rules": ', '.commitlintrc.json is not valid JSON'],
  ])('%s fails: %s', async (content, message) => {
    await expect(load({ '.commitlintrc.json': content })).rejects.toThrow(message);
  });

  test('ignores and defaultIgnores from a JavaScript config', async () => {
    const config = await load({
      'commitlint.config.mjs':
        "export default { defaultIgnores: false, ignores: [(m) => m.startsWith('WIP')], rules: { 'type-empty': [2, 'never'] } };",
    });
    expect(lintMessage('WIP', config.lint)).toMatchObject({
      valid: true,
      skipped: 'ignored by the configuration',
    });
    expect(lintMessage("Merge branch 'x'", config.lint).valid).toBe(false);
  });
});

describe('patterns run in bounded time', () => {
  test('a catastrophic headerPattern in YAML lints in bounded time, with the same verdicts', async () => {
    const config = await load({
      '.commitlintrc.yml':
        "parserPreset:\n  parserOpts:\n    headerPattern: '^(\\w+\\s?)*: (.*)$'\n    headerCorrespondence: [type, subject]\nrules:\n  type-empty: [2, never]\n",
    });
    const started = Date.now();
    expect(lintMessage(`${'a'.repeat(20_000)}!`, config.lint).valid).toBe(false);
    expect(lintMessage('fix: the thing', config.lint).valid).toBe(true);
    // Backtracking would take longer than the age of the universe; the linear engine, milliseconds.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test.each([
    ['headerPattern', "'^(?=feat)(\\w*): (.*)$'", 3],
    ['revertPattern', "'^Revert (\\w)\\1'", 3],
  ])('a %s no engine can bound is a configuration error', async (key, pattern, line) => {
    const error = await load({
      '.commitlintrc.yml': `parserPreset:\n  parserOpts:\n    ${key}: ${pattern}\nrules:\n  type-empty: [2, never]\n`,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(
      new RegExp(`^parserPreset\\.parserOpts\\.${key}: it uses a lookaround or a back-reference`),
    );
    expect((error as UsageError).location).toEqual({ file: '.commitlintrc.yml', line });
  });

  test('a headerPattern that is no regular expression is a configuration error', async () => {
    await expect(
      load({
        '.commitlintrc.json': '{"parserPreset": {"parserOpts": {"headerPattern": "(("}}}',
      }),
    ).rejects.toThrow(/parserPreset\.parserOpts\.headerPattern: Invalid regular expression/);
  });
});

describe('configurations that are code, where code may not run', () => {
  const REFUSED = 'not here';

  test.each([
    ['commitlint.config.mjs', { 'commitlint.config.mjs': 'export default { rules: {} };' }],
    [
      'local.js',
      {
        '.commitlintrc.json': '{"extends": ["./local.js"]}',
        'local.js': 'module.exports = { rules: {} };',
      },
    ],
  ])('%s is not run', async (file, files) => {
    const dir = workspace(files);
    const error = await loadCommitlintConfig((await discoverConfig(dir))!, dir, REFUSED).catch(
      (caught: unknown) => caught,
    );
    expect((error as UsageError).message).toBe(REFUSED);
    expect((error as UsageError).location).toEqual({ file });
  });

  test('data configurations and the built-in config-conventional are read', async () => {
    const dir = workspace({
      '.commitlintrc.yml': "extends: ['@commitlint/config-conventional']\n",
    });
    const config = await loadCommitlintConfig((await discoverConfig(dir))!, dir, REFUSED);
    expect(config.lint.rules['type-enum']?.[0]).toBe(2);
  });
});
