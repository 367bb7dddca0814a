import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { opticKeys, ourKeys, REAL_PAIRS } from '../../scripts/peer-breaking.ts';
import { loadSpec } from '../openapi/lint.ts';
import { compareSpecs } from './compare.ts';
import { PAIRS } from './testing/pairs.ts';

const dir = mkdtempSync(join(tmpdir(), 'flow-breaking-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Where Optic and we differ on purpose (the README says why): rule groups found by one side only. */
const DIFFERENCES: Record<string, { oursOnly?: string[]; opticOnly?: string[] }> = {
  'response property format changed': { oursOnly: ['response-type'] },
  'request property type widened': { opticOnly: ['request-type'] },
  'response enum value removed': { oursOnly: ['property-enum'] },
  'response enum value added': { opticOnly: ['property-enum'] },
};

const groups = (keys: Iterable<string>) =>
  [...new Set([...keys].map((key) => key.slice(0, key.indexOf(' '))))].sort();

describe('breaking changes against Optic', () => {
  test(`${PAIRS.length} hand-checked pairs: our ids as expected, Optic's the same but where we differ on purpose`, async () => {
    const none = { read: async () => undefined };
    for (const [index, pair] of PAIRS.entries()) {
      const base = join(dir, `${index}-base.yaml`);
      const head = join(dir, `${index}-head.yaml`);
      writeFileSync(base, pair.base);
      writeFileSync(head, pair.head);
      const changes = compareSpecs(
        (await loadSpec(base, pair.base, none))!,
        (await loadSpec(head, pair.head, none))!,
      );
      const ours = await ourKeys(base, head);
      const optic = await opticKeys(base, head);
      expect({
        pair: pair.name,
        rules: [...new Set(changes.map((change) => change.rule))],
        oursOnly: groups([...ours].filter((key) => !optic.has(key))),
        opticOnly: groups([...optic].filter((key) => !ours.has(key))),
      }).toEqual({
        pair: pair.name,
        rules: pair.expected,
        oursOnly: DIFFERENCES[pair.name]?.oursOnly ?? [],
        opticOnly: DIFFERENCES[pair.name]?.opticOnly ?? [],
      });
    }
  }, 180_000);

  /**
   * GitHub's descriptions from two majors of @octokit/openapi. Optic takes many minutes on each, so
   * here our findings are checked against counts verified by hand (and by a separate naive walk:
   * 40 operations gone, no 2xx status, parameter or body made required) in the README.
   */
  const HAND_CHECKED: Record<string, Record<string, number>> = {
    'api.github.com 22.0.0 → 23.0.2': {
      'api-path-removed': 21,
      'response-property-removed': 11,
      'response-property-became-optional': 2,
      'request-property-became-required': 1,
      'response-property-enum-value-removed': 1,
      'response-media-type-removed': 1,
    },
    'ghec 22.0.0 → 23.0.2': {
      'api-path-removed': 22,
      'response-property-removed': 15,
      'request-property-became-required': 1,
      'response-property-enum-value-removed': 1,
      'response-media-type-removed': 1,
    },
    'ghes-3.18 → ghes-3.19 (23.0.2)': {},
  };

  test.each(Object.entries(REAL_PAIRS))(
    'real history: %s',
    async (name, [baseFile, headFile]) => {
      const none = { read: async () => undefined };
      const base = await loadSpec('base.json', readFileSync(baseFile, 'utf8'), none);
      const head = await loadSpec('head.json', readFileSync(headFile, 'utf8'), none);
      const counts: Record<string, number> = {};
      for (const change of compareSpecs(base!, head!))
        counts[change.rule] = (counts[change.rule] ?? 0) + 1;
      expect(counts).toEqual(HAND_CHECKED[name]);
    },
    120_000,
  );
});
