import { describe, expect, test } from '@jest/globals';
import { CommitParser } from 'conventional-commits-parser';
import {
  ANGULAR_PRESET,
  commitlintParserOptions,
  CONVENTIONAL_PRESET,
  parseMessage,
  toParsedMessage,
} from './parse.ts';
import { messageCorpus } from './testing/corpus.ts';

describe('parseMessage with a lean parser', () => {
  test.each(['parseReferences', 'parseMentions'])('the parser still has %s', (method) => {
    // A renamed method would leave the override without effect: slower, not wrong, but say so.
    expect(typeof Object.getOwnPropertyDescriptor(CommitParser.prototype, method)?.value).toBe(
      'function',
    );
  });

  test.each([
    ['conventional', commitlintParserOptions(CONVENTIONAL_PRESET)],
    ['angular', commitlintParserOptions(ANGULAR_PRESET)],
  ])('changes nothing but the references (%s preset)', (_name, options) => {
    let withReferences = 0;
    for (const { message } of messageCorpus(1_500)) {
      const full = new CommitParser(options).parse(message);
      const parsed = parseMessage(message, options);
      const lean = parseMessage(message, options, false);
      const expected = toParsedMessage(message, full);
      expect(parsed).toEqual(expected);
      expect(lean).toEqual({ ...expected, references: [] });
      if (full.references.length) withReferences++;
    }
    // The corpus has references for the comparison to mean something.
    expect(withReferences).toBeGreaterThan(100);
  });

  test('references are found when asked for', () => {
    const options = commitlintParserOptions(CONVENTIONAL_PRESET);
    expect(parseMessage('fix: crash\n\nCloses #12', options).references).toMatchObject([
      { action: 'Closes', issue: '12' },
    ]);
    expect(parseMessage('fix: crash\n\nCloses #12', options, false).references).toEqual([]);
  });
});
