import { actionCommand } from '@flow-actions/kit/cli';
import { run } from './run.ts';

export const command = await actionCommand(
  'port-conflict-check',
  new URL('../action.yml', import.meta.url),
  run,
);
