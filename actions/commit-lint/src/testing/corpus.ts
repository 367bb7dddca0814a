import type { HistoryCommit } from './history.ts';
import { seededRandom as random } from '@flow-actions/testing';

const TYPES = [
  'feat',
  'fix',
  'docs',
  'chore',
  'refactor',
  'test',
  'ci',
  'build',
  'perf',
  'style',
  'revert',
  'Feat',
  'FIX',
  'feature',
  'wip',
  'deps',
  '',
];
const SCOPES = [
  '',
  '',
  '',
  'api',
  'core',
  'ui/button',
  'API',
  'parser,lexer',
  'deps-dev',
  'Core',
  'my scope',
  '',
];
const SUBJECTS = [
  'add the login form',
  'Add the login form',
  'added retry to the client',
  'Fix Crash On Startup',
  'UPDATE README',
  'handle empty input.',
  'support `Eslint` flat config',
  'bump lodash from 4.17.20 to 4.17.21',
  'remove deprecated API...',
  '✨ add sparkles',
  '🐛 fix the bug',
  'добавить перевод',
  'Ünïcode handling',
  '123 numbers first',
  'use "Quoted Name" in docs',
  'make parseHeader faster',
  'feed the parser from stdin',
  '',
  ' leading space in subject',
  'a'.repeat(90),
  'trailing space ',
  'x',
];
const BODIES = [
  '',
  'Explain the change in a sentence.',
  'A longer body line that keeps going and going, well past the hundred characters that the config allows here!',
  'See https://example.com/a/very/long/url/that/goes/on/and/on/for/more/than/one/hundred/characters/in/total/yes',
  'First paragraph.\n\nSecond paragraph with detail.',
  '- bullet one\n- bullet two\n* star bullet',
  'Line with a reference to #42 in the middle.',
  'Fixes #12 in the body text',
  '---\nyaml: front matter like\n---',
  'Key: value that looks like a trailer',
  '    indented code block\n    second line',
];
const FOOTERS = [
  '',
  'Closes #123',
  'Refs: ABC-1',
  'BREAKING CHANGE: the API changed',
  'BREAKING-CHANGE: the config moved',
  'Signed-off-by: Ada Lovelace <ada@example.com>',
  'Co-authored-by: Grace Hopper <grace@example.com>\nSigned-off-by: Ada Lovelace <ada@example.com>',
  'Reviewed-by: Someone With A Very Long Name Indeed <someone.with.a.very.long.name.indeed@example.com> and more text',
  'Fixes: #7',
  'fix #8, closes #9',
];
/** Messages every corpus starts with: merges, reverts, fixups, version bumps, odd headers. */
export const SPECIAL = [
  "Merge branch 'feature/x' into main",
  'Merge pull request #12 from octo/feature-x\n\nfeat: add x',
  "Merge remote-tracking branch 'origin/main'",
  "Merge tag 'v1.2.3'",
  'Merged in feature/x (pull request #3)',
  'Automatic merge from submodule',
  'Auto-merged feature into main',
  'Revert "feat: add the thing"\n\nThis reverts commit 1234567890abcdef1234567890abcdef12345678.',
  'revert: feat: add the thing\n\nThis reverts commit 1234567.',
  'Reapply "feat: add the thing"',
  'fixup! feat: add the thing',
  'squash! fix: something',
  'amend! docs: words',
  '1.2.3',
  'v2.0.0-rc.1',
  'chore(release): 1.4.0 [skip ci]',
  'chore: 2.0.0 (skip ci)',
  'Bump lodash from 4.17.20 to 4.17.21\n\nBumps [lodash](https://github.com/lodash/lodash) from 4.17.20 to 4.17.21.\n\nSigned-off-by: dependabot[bot] <support@github.com>',
  'chore(deps): update dependency typescript to v5.4.5',
  'feat add missing colon',
  'feat(: broken scope',
  '(core): missing type',
  'feat:no space',
  'feat : space before colon',
  'feat(): empty scope',
  'WIP',
  'Initial commit',
  'fix(parser)!: drop support for node 18',
  'feat!: breaking without scope\n\nBREAKING CHANGE: everything',
  'docs: ::error::pwned\n\n::add-mask::secret',
  '# comment line first\nfeat: after a comment',
  'feat: subject\nbody right after header',
  'feat: subject\n\n\n\nbody after many blank lines',
  'feat: trailing newlines\n\n\n',
];

/** A header from the parts, with the separators people really type. */
function header(pick: <T>(list: readonly T[]) => T, rand: () => number): string {
  const type = pick(TYPES);
  const scope = pick(SCOPES);
  const bang = rand() < 0.1 ? '!' : '';
  const separator = rand() < 0.92 ? ': ' : pick([':', ' : ', ':  ']);
  const head = `${type}${scope ? `(${scope})` : ''}${bang}${separator}${pick(SUBJECTS)}`;
  return rand() < 0.05 ? ` ${head}` : rand() < 0.05 ? `${head}\t` : head;
}

/**
 * Commit messages of the shapes real histories hold: conventional headers with every kind of
 * mistake, bodies and footers with and without blank lines, CRLF, long lines, breaking changes,
 * merges, reverts, fixups, version bumps, bot messages and malformed headers.
 */
export function messageCorpus(count: number, seed = 7): HistoryCommit[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const messages: HistoryCommit[] = [];
  for (let index = 0; index < count; index++) {
    let message: string;
    if (index < SPECIAL.length) message = SPECIAL[index]!;
    else if (rand() < 0.12) message = pick(SPECIAL);
    else {
      const parts = [header(pick, rand)];
      const body = pick(BODIES);
      const footer = pick(FOOTERS);
      const tight = rand() < 0.15; // no blank line before the body or footer
      if (body) parts.push(tight ? '\n' : '\n\n', body);
      if (footer) parts.push(rand() < 0.15 ? '\n' : '\n\n', footer);
      message = parts.join('');
    }
    if (rand() < 0.1) message = message.replace(/\n/g, '\r\n');
    if (rand() < 0.7) message += '\n';
    const bot = rand() < 0.05;
    messages.push({
      message,
      ...(bot
        ? {
            author: {
              name: 'dependabot[bot]',
              email: '49699333+dependabot[bot]@users.noreply.github.com',
            },
          }
        : {}),
    });
  }
  return messages;
}
