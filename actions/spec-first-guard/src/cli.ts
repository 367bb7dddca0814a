import { actionCommand, RANGE_OPTIONS } from '@flow-actions/kit/cli';
import { run } from './run.ts';

export const command = await actionCommand(
  'spec-first-guard',
  new URL('../action.yml', import.meta.url),
  run,
  RANGE_OPTIONS,
);
