import { describe, expect, test } from '@jest/globals';
import { checkImperative, describeMoodProblem } from './imperative.ts';

/** Subjects that are in the imperative mood, including verbs that look inflected and nouns after the verb. */
const IMPERATIVE = [
  'add tests for the parser',
  'fix flaky retries',
  'make the build reproducible',
  'feed the parser from stdin',
  'shed unused dependencies',
  'embed the fonts',
  'proceed when the lock is free',
  'need fewer round trips',
  'seed the database in tests',
  'speed up the linter',
  'succeed on empty input',
  'exceed no quota',
  'bleed edges in print css',
  'breed new fixtures',
  'shred temp files',
  'wed the two configs',
  'weed out dead code',
  'heed the proxy settings',
  'bring back the old flag',
  'string the steps together',
  'ring the bell on failure',
  'ping the health endpoint',
  'process uploads in parallel',
  'access the cache lazily',
  'pass the token through',
  'focus the first field',
  'bias towards smaller chunks',
  'address review comments',
  'discuss trade-offs in the docs',
  'update the fixes list',
  'add needs and seeds to the schema',
  'remove added files from the index',
  'rename tests to specs',
  'handle updates of the embedded data',
  'set the timeout',
  'put the cache behind a flag',
  'read settings once',
  'refactor the loader',
  'bump lodash to 4.17.21',
  'dedupe the lock file',
  'lint the workflows',
  'rebase onto main before merging',
  'use the new API',
  'allow empty scopes',
  'deprecate the v1 endpoint',
  'Ensure the cache is warm',
  'README tweaks',
  'v2 release notes',
];

/** Subjects that are not, for certain, with the form we suggest: errors. */
const NOT_IMPERATIVE: [string, string, string][] = [
  ['added tests for the parser', 'add', 'past'],
  ['adds tests', 'add', 'third-person'],
  ['adding tests', 'add', 'gerund'],
  ['fixed the flaky retries', 'fix', 'past'],
  ['fixes the flaky retries', 'fix', 'third-person'],
  ['fixing the flaky retries', 'fix', 'gerund'],
  ['updating docs', 'update', 'gerund'],
  ['removed dead code', 'remove', 'past'],
  ['stopped retrying', 'stop', 'past'],
  ['planned the migration', 'plan', 'past'],
  ['copied the assets', 'copy', 'past'],
  ['applies the patch', 'apply', 'third-person'],
  ['hoped for the best', 'hope', 'past'],
  ['using the new API', 'use', 'gerund'],
  ['wrote the docs', 'write', 'past'],
  ['written by hand', 'write', 'past'],
  ['made the build faster', 'make', 'past'],
  ['built the image', 'build', 'past'],
  ['ran the migration', 'run', 'past'],
  ['brought back the flag', 'bring', 'past'],
  ['fed the parser', 'feed', 'past'],
  ['sped up the linter', 'speed', 'past'],
  ['went through the list', 'go', 'past'],
  ['goes faster now', 'go', 'third-person'],
  ['does nothing on empty input', 'do', 'third-person'],
  ['has a new option', 'have', 'third-person'],
  ['accessing the cache lazily', 'access', 'gerund'],
  ['passes the token through', 'pass', 'third-person'],
  ['focused the first field', 'focus', 'past'],
  ['refactored the loader', 'refactor', 'past'],
  ['bumped lodash', 'bump', 'past'],
  ['Embedded the fonts', 'Embed', 'past'],
  ['Proceeded anyway', 'Proceed', 'past'],
  ['Seeding the database', 'Seed', 'gerund'],
  ['implemented the cache', 'implement', 'past'],
];

/** Subjects whose first word may be a verb's inflection or a noun or adjective: warnings at most. */
const AMBIGUOUS = [
  'typed arrays for speed',
  'calls on HTTP clients are not routes',
  'updated docs',
  'updates docs',
  'running tests in band',
  'processed uploads in parallel',
  'Supports dark mode',
  'breaking changes in the parser',
  'logging improvements',
  'nested scopes in the config',
  'fixed bugs',
];

describe('checkImperative', () => {
  test.each(IMPERATIVE)('%s: imperative', (subject) => {
    expect(checkImperative(subject)).toBeUndefined();
  });

  test.each(NOT_IMPERATIVE)('%s: suggests %s (%s)', (subject, suggestion, inflection) => {
    expect(checkImperative(subject)).toMatchObject({ suggestion, inflection, certain: true });
  });

  test.each(AMBIGUOUS)('%s: not certain', (subject) => {
    expect(checkImperative(subject)).toMatchObject({ certain: false });
  });

  test('a verb context makes an ambiguous word certain', () => {
    expect(checkImperative('calls the handler twice')?.certain).toBe(true);
    expect(checkImperative('updates the docs')?.certain).toBe(true);
    expect(checkImperative('fixed crash on start')?.certain).toBe(true);
  });

  test('an empty or non-word subject passes', () => {
    expect(checkImperative('')).toBeUndefined();
    expect(checkImperative('🐛 squash the bug')).toBeUndefined();
    expect(checkImperative('123 numbers')).toBeUndefined();
  });

  test('the message names both forms', () => {
    expect(describeMoodProblem(checkImperative('added x')!)).toBe(
      'subject must start with a verb in the imperative mood: "add", not "added" (past tense)',
    );
    expect(describeMoodProblem(checkImperative('typed arrays')!)).toBe(
      'subject may not start with a verb in the imperative mood: if "typed" is a verb (past tense), write "type"',
    );
  });
});
