#!/usr/bin/env node
// The CLI runs the actions' TypeScript sources directly on Node 24 (type stripping); npx puts the
// repository's Node 24 (the `node` dev dependency) first on the PATH.
import { main } from '../src/main.ts';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
