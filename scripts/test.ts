/**
 * npm test [-- jest args]: jest on Node 24 with native ESM. Says which Node it runs on and whether
 * Docker is there; without Docker the Docker tests are skipped (and counted as skipped), unless
 * FLOW_REQUIRE_DOCKER=1, which makes them run and fail. Ends with "N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './actions.ts';

console.log(`node ${process.version} (${process.execPath})`);
const docker = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
  encoding: 'utf8',
});
const dockerUp = docker.status === 0;
const requireDocker = process.env.FLOW_REQUIRE_DOCKER === '1';
if (dockerUp) console.log(`docker engine ${docker.stdout.trim()}: Docker tests run`);
else if (requireDocker)
  console.log('FLOW_REQUIRE_DOCKER=1 but no Docker engine answers: Docker tests will fail');
else
  console.log(
    `no Docker engine answers (${(docker.stderr || docker.error?.message || '').trim().split('\n')[0]}): Docker tests are skipped`,
  );

const resultsFile = join(repoRoot, '.tmp', 'jest-results.json');
mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
const jest = spawnSync(
  process.execPath,
  [
    join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--json',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
      FLOW_DOCKER: dockerUp || requireDocker ? '1' : '0',
    },
  },
);
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  console.log(
    `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped`,
  );
} catch {
  console.log('jest wrote no results');
}
process.exit(jest.status ?? 1);
