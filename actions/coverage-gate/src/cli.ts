import { actionCommand, RANGE_OPTIONS } from '@flow-actions/kit/cli';
import { run } from './run.ts';

/** `npx --no-install flow-actions coverage-gate --reports coverage/lcov.info --thresholds lines=80 --from main` */
export const command = await actionCommand(
  'coverage-gate',
  new URL('../action.yml', import.meta.url),
  run,
  RANGE_OPTIONS,
);
