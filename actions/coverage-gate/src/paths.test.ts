import { describe, expect, test } from '@jest/globals';
import { seededRandom } from '@flow-actions/testing';
import { goModulePath, PathResolver } from './paths.ts';

const tracked = [
  'services/api-go/go.mod',
  'services/api-go/geometry/geometry.go',
  'services/billing-py/src/billing/calc.py',
  'services/java/src/main/java/com/example/calc/Calc.java',
  'web/src/a.ts',
  'web/src/util/a.ts',
  'lib/x/index.js',
  'lib/y/index.js',
];
const resolver = new PathResolver('/home/runner/work/repo/repo', tracked, [
  { dir: 'services/api-go', module: 'example.com/api' },
]);
const none = { reportDir: '.', roots: [] };

describe('report paths onto repository files', () => {
  test.each([
    ['relative to the workspace', 'web/src/a.ts', none, 'web/src/a.ts'],
    [
      'absolute in this workspace',
      '/home/runner/work/repo/repo/web/src/a.ts',
      none,
      'web/src/a.ts',
    ],
    [
      'absolute from another machine',
      '/builds/ci/checkout/web/src/util/a.ts',
      none,
      'web/src/util/a.ts',
    ],
    ['Windows separators', 'C:\\agent\\_work\\1\\s\\web\\src\\a.ts', none, 'web/src/a.ts'],
    [
      'relative to the report',
      'src/a.ts',
      { reportDir: 'web/coverage', roots: [] },
      'web/src/a.ts',
    ],
    [
      'a Cobertura source root',
      'billing/calc.py',
      { reportDir: '.', roots: ['/ci/ws/services/billing-py/src'] },
      'services/billing-py/src/billing/calc.py',
    ],
    [
      'a Go import path via go.mod',
      'example.com/api/geometry/geometry.go',
      none,
      'services/api-go/geometry/geometry.go',
    ],
    [
      'JaCoCo package + sourcefile',
      'com/example/calc/Calc.java',
      none,
      'services/java/src/main/java/com/example/calc/Calc.java',
    ],
  ])('%s', (_, path, hints, expected) => {
    expect(resolver.resolve(path, hints)).toBe(expected);
  });

  test('an ambiguous or unknown path maps to nothing', () => {
    expect(resolver.resolve('/elsewhere/index.js', none)).toBeUndefined();
    expect(resolver.resolve('/elsewhere/missing.ts', none)).toBeUndefined();
  });

  test('the module path of a go.mod', () => {
    expect(goModulePath('// c\nmodule example.com/shapes\n\ngo 1.19\n')).toBe('example.com/shapes');
  });
});

describe('many tracked files of one name (index.ts in a monorepo)', () => {
  /** The matching rule by its definition: the most trailing segments shared, ties no match. */
  function bySuffix(files: readonly string[], path: string): string | undefined {
    const shared = (file: string) => {
      const a = path.split('/');
      const b = file.split('/');
      let count = 0;
      while (count < a.length && count < b.length && a.at(-1 - count) === b.at(-1 - count)) count++;
      return count;
    };
    const counts = files.map(shared);
    const best = Math.max(...counts);
    const at = counts.indexOf(best);
    return best > 0 && counts.indexOf(best, at + 1) === -1 ? files[at] : undefined;
  }

  test('resolved as by scanning them all: exact paths, other machines, partial and shared suffixes', () => {
    // Directories from a small alphabet, so suffixes are shared; the same ones on every run.
    const random = seededRandom(7);
    const next = (n: number) => Math.floor(random() * n);
    const dirs = ['a', 'b', 'src', 'lib', 'pkg', 'xsrc'];
    const randomDir = () =>
      Array.from({ length: 1 + next(4) }, () => dirs[next(dirs.length)]).join('/');
    const files = [...new Set(Array.from({ length: 300 }, () => `${randomDir()}/index.ts`))];
    const workspace = '/home/runner/work/repo/repo';
    const resolver = new PathResolver(workspace, [...files, 'other/main.ts']);
    const reportPaths = [
      ...files,
      ...files.map((file) => `${workspace}/${file}`),
      ...files.map((file) => `/other/machine/${file}`),
      ...Array.from({ length: 500 }, () => `${randomDir()}/index.ts`),
      ...Array.from({ length: 500 }, () => `/elsewhere/${randomDir()}/index.ts`),
      'index.ts',
      '/index.ts',
      'src/index.ts/',
      'a/b/c/d/e/f/index.ts',
    ];
    expect(files.length).toBeGreaterThan(100);
    let matched = 0;
    for (const path of reportPaths) {
      const relative = path.startsWith(`${workspace}/`) ? path.slice(workspace.length + 1) : path;
      const expected = files.includes(relative) ? relative : bySuffix(files, path);
      expect([path, resolver.resolve(path, { reportDir: '', roots: [] })]).toEqual([
        path,
        expected,
      ]);
      if (expected) matched++;
    }
    // both outcomes are covered: matches and ties
    expect(matched).toBeGreaterThan(reportPaths.length / 2);
    expect(matched).toBeLessThan(reportPaths.length);
  });
});
