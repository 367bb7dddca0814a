#!/usr/bin/env node
// The CLI runs the actions' TypeScript sources directly on Node 24 (type stripping); npx puts the
// repository's Node 24 (the `node` dev dependency) first on the PATH.
import { enableCompileCache } from 'node:module';

// V8's code cache and the stripped TypeScript, kept on disk: later runs (a commit-msg hook runs on
// every commit) load the sources in about half the time.
enableCompileCache();
const { main } = await import('../src/main.ts');

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
