import { runAction } from '@flow-actions/kit/action';
import { run } from './run.ts';

void runAction({ name: 'pr-policy', run });
