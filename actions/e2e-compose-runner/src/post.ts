import { runPost } from '@flow-actions/kit/action';
import { tearDownSaved } from './teardown.ts';

void runPost('e2e-compose-runner', (context) => tearDownSaved(context.state, context.log));
