import { describe, expect, test } from '@jest/globals';
import { repoRoot } from '../actions.ts';
import { actionNames, releasePaths, siblingsIn } from './scope.ts';

describe('the paths that release each action of this repository', () => {
  test.each(actionNames(repoRoot).filter((name) => name !== 'pr-checks'))(
    '%s: its folder and the runner kit',
    (name) => {
      const paths = releasePaths(repoRoot, name);
      expect(paths).toContain(`actions/${name}`);
      expect(paths).toContain('packages/kit');
    },
  );

  test('pr-checks: its own folder and everything of the three checks it runs', () => {
    const paths = releasePaths(repoRoot, 'pr-checks');
    for (const name of ['commit-lint', 'spec-first-guard', 'port-conflict-check']) {
      expect(paths).toEqual(expect.arrayContaining(releasePaths(repoRoot, name)));
    }
    expect(paths).not.toContain('actions/coverage-gate');
  });

  test('a sibling is a known action named in a ../<name>/index.js path', () => {
    const yml =
      'run: node "$GITHUB_ACTION_PATH/../alpha/index.js" ../beta/post.js ../gamma/index.js';
    expect(siblingsIn(yml, ['alpha', 'beta', 'delta'])).toEqual(['alpha']);
  });
});
