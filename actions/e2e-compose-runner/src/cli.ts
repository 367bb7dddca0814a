import { readActionMetadata } from '@flow-actions/kit';
import type { CliCommand } from '@flow-actions/kit/cli';
import { run } from './run.ts';
import { tearDownSaved } from './teardown.ts';

/** The CLI has no post step: it tears the stack down itself once the run ends (per `teardown`). */
export const command: CliCommand = {
  name: 'e2e-compose-runner',
  metadata: readActionMetadata(new URL('../action.yml', import.meta.url)),
  run: async (context) => {
    try {
      return await run(context);
    } finally {
      await tearDownSaved(context.state, context.log);
    }
  },
};
