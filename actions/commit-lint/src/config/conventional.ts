import { dirname } from 'node:path';
import { Workspace } from '@flow-actions/kit';

/**
 * The rules of @commitlint/config-conventional 21 (the same in every 21 release), built in so it
 * need not be installed, nor loaded when it is.
 */
export const CONFIG_CONVENTIONAL: Record<string, unknown> = {
  'body-leading-blank': [1, 'always'],
  'body-max-line-length': [2, 'always', 100],
  'footer-leading-blank': [1, 'always'],
  'footer-max-line-length': [2, 'always', 100],
  'header-max-length': [2, 'always', 100],
  'header-trim': [2, 'always'],
  'subject-case': [2, 'never', ['sentence-case', 'start-case', 'pascal-case', 'upper-case']],
  'subject-empty': [2, 'never'],
  'subject-full-stop': [2, 'never', '.'],
  'type-case': [2, 'always', 'lower-case'],
  'type-empty': [2, 'never'],
  'type-enum': [
    2,
    'always',
    ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'],
  ],
};

/**
 * Whether an installed config-conventional has the built-in rules: its package.json (read within
 * its own folder) says version 21. Then its module, and @commitlint/types that it imports, need
 * not be loaded; another version is loaded as commitlint loads it.
 */
export function hasBuiltInRules(manifest: string | undefined): boolean {
  if (!manifest) return false;
  try {
    const text = new Workspace(dirname(manifest)).readTextSync(manifest, {
      input: 'config',
      maxBytes: 64 * 1024,
    });
    const { version } = JSON.parse(text) as { version?: unknown };
    return typeof version === 'string' && version.startsWith('21.');
  } catch {
    return false; // unreadable: the module itself is loaded, and its errors reported
  }
}
