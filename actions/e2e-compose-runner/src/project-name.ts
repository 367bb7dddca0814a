/**
 * Compose project names may hold only lower-case letters, digits, `-` and `_`, and must start
 * with a letter or digit (Compose v2 rejects anything else; v1 silently strips it, which could
 * merge two projects).
 */
export function sanitizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 63);
}

/**
 * `flow-e2e-<run id>-<attempt>`: unique per workflow run and attempt, so a re-run never meets the
 * containers of an earlier attempt. Off the runner, the process id stands in for the run.
 */
export function defaultProjectName(env: NodeJS.ProcessEnv, pid: number = process.pid): string {
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`
    : `local-${pid}`;
  return sanitizeProjectName(`flow-e2e-${run}`);
}
