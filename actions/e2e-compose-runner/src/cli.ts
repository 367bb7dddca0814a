import { actionCommand } from '@flow-actions/kit/cli';
import { run } from './run.ts';
import { tearDownSaved } from './teardown.ts';

/** The CLI has no post step: it tears the stack down itself once the run ends (per `teardown`). */
export const command = await actionCommand(
  'e2e-compose-runner',
  new URL('../action.yml', import.meta.url),
  async (context) => {
    try {
      return await run(context);
    } finally {
      await tearDownSaved(context.state, context.log);
    }
  },
);
