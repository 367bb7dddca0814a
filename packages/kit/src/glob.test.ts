import { expect, test } from '@jest/globals';
import { globSet, matchesGlob } from './glob.ts';

test('dot folders are matched; paths and globs are posix and root-anchored', () => {
  expect(matchesGlob('.devcontainer/compose.yml', '**/compose*.yml')).toBe(true);
  expect(matchesGlob('compose.yml', '**/compose*.yml')).toBe(true);
  expect(matchesGlob('.github/workflows/ci.yml', '.github/**')).toBe(true);
  expect(matchesGlob('src\\a.ts', 'src/*.ts')).toBe(true);
  expect(matchesGlob('./src/a.ts', './src/*.ts')).toBe(true);
  expect(matchesGlob('src/a.ts', '/src/*.ts')).toBe(true);
  expect(matchesGlob('src/deep/a.ts', 'src/')).toBe(true);
  expect(matchesGlob('lib/src/a.ts', 'src/*.ts')).toBe(false);
});

test('in a list the last matching glob decides, as in .gitignore', () => {
  const set = globSet(['src/**', '!src/gen/**', 'src/gen/keep.ts']);
  expect(set.matches('src/a.ts')).toBe(true);
  expect(set.matches('src/gen/x.ts')).toBe(false);
  expect(set.matches('src/gen/keep.ts')).toBe(true);
  expect(set.matches('docs/a.md')).toBe(false);
});

test('negations alone start from everything; an empty list matches nothing', () => {
  expect(globSet(['!**/*.test.ts']).matches('src/a.ts')).toBe(true);
  expect(globSet(['!**/*.test.ts']).matches('src/a.test.ts')).toBe(false);
  expect(globSet([]).matches('src/a.ts')).toBe(false);
});

test('a huge brace expansion is cut short, not a stalled step', () => {
  const started = Date.now();
  expect(matchesGlob('a', '{1..1000000}{1..1000000}')).toBe(false);
  expect(Date.now() - started).toBeLessThan(2000);
});
