import { describe, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { parseCompanionRules } from './companion.ts';
import { evaluateRules } from './evaluate.ts';
import { PRESETS } from './presets.ts';

function errorOf(text: string, file?: string): UsageError {
  try {
    parseCompanionRules(text, file);
  } catch (error) {
    return error as UsageError;
  }
  throw new Error('no error');
}

describe('companion rules', () => {
  test('invalid documents name the line', () => {
    expect(errorOf('- name: a\n  when: src/**\n').message).toBe(
      'line 1: rule `a` needs `require`, `require-mention` or `forbid`',
    );
    expect(
      errorOf('- name: a\n  when: src/**\n  require-mention: docs/x.md\n', 'rules.yml'),
    ).toMatchObject({
      location: { file: 'rules.yml', line: 3 },
      message: expect.stringContaining('needs `when-added-lines`'),
    });
    expect(errorOf("- name: a\n  when-added-lines: '(['\n  require: x\n").message).toMatch(
      /^line 2: .*not a valid regular expression/,
    );
    expect(errorOf('rules: 3\n').message).toContain('expected a list of rules');
    expect(
      errorOf('- name: a\n  when: x\n  require: y\n- name: a\n  when: x\n  require: y\n').message,
    ).toBe('line 4: two rules are named `a`');
  });

  test('require and require-mention', () => {
    const rules = parseCompanionRules(
      'rules:\n  - name: api-doc\n    when: [src/api/**]\n    require: docs/api/**\n  - name: flags\n    when-added-lines: \'flag\\("([a-z-]+)"\\)\'\n    require-mention: docs/flags.md\n',
      undefined,
    );
    const added = new Map([
      [
        'src/api/x.ts',
        [{ file: 'src/api/x.ts', line: 4, text: 'if (flag("new-ui") && flag("beta")) {}' }],
      ],
    ]);
    const findings = evaluateRules(rules, {
      changed: ['src/api/x.ts'],
      addedLines: added,
      contentAt: (file) => (file === 'docs/flags.md' ? '- beta\n' : undefined),
    });
    expect(findings.map((finding) => [finding.rule, finding.line, finding.message])).toEqual([
      [
        'api-doc',
        undefined,
        'src/api/x.ts changed, so a file matching docs/api/** must change too',
      ],
      ['flags', 4, '`new-ui` is not mentioned in docs/flags.md'],
    ]);
  });

  test('the env-docs preset reads JavaScript, Go and Python', () => {
    const lines = [
      'const a = process.env.API_URL;',
      'b := os.Getenv("DB_DSN")',
      "c = os.environ['REDIS_URL']",
    ];
    const added = new Map([
      ['src/x', lines.map((text, index) => ({ file: 'src/x', line: index + 1, text }))],
    ]);
    const findings = evaluateRules([PRESETS['env-docs']], {
      changed: ['src/x'],
      addedLines: added,
      contentAt: () => 'API_URL',
    });
    expect(findings.map((finding) => finding.message.split(' ')[0])).toEqual([
      '`DB_DSN`',
      '`REDIS_URL`',
    ]);
  });

  test('forbid: matching files added or modified, not deleted, when the condition holds', () => {
    const rules = parseCompanionRules(
      '- name: no-summary\n  forbid: [run-summary.md, "!docs/**"]\n- name: no-vendor-with-src\n  when: src/**\n  forbid: vendor/**\n  message: change vendor/ in its own pull request\n',
      'rules.yml',
    );
    const findings = (changed: string[], deleted: string[] = []) =>
      evaluateRules(rules, {
        changed,
        addedLines: new Map(),
        deleted: new Set(deleted),
        contentAt: () => undefined,
      }).map((finding) => [finding.rule, finding.file, finding.message]);
    expect(findings(['run-summary.md', 'docs/run-summary.md', 'vendor/a.js'])).toEqual([
      [
        'no-summary',
        'run-summary.md',
        'run-summary.md must not change (it matches run-summary.md, !docs/**): revert it',
      ],
    ]);
    expect(findings(['run-summary.md'], ['run-summary.md'])).toEqual([]);
    expect(findings(['src/a.ts', 'vendor/a.js'])).toEqual([
      ['no-vendor-with-src', 'vendor/a.js', 'vendor/a.js: change vendor/ in its own pull request'],
    ]);
  });
});
