import { expect, test } from '@jest/globals';
import { STARTS_WITH_LETTER } from './core.ts';

test("subject-case's letter test agrees with commitlint's /^[\\p{Ll}\\p{Lu}\\p{Lt}]/iu on every code point", () => {
  const commitlints = /^[\p{Ll}\p{Lu}\p{Lt}]/iu;
  const differing: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const text = String.fromCodePoint(code);
    if (STARTS_WITH_LETTER.test(text) !== commitlints.test(text)) differing.push(code.toString(16));
  }
  expect(differing).toEqual([]);
});
