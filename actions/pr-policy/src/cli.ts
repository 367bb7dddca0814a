import { actionCommand, RANGE_OPTIONS } from '@flow-actions/kit/cli';
import { run } from './run.ts';

export const command = await actionCommand(
  'pr-policy',
  new URL('../action.yml', import.meta.url),
  run,
  {
    ...RANGE_OPTIONS,
    title: "the pull request's title (on a runner the event gives it)",
    'body-file': "a file holding the pull request's body, in the repository",
    'head-ref': 'the head branch name',
    'base-ref': 'the base branch name',
  },
);
