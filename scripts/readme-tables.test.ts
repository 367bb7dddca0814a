import { describe, expect, test } from '@jest/globals';
import type { ActionMetadata } from '@flow-actions/kit';
import { inputsTable, outputsTable, readmes, withTables } from './readme-tables.ts';

const metadata: ActionMetadata = {
  name: 'demo',
  inputs: {
    globs: { description: 'Globs, `a|b` or\n `<x>`; folders:<glob> too.', default: '**/a\n**/b' },
    token: { description: 'A token.', required: true },
  },
  outputs: { passed: { description: '`true` | `false`' } },
  runs: { using: 'node24' },
};

describe('the tables', () => {
  test('one row a name; pipes escaped, `<` shown outside code, multi-line defaults kept apart', () => {
    expect(inputsTable(metadata).split('\n')).toEqual([
      '| input | default | description |',
      '| --- | --- | --- |',
      '| `globs` | `**/a`<br>`**/b` | Globs, `a\\|b` or `<x>`; folders:&lt;glob> too. |',
      '| `token` (required) |  | A token. |',
    ]);
    expect(outputsTable(metadata)).toContain('| `passed` | `true` \\| `false` |');
  });

  test('the README text between the markers is replaced; a README without markers is named', () => {
    const readme = [
      '# demo',
      '<!-- inputs: generated from action.yml by `npm run docs` -->',
      'STALE',
      '<!-- end inputs -->',
      'prose',
      '<!-- outputs: generated from action.yml by `npm run docs` -->',
      '<!-- end outputs -->',
    ].join('\n');
    const updated = withTables(readme, metadata, 'demo/README.md');
    expect(updated).not.toContain('STALE');
    expect(updated).toContain('prose');
    expect(withTables(updated, metadata, 'demo/README.md')).toBe(updated);
    expect(() => withTables('# no markers', metadata, 'demo/README.md')).toThrow(
      'demo/README.md: no <!-- inputs',
    );
  });
});

test.each(readmes().map((readme) => [readme.file, readme] as const))(
  '%s: its tables equal its action.yml (npm run docs rewrites them)',
  (_, readme) => {
    expect(readme.current).toBe(readme.expected);
  },
);
