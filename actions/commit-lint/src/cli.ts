import { actionCommand, RANGE_OPTIONS } from '@flow-actions/kit/cli';
import { run } from './run.ts';

export const command = await actionCommand(
  'commit-lint',
  new URL('../action.yml', import.meta.url),
  run,
  {
    edit: 'lint a commit message file (a commit-msg hook passes "$1"), cleaned as git will clean it',
    message: 'lint this message text',
    ...RANGE_OPTIONS,
  },
);
