import type { describe as jestDescribe } from '@jest/globals';

/**
 * Docker tests run when scripts/test.ts found an engine (FLOW_DOCKER=1), or must run because
 * FLOW_REQUIRE_DOCKER=1; otherwise they are skipped, and counted as skipped, never as passed.
 */
export const dockerEnabled =
  process.env.FLOW_DOCKER === '1' || process.env.FLOW_REQUIRE_DOCKER === '1';

export function describeDocker(name: string, body: () => void): void {
  // jest's injected global, not an import of @jest/globals: this package is also loaded outside
  // jest (the demo), where that import throws.
  const describe = (globalThis as unknown as { describe: typeof jestDescribe }).describe;
  (dockerEnabled ? describe : describe.skip)(name, body);
}
