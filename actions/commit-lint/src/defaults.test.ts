import { describe, expect, test } from '@jest/globals';
import { defaultLintConfig, type DefaultRules } from './defaults.ts';
import { lintMessage } from './lint.ts';
import { DEFAULT_REFERENCE_PATTERN, DEFAULT_TYPES } from './settings.ts';
import { suggestHeader } from './suggest.ts';

const RULES: DefaultRules = {
  types: DEFAULT_TYPES,
  scopes: [],
  scopeRequired: false,
  headerMaxLength: 72,
  bodyMaxLineLength: 100,
  imperative: true,
  references: 'optional',
  referencePattern: new RegExp(DEFAULT_REFERENCE_PATTERN),
  fixup: 'warn',
};

function problems(message: string, rules: Partial<DefaultRules> = {}) {
  return lintMessage(message, defaultLintConfig({ ...RULES, ...rules })).problems.map(
    (p) => `${p.level} ${p.rule}`,
  );
}

describe('our defaults', () => {
  test('a good message passes', () => {
    expect(problems('feat(api): add the login endpoint\n\nCloses #12\n')).toEqual([]);
  });

  test.each([
    ['Feat: add x', ['error type-case', 'error type-enum']],
    ['feature: add x', ['error type-enum']],
    ['feat: Add x', ['error subject-case']],
    ['feat: add x.', ['error subject-full-stop']],
    ['feat: added x', ['error subject-imperative']],
    ['fix: typed arrays for speed', ['warning subject-imperative']],
    ['feat: calls on HTTP clients are not routes', ['warning subject-imperative']],
    [`feat: add ${'x'.repeat(70)}`, ['error header-max-length']],
    ['add x', ['error type-empty', 'error subject-empty']],
    [`feat: add x\n\n${'y'.repeat(101)}`, ['error body-max-line-length']],
    [`feat: add x\n\nsee https://example.com/${'y'.repeat(120)}`, []],
    ['feat: add x\nbody', ['warning body-leading-blank']],
    ['feat: add x\n\nCloses 12', ['warning references']],
    ['feat: add x\n\nRefs abc-12', ['warning references']],
    ['feat: add x\n\nFixes a crash when the list is empty.', []],
    ['feat: add x\n\nRefs: ABC-12\nCloses octo/repo#12', ['warning references']],
  ])('%j → %j', (message, expected) => {
    expect(problems(message)).toEqual(expected);
  });

  test('scopes, required scopes', () => {
    expect(problems('feat(ui): add x', { scopes: ['api'] })).toEqual(['error scope-enum']);
    expect(problems('feat: add x', { scopeRequired: true })).toEqual(['error scope-empty']);
    expect(problems('feat(api): add x', { scopes: ['api'], scopeRequired: true })).toEqual([]);
  });

  test('references none, optional and required', () => {
    expect(problems('feat: add x', { references: 'required' })).toEqual(['error references']);
    expect(problems('feat: add x\n\nRefs: ABC-12', { references: 'required' })).toEqual([]);
    expect(problems('feat: add x\n\nCloses 12', { references: 'none' })).toEqual([]);
  });

  test.each([
    ['fail', false, ['error fixup']],
    ['warn', true, ['warning fixup']],
    ['allow', true, []],
  ] as const)('fixup %s', (fixup, valid, expected) => {
    const result = lintMessage('fixup! feat: add x', defaultLintConfig({ ...RULES, fixup }));
    expect(result.valid).toBe(valid);
    expect(result.problems.map((p) => `${p.level} ${p.rule}`)).toEqual(expected);
  });

  test('merges, reverts and version bumps are skipped', () => {
    const config = defaultLintConfig(RULES);
    expect(lintMessage("Merge branch 'main' into feature/x", config).skipped).toBe('merge commit');
    expect(lintMessage('Revert "feat: add x"', config).skipped).toBe('revert');
    expect(lintMessage('v1.2.3', config).skipped).toBe('version bump');
  });
});

describe('suggested headers', () => {
  test.each([
    ['Feat(api): Added the endpoint.', 'feat(api): add the endpoint'],
    ['feature: add x', 'feat: add x'],
    ['fix!: Fixes the crash', 'fix!: fix the crash'],
    [' docs: update readme ', 'docs: update readme'],
  ])('%j → %j', (header, suggestion) => {
    const config = defaultLintConfig(RULES);
    const result = lintMessage(header, config);
    expect(suggestHeader(result.parsed!, result.problems, config)).toBe(suggestion);
  });

  test('no suggestion where the fix is not mechanical', () => {
    const config = defaultLintConfig(RULES);
    const result = lintMessage(`feat: add ${'x'.repeat(70)}`, config);
    expect(suggestHeader(result.parsed!, result.problems, config)).toBeUndefined();
  });
});
