import { readActionMetadata } from '@flow-actions/kit';
import type { CliCommand } from '@flow-actions/kit/cli';
import { run } from './run.ts';

export const command: CliCommand = {
  name: 'port-conflict-check',
  metadata: readActionMetadata(new URL('../action.yml', import.meta.url)),
  run,
};
