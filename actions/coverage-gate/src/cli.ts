import { readActionMetadata } from '@flow-actions/kit';
import type { CliCommand } from '@flow-actions/kit/cli';
import { run } from './run.ts';

/** `npx flow-actions coverage-gate --reports coverage/lcov.info --thresholds lines=80 --from main` */
export const command: CliCommand = {
  name: 'coverage-gate',
  metadata: readActionMetadata(new URL('../action.yml', import.meta.url)),
  run: run as CliCommand['run'],
  extraOptions: {
    from: 'measure patch coverage of the changes since this commit (merge-base with --to)',
    to: 'the head of the changes (default HEAD)',
  },
};
