import { describe, expect, test } from '@jest/globals';
import { mapInputs, UsageError } from '@flow-actions/kit';
import { readBranchRules } from '../arrows.ts';
import { checkBaseBranch, checkBranchPaths } from './branches.ts';

const rules = (text: string, name = 'base-branches') =>
  readBranchRules(mapInputs({ [name]: text }), name);

describe('base-branches', () => {
  const policy = rules('# develop first\nrelease/* -> main\n** -> develop\n');
  test('the first line whose head glob matches decides', () => {
    expect(checkBaseBranch(policy, 'release/1.2', 'main')).toEqual([]);
    expect(checkBaseBranch(policy, 'feature/login', 'develop')).toEqual([]);
    expect(checkBaseBranch(policy, 'feature/login', 'main')).toEqual([
      {
        rule: 'base-branch',
        severity: 'error',
        message:
          'feature/login targets main, but "** -> develop" allows only develop: change the pull request\'s base branch (Edit, next to the title)',
      },
    ]);
  });
  test('a head that no line matches may target any base', () => {
    expect(checkBaseBranch(rules('release/* -> main'), 'hotfix', 'main')).toEqual([]);
  });
  test('a line without an arrow is an input error', () => {
    expect(() => rules('main')).toThrow(UsageError);
    expect(() => rules('a -> ')).toThrow('input \'base-branches\': "a ->" is not');
  });
});

describe('branch-paths', () => {
  const policy = rules('docs/** -> docs/**, *.md\n', 'branch-paths');
  const file = (path: string, previousPath?: string) => ({
    path,
    status: previousPath ? ('renamed' as const) : ('modified' as const),
    lines: 1,
    ...(previousPath ? { previousPath } : {}),
  });
  test('a docs branch may change only documentation', () => {
    expect(checkBranchPaths(policy, 'docs/intro', [file('docs/a.md'), file('README.md')])).toEqual(
      [],
    );
    expect(
      checkBranchPaths(policy, 'docs/intro', [file('docs/a.md', 'src/a.md'), file('src/x.ts')]).map(
        (finding) => finding.file,
      ),
    ).toEqual(['src/a.md', 'src/x.ts']);
    expect(checkBranchPaths(policy, 'feature/x', [file('src/x.ts')])).toEqual([]);
  });
});
