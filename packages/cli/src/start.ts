import manifest from '../package.json' with { type: 'json' };
import { main } from './main.ts';

/** The process entry of the CLI, from the repository's sources or from the bundled package. */
void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  version: manifest.version,
}).then((code) => {
  process.exitCode = code;
});
