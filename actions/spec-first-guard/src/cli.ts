import { readActionMetadata } from '@flow-actions/kit';
import type { CliCommand } from '@flow-actions/kit/cli';
import { run } from './run.ts';

export const command: CliCommand = {
  name: 'spec-first-guard',
  metadata: readActionMetadata(new URL('../action.yml', import.meta.url)),
  run: run as CliCommand['run'],
  extraOptions: {
    from: 'the base of the range to check (default: the pull request event)',
    to: 'the head of the range to check [HEAD]',
  },
};
