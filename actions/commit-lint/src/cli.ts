import { readActionMetadata } from '@flow-actions/kit';
import type { CliCommand } from '@flow-actions/kit/cli';
import { run } from './run.ts';

export const command: CliCommand = {
  name: 'commit-lint',
  metadata: readActionMetadata(new URL('../action.yml', import.meta.url)),
  run: run as CliCommand['run'],
  extraOptions: {
    edit: 'lint a commit message file (a commit-msg hook passes "$1"); git comment lines are stripped',
    message: 'lint this message text',
    from: 'lint the commits after this revision (with --to; default HEAD)',
    to: 'the last revision of the range [HEAD]',
  },
};
