/**
 * node actions/e2e-compose-runner/bench/readiness.bench.ts [rounds]
 *
 * On fixtures/stacks/healthy (a web service, a 2 s slow starter, a worker and a one-shot job):
 * 1. lag: Docker's own health_status event timestamp → the moment the runner noticed it;
 * 2. time to ready of the runner's pipeline (Compose detection, up, event-stream wait) against a
 *    hand-written `docker-compose up -d` plus a 200 ms `docker inspect` polling loop;
 * 3. the whole main step (node start-up, logs collection included) against the same loop.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { compose, detectCompose, upArgs, type ComposeProject } from '../src/compose.ts';
import { EventStream } from '../src/events.ts';
import { waitForReadiness } from '../src/wait-ready.ts';

const rounds = Number(process.argv[2] ?? 3);
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const stacks = join(fixtures, 'stacks');
const stackDir = join(stacks, 'healthy');
execFileSync(join(fixtures, 'busybox-image', 'build-image.sh'), { stdio: 'ignore' });

const project = (name: string): ComposeProject => ({
  name,
  files: [join(stackDir, 'compose.yaml')],
  envFile: undefined,
  profiles: [],
  cwd: stackDir,
});

function down(name: string): void {
  spawnSync(
    'docker-compose',
    ['-p', name, '-f', join(stackDir, 'compose.yaml'), 'down', '-v', '--remove-orphans', '-t', '1'],
    { stdio: 'ignore' },
  );
}

/** What people write by hand: up -d, then ask docker inspect every 200 ms until all are ready. */
const HAND_WRITTEN = `
set -eu
docker-compose -p "$P" -f "$F" up -d --build >/dev/null 2>&1
while :; do
  ready=1
  for id in $(docker ps -aq --filter "label=com.docker.compose.project=$P"); do
    s=$(docker inspect --format '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.ExitCode}}' "$id")
    case "$s" in
      "running healthy "*|"running none "*|"exited none 0"|"exited healthy 0") ;;
      *) ready=0 ;;
    esac
  done
  [ "$ready" = 1 ] && break
  sleep 0.2
done
`;

function handWritten(name: string): number {
  const started = performance.now();
  execFileSync('bash', ['-c', HAND_WRITTEN], {
    env: { ...process.env, P: name, F: join(stackDir, 'compose.yaml') },
  });
  return (performance.now() - started) / 1000;
}

async function pipeline(name: string): Promise<{ seconds: number; lags: number[] }> {
  const started = performance.now();
  const cli = await detectCompose('auto');
  const events = new EventStream(name, Date.now() - 100);
  const up = await compose(cli, project(name), upArgs({ build: true, services: [] }));
  if (up.code !== 0) throw new Error(up.stderr);
  const noticed = new Map<string, number>();
  const outcome = await waitForReadiness({
    project: name,
    events,
    deadline: Date.now() + 60_000,
    onReady: (container) => noticed.set(container.id, Date.now()),
  });
  const seconds = (performance.now() - started) / 1000;
  events.close();
  if (outcome.kind !== 'ready') throw new Error(`stack not ready: ${outcome.kind}`);
  // Only containers made ready by a health_status event: their readyAt is Docker's own timestamp.
  const lags = outcome.containers
    .filter((entry) => entry.healthcheck && entry.readyFrom === 'event')
    .map((entry) => (noticed.get(entry.id)! - entry.readyAt!) / 1000);
  return { seconds, lags };
}

/** dist/e2e-compose-runner/index.js as the runner starts it (inputs not given take their defaults). */
function wholeStep(name: string): number {
  const runner = mkdtempSync(join(tmpdir(), 'flow-e2e-bench-'));
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((file) => [
      file,
      join(runner, file),
    ]),
  );
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env = {
    ...process.env,
    ...files,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: stacks,
    RUNNER_TEMP: runner,
    'INPUT_WORKING-DIRECTORY': 'healthy',
    'INPUT_PROJECT-NAME': name,
  };
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [fileURLToPath(new URL('../../../dist/e2e-compose-runner/index.js', import.meta.url))],
    { env, encoding: 'utf8' },
  );
  const seconds = (performance.now() - started) / 1000;
  rmSync(runner, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  return seconds;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const max = (values: number[]) => Math.max(...values);

const lags: number[] = [];
const baseline: number[] = [];
const ours: number[] = [];
const whole: number[] = [];
for (let round = 0; round < rounds; round++) {
  const names = ['hand', 'ours', 'step'].map(
    (kind) => `flow-e2e-bench-${process.pid}-${kind}-${round}`,
  );
  try {
    baseline.push(handWritten(names[0]!));
    down(names[0]!);
    const run = await pipeline(names[1]!);
    ours.push(run.seconds);
    lags.push(...run.lags);
    down(names[1]!);
    whole.push(wholeStep(names[2]!));
  } finally {
    for (const name of names) down(name);
  }
}

const row = (label: string, values: number[], unit = 's') =>
  `| ${label.padEnd(52)} | ${median(values).toFixed(3).padStart(7)} ${unit} | ${max(values).toFixed(3).padStart(7)} ${unit} |`;
console.log(`readiness on fixtures/stacks/healthy, ${rounds} rounds (docker-compose v1)\n`);
console.log(`| ${'measure'.padEnd(52)} | ${'median'.padStart(9)} | ${'max'.padStart(9)} |`);
console.log(`| ${'-'.repeat(52)} | ${'-'.repeat(9)} | ${'-'.repeat(9)} |`);
console.log(row('lag: health_status event → noticed', lags));
console.log(row('hand-written up -d + 200 ms polling: time to ready', baseline));
console.log(row('runner pipeline: time to ready', ours));
console.log(
  row(
    'runner overhead (pipeline − hand-written)',
    ours.map((value, index) => value - baseline[index]!),
  ),
);
console.log(row('whole main step (node, logs collection included)', whole));
console.log(
  row(
    'whole main step − hand-written',
    whole.map((value, index) => value - baseline[index]!),
  ),
);
