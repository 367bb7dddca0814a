import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  loadOurs,
  ourKeys,
  PEER_NAME,
  peerFindings,
  PUBLIC_DOCUMENTS,
} from '../../scripts/peer-linter.ts';
import { splitSpec } from '../../scripts/split-spec.ts';
import { OVERLAPPING_RULES } from './completeness.ts';
import { lintSpec } from './lint.ts';

const scratch = mkdtempSync(join(tmpdir(), 'split-spec-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function both(folder: string, file: string) {
  const documents = await loadOurs(folder, file);
  const findings = lintSpec(documents, { rules: new Set(OVERLAPPING_RULES), structure: false });
  return {
    ours: ourKeys(findings.findings, documents).sort(),
    theirs: (await peerFindings(folder, file, documents)).sort(),
    operations: findings.operations.length,
  };
}

// Differential: on public OpenAPI documents, our findings for the rules we share with Redocly's
// recommended ruleset are exactly the findings of Redocly itself, run in-process.
describe(`completeness lint agrees with ${PEER_NAME}`, () => {
  test.each(Object.entries(PUBLIC_DOCUMENTS))('%s', async (name, path) => {
    const { ours, theirs } = await both(dirname(path), basename(path));
    // ShipEngine's description is complete for these rules: no findings on either side.
    if (!name.startsWith('shipengine')) expect(theirs.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  });

  // A multi-file description with operation-level $refs, split from a real one (see the script).
  test.each(['blockfrost (yaml)', 'shipengine (yaml)'])(
    '%s split into one file per operation and component',
    async (name) => {
      const bundled = PUBLIC_DOCUMENTS[name]!;
      const folder = join(scratch, name.replace(/\W+/g, '-'));
      const files = splitSpec(bundled, folder);
      expect(readdirSync(join(folder, 'resources')).length).toBeGreaterThan(10);
      const split = await both(folder, 'openapi.yaml');
      const whole = await both(dirname(bundled), basename(bundled));
      expect(files).toBeGreaterThan(split.operations);
      expect(split.operations).toBe(whole.operations);
      expect(split.ours).toEqual(split.theirs);
      expect(split.ours).toEqual(whole.ours);
    },
  );

  test('the public documents are valid against the official OpenAPI schemas', async () => {
    for (const [name, path] of Object.entries(PUBLIC_DOCUMENTS)) {
      // GitHub's and Blockfrost's descriptions break the official schema in places (`type: null`).
      if (!/petstore|security|callbacks|webhooks/.test(name)) continue;
      const documents = await loadOurs(dirname(path), basename(path));
      const structural = lintSpec(documents, { rules: new Set() }).findings;
      expect({ name, structural }).toEqual({ name, structural: [] });
    }
  });
});
