import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '**/node_modules/**',
      '**/build/**',
      '**/fixtures/**',
      'coverage/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // Tests and test helpers poke at loosely shaped JSON (payloads, reports, API descriptions).
    files: ['**/*.test.ts', 'packages/testing/**', 'action-tests/**', '**/bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Shipped code stays small enough to read: a file holds one idea, a function one step.
    files: ['actions/*/src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/testing/**', '**/src/testing/**'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    // Data, not logic: the imperative-mood word list.
    files: ['actions/commit-lint/src/mood/word-list.ts'],
    rules: { 'max-lines': 'off' },
  },
);
