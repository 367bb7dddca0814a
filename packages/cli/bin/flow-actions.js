#!/usr/bin/env node
// The launcher of the CLI, the same file in the repository and in the published package. Written
// in syntax every Node reads, so that an old Node gets a clear message and exit code 2 (bad
// input) instead of a SyntaxError and exit code 1, which means "the gate failed".
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';

const FLOOR = 20;
const major = Number(process.versions.node.split('.')[0]);
const bundled = new URL('../index.js', import.meta.url);
const fail = (message) => {
  process.stderr.write(`flow-actions: ${message}\n`);
  process.exit(2);
};

if (major < FLOOR) fail(`needs Node.js ${FLOOR} or later; this is Node.js ${process.version}.`);
if (existsSync(bundled)) {
  // The published package (@flow-actions/cli): one bundled file.
  await import(bundled.href);
} else {
  // The repository's sources, run as TypeScript: Node strips the types itself (22.18 and later).
  if (!process.features.typescript)
    fail(
      `runs the repository's TypeScript sources, which needs Node.js 22.18 or later (24 is what npm scripts and npx --no-install use here); this is Node.js ${process.version}.`,
    );
  // V8's code cache and the stripped TypeScript, kept on disk: later runs (a commit-msg hook runs
  // on every commit) load the sources in about half the time.
  nodeModule.enableCompileCache?.();
  await import('../src/start.ts');
}
