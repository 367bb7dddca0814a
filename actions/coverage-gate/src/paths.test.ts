import { describe, expect, test } from '@jest/globals';
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
