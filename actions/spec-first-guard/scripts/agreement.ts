/**
 * node actions/spec-first-guard/scripts/agreement.ts
 * Agreement with Redocly per shared rule on every public description of the differential test,
 * bundled and (for the YAML ones) split into one file per operation and component: for each
 * rule, our findings, Redocly's, and how many are the same finding on the same operation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { OVERLAPPING_RULES } from '../src/openapi/completeness.ts';
import { lintSpec } from '../src/openapi/lint.ts';
import { loadOurs, ourKeys, PEER_NAME, peerFindings, PUBLIC_DOCUMENTS } from './peer-linter.ts';
import { splitSpec } from './split-spec.ts';

const scratch = mkdtempSync(join(tmpdir(), 'agreement-'));
const documents: [string, string, string][] = Object.entries(PUBLIC_DOCUMENTS).map(
  ([name, path]) => [name, dirname(path), basename(path)],
);
for (const name of ['blockfrost (yaml)', 'shipengine (yaml)']) {
  const folder = join(scratch, name.replace(/\W+/g, '-'));
  const files = splitSpec(PUBLIC_DOCUMENTS[name]!, folder);
  documents.push([`${name} split into ${files} files`, folder, 'openapi.yaml']);
}

const ruleOf = (key: string) => key.slice(0, key.indexOf(' ')).replace(/:.*/, '');
console.log(`agreement with ${PEER_NAME}: ours / Redocly's / the same, per shared rule\n`);
try {
  for (const [name, folder, file] of documents) {
    const loaded = await loadOurs(folder, file);
    const lint = lintSpec(loaded, { rules: new Set(OVERLAPPING_RULES), structure: false });
    const ours = ourKeys(lint.findings, loaded);
    const theirs = await peerFindings(folder, file, loaded);
    const cells = OVERLAPPING_RULES.map((rule) => {
      const a = ours.filter((key) => ruleOf(key) === rule);
      const b = new Set(theirs.filter((key) => ruleOf(key) === rule));
      return `${rule} ${a.length}/${b.size}/${a.filter((key) => b.has(key)).length}`;
    });
    console.log(`${name} (${lint.operations.length} operations): ${cells.join(', ')}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
