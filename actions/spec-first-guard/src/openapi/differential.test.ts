import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { ourKeys, PEER_NAME, peerFindings, PUBLIC_DOCUMENTS } from '../../scripts/peer-linter.ts';
import { OVERLAPPING_RULES } from './completeness.ts';
import { lintSpec, loadSpec } from './lint.ts';

const noFiles = { read: async () => undefined };

// Differential: on public OpenAPI documents, our findings for the rules we share with Redocly's
// recommended ruleset are exactly the findings of Redocly itself, run in-process.
describe(`completeness lint agrees with ${PEER_NAME}`, () => {
  test.each(Object.entries(PUBLIC_DOCUMENTS))('%s', async (_name, file) => {
    const documents = await loadSpec(file, readFileSync(file, 'utf8'), noFiles);
    const ours = ourKeys(
      lintSpec(documents!, { rules: new Set(OVERLAPPING_RULES), structure: false }).findings,
    );
    const theirs = await peerFindings(file);
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours.sort()).toEqual(theirs.sort());
  });

  test('the public documents are valid against the official OpenAPI schemas', async () => {
    for (const file of Object.values(PUBLIC_DOCUMENTS).slice(1)) {
      const documents = await loadSpec(file, readFileSync(file, 'utf8'), noFiles);
      const structural = lintSpec(documents!, { rules: new Set() }).findings;
      expect(structural).toEqual([]);
    }
  });
});
