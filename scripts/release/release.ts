/**
 * npm run release [-- --dry-run] [-- --push <remote>]
 * Releases every action whose Conventional Commits since its last `<name>/vX.Y.Z` tag call for it.
 * The scheme is described in docs/releasing.md.
 */
import { parseArgs } from 'node:util';
import { release } from './publish.ts';

function main(): void {
  const { values } = parseArgs({
    options: { 'dry-run': { type: 'boolean', default: false }, push: { type: 'string' } },
    allowPositionals: false,
  });
  release(process.cwd(), {
    dryRun: values['dry-run'],
    ...(values.push ? { push: values.push } : {}),
  });
}

if (import.meta.main) {
  try {
    main();
  } catch (error) {
    console.error(`release: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
