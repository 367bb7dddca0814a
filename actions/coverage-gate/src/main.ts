import { runAction } from '@flow-actions/kit/action';
import { pullRequestCommenter } from '@flow-actions/kit/comment';
import { run } from './run.ts';

void runAction({ name: 'coverage-gate', run, commenter: pullRequestCommenter() });
