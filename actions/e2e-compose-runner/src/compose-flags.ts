import { UsageError, type InputSource } from '@flow-actions/kit';

/**
 * Flags that would change which project, files, environment or engine Compose works on: the
 * action names those itself, and teardown must find the same project again.
 */
const PROJECT_FLAGS = [
  '--file',
  '--project-name',
  '--project-directory',
  '--env-file',
  '--profile',
  '--context',
  '--host',
];
const PROJECT_SHORT_FLAGS = ['-f', '-p', '-c', '-H'];

function refused(token: string): string | undefined {
  if (token.startsWith('--')) return PROJECT_FLAGS.find((flag) => token.split('=')[0] === flag);
  // Short flags may carry their value (-fother.yml).
  return PROJECT_SHORT_FLAGS.find((flag) => token.startsWith(flag));
}

/**
 * `up-flags` / `down-flags`: extra Compose flags, separated by white space (no quoting), passed
 * after the action's own. The first must be a flag (so no service name slips in), and none may
 * change the project or its files.
 */
export function readComposeFlags(inputs: InputSource, name: 'up-flags' | 'down-flags'): string[] {
  const tokens = (inputs.get(name) ?? '').split(/\s+/).filter(Boolean);
  const fail = (why: string) => new UsageError(`${inputs.describe(name)}: ${why}`, { input: name });
  if (tokens.length > 0 && !tokens[0]!.startsWith('-'))
    throw fail(`expected flags such as --wait, got ${JSON.stringify(tokens[0])} first`);
  for (const token of tokens) {
    const flag = refused(token);
    if (flag)
      throw fail(
        `${flag} changes the project or its files, which the action sets itself (compose-files, project-name, env-file, profiles, working-directory)`,
      );
  }
  return tokens;
}
