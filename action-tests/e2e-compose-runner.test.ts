import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDocker } from '@flow-actions/testing';
import { healthServer } from '@flow-actions/e2e-compose-runner/fixtures/grpc-health-server';
import {
  annotations,
  runAction,
  runPost,
  startStep,
  type RunOptions,
  type RunResult,
} from './harness.ts';

const fixtures = fileURLToPath(new URL('../actions/e2e-compose-runner/fixtures/', import.meta.url));
const stacks = join(fixtures, 'stacks');
const ACTION = 'e2e-compose-runner';
/** The image every test stack runs (see actions/e2e-compose-runner/fixtures/busybox-image). */
const IMAGE = 'flow-e2e-busybox:test';

let counter = 0;
/** A project name of its own for every case, so parallel runs and leftovers never mix. */
const newProject = () => `flow-e2e-test-${process.pid}-${++counter}`;

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8' });
}

/** Containers, networks and volumes of the project, by its label and by its name. */
function leftovers(project: string): string[] {
  const found: string[] = [];
  for (const filter of [`label=com.docker.compose.project=${project}`, `name=${project}`]) {
    found.push(...docker('ps', '-a', '--format', '{{.Names}}', '--filter', filter).split('\n'));
    found.push(...docker('network', 'ls', '--format', '{{.Name}}', '--filter', filter).split('\n'));
    found.push(...docker('volume', 'ls', '--format', '{{.Name}}', '--filter', filter).split('\n'));
  }
  return [...new Set(found.filter(Boolean))];
}

/** Remove what a case deliberately left behind (teardown never / on-success after a failure). */
function forceRemove(project: string): void {
  const label = `label=com.docker.compose.project=${project}`;
  const ids = (...args: string[]) =>
    docker(...args, '--filter', label)
      .split('\n')
      .filter(Boolean);
  const containers = ids('ps', '-aq');
  if (containers.length) docker('rm', '-fv', ...containers);
  const networks = ids('network', 'ls', '-q');
  if (networks.length) docker('network', 'rm', ...networks);
  const volumes = ids('volume', 'ls', '-q');
  if (volumes.length) docker('volume', 'rm', '-f', ...volumes);
}

/** Command lines of the processes running on this machine that match `pattern` (from /proc). */
function running(pattern: RegExp): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        return '';
      }
    })
    .filter((cmdline) => pattern.test(cmdline));
}

interface Case {
  project: string;
  main: RunResult;
  /** How long the main step ran. */
  mainMs: number;
  post: RunResult;
}

/** The main step, then the post step with its state, then the check that nothing is left. */
async function runCase(
  stack: string,
  inputs: Record<string, string>,
  extra: Partial<RunOptions> = {},
): Promise<Case> {
  const project = newProject();
  const options: RunOptions = {
    action: ACTION,
    workspace: stacks,
    inputs: { 'working-directory': stack, 'project-name': project, ...inputs },
    ...extra,
  };
  const started = Date.now();
  const main = await runAction(options);
  const mainMs = Date.now() - started;
  const post = await runPost({ ...options, state: main.state });
  return { project, main, mainMs, post };
}

const rules = (result: RunResult) =>
  (result.report?.findings ?? []).map((finding: { rule: string }) => finding.rule);
const errorMessages = (result: RunResult) =>
  annotations(result)
    .filter((command) => command.command === 'error')
    .map((command) => command.message)
    .join('\n');

describeDocker('e2e-compose-runner on a real Docker engine (docker-compose v1)', () => {
  // Built once for the whole file; removed at the end unless it was there before (the benchmark
  // or the demo built it).
  let builtImage = false;
  beforeAll(() => {
    builtImage = spawnSync('docker', ['image', 'inspect', IMAGE], { stdio: 'ignore' }).status !== 0;
    execFileSync(join(fixtures, 'busybox-image', 'build-image.sh'), [IMAGE], { stdio: 'ignore' });
  }, 120_000);

  describe('a healthy stack with a slow starter, a one-shot job, URL checks and a passing test command', () => {
    let run: Case;
    beforeAll(async () => {
      run = await runCase('healthy', {
        'health-urls': 'web=http://127.0.0.1:${FLOW_E2E_WEB_8080}/health',
        'metrics-urls': 'slow=http://127.0.0.1:${FLOW_E2E_SLOW_8080}/metrics',
        'required-metrics': 'app_up, request_seconds, http_requests_total',
        'test-command': [
          'test -n "$FLOW_E2E_PROJECT" && test -n "$FLOW_E2E_WEB_8080"',
          'echo "project $FLOW_E2E_PROJECT web $FLOW_E2E_WEB_8080 slow $FLOW_E2E_SLOW_8080"',
          'echo "::error::from the test output"',
          'echo "suite passed"',
        ].join('\n'),
      });
    }, 90_000);

    test('passes with every output set', () => {
      const { main, project } = run;
      expect(main.report.findings).toEqual([]);
      expect(main.exitCode).toBe(0);
      expect(main.outputs).toMatchObject({
        passed: 'true',
        'project-name': project,
        'test-exit-code': '0',
        'log-errors': '0',
      });
      const ports = JSON.parse(main.outputs.ports!) as Record<string, Record<string, number>>;
      expect(Object.keys(ports).sort()).toEqual(['slow', 'web']);
      expect(ports.web!['8080']).toBeGreaterThan(0);
      // The slow starter serves only after 2 s, so readiness cannot come earlier.
      expect(Number(main.outputs['ready-seconds'])).toBeGreaterThanOrEqual(2);
    });

    test('readiness per service: healthy, running without a healthcheck, exited 0 for the one-shot', () => {
      const services = Object.fromEntries(
        run.main.report.services.map((service: { service: string }) => [service.service, service]),
      );
      expect(Object.keys(services).sort()).toEqual(['migrate', 'slow', 'web', 'worker']); // not the debug profile
      expect(services.web).toMatchObject({ state: 'running', health: 'healthy', restarts: 0 });
      expect(services.worker).toMatchObject({ state: 'running' });
      expect(services.migrate).toMatchObject({ state: 'exited (0)' });
      expect(services.slow.secondsToReady).toBeGreaterThanOrEqual(2);
      expect(run.main.summary).toMatch(
        /\| <code>slow<\/code> \| running \| healthy \| \d\.\d s \| 0 \| 0 \|/,
      );
    });

    test('health and metrics URLs are checked on the published ports', () => {
      const checks = run.main.report.checks as {
        kind: string;
        passed: boolean;
        message: string;
        url: string;
      }[];
      expect(checks.map((check) => [check.kind, check.passed])).toEqual([
        ['health', true],
        ['metrics', true],
      ]);
      expect(checks[1]!.message).toBe('3 metric families, 7 samples');
      expect(checks[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/health$/);
    });

    test('the test output is streamed as untrusted text: a workflow command in it stays inert', () => {
      expect(run.main.stdout).toContain('suite passed');
      const ports = JSON.parse(run.main.outputs.ports!) as Record<string, Record<string, number>>;
      expect(run.main.stdout).toContain(
        `project ${run.project} web ${ports.web!['8080']} slow ${ports.slow!['8080']}`,
      );
      expect(run.main.stdout).toContain('::error::from the test output');
      expect(errorMessages(run.main)).not.toContain('from the test output');
    });

    test('logs-dir holds one log and one inspect file per service', () => {
      const dir = run.main.outputs['logs-dir']!;
      expect(readFileSync(join(dir, 'migrate.log'), 'utf8')).toMatch(/^\S+Z migrated 3 tables\n$/);
      const inspect = JSON.parse(readFileSync(join(dir, 'web.inspect.json'), 'utf8'));
      expect(inspect[0].State.Health.Status).toBe('healthy');
      for (const service of ['slow', 'worker'])
        expect(existsSync(join(dir, `${service}.log`))).toBe(true);
    });

    test('the post step tears down everything of the project, volume included', () => {
      expect(run.post.exitCode).toBe(0);
      expect(run.post.stdout).toContain(`compose down removed project ${run.project}`);
      expect(leftovers(run.project)).toEqual([]);
    });
  });

  test('a service that never turns healthy: the timeout names it with its last health output', async () => {
    const { main, post, project } = await runCase('never-healthy', { 'wait-timeout': '2s' });
    expect(main.exitCode).toBe(1);
    expect(rules(main)).toEqual(['wait-timeout']);
    expect(errorMessages(main)).toMatch(
      /not ready after 2 s: api \(starting; last check exit 1: database not reachable yet\)/,
    );
    expect(main.outputs['ready-seconds']).toBe('');
    expect(post.exitCode).toBe(0);
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  test('a crashing service fails at once, with its logs, long before the timeout', async () => {
    const started = Date.now();
    const { main, post, project } = await runCase('crashing', { 'wait-timeout': '60' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(rules(main)).toEqual(['service-failed', 'log-errors']);
    expect(errorMessages(main)).toContain('service broken (');
    expect(errorMessages(main)).toContain(') exited with code 3 before the stack was ready');
    expect(main.summary).toContain('FATAL: DATABASE_URL is not set');
    expect(main.stdout).toContain('FATAL: DATABASE_URL is not set');
    expect(main.outputs['test-exit-code']).toBe('');
    expect(leftovers(project)).toEqual([]);
    expect(post.exitCode).toBe(0);
  }, 60_000);

  test.each([
    ['sickly', /turned unhealthy/],
    // Caught on its exit, or (when Docker was quicker than the snapshot) on its restart.
    ['looping, steady', /exited with code 0 and is being restarted|restarted \d time/],
  ])(
    'a service that %s fails at once: %s',
    async (service, failure) => {
      const started = Date.now();
      const { main, project } = await runCase('flaky', { services: service, 'wait-timeout': '60' });
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(rules(main)).toContain('service-failed');
      expect(errorMessages(main)).toContain(`service ${service.split(',')[0]} (`);
      expect(errorMessages(main)).toMatch(failure);
      expect(leftovers(project)).toEqual([]);
    },
    60_000,
  );

  test('error lines in the logs and a failing test command both fail the run', async () => {
    const { main, project } = await runCase('noisy', {
      'max-log-errors': '1',
      'test-command': 'echo checking; exit 3',
    });
    expect(main.exitCode).toBe(1);
    expect(rules(main).sort()).toEqual(['log-errors', 'test-failed']);
    expect(main.outputs).toMatchObject({
      passed: 'false',
      'test-exit-code': '3',
      'log-errors': '2',
    });
    expect(errorMessages(main)).toContain(
      '2 error lines in the service logs, more than max-log-errors 1',
    );
    expect(main.summary).toContain('2 error lines in <code>app</code>');
    expect(main.summary).toContain('2: {&quot;level&quot;:&quot;error&quot;');
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  test('a test command that does not exist is a clear failure; error lines alone are reported only', async () => {
    const { main, project } = await runCase('noisy', { 'test-command': 'no-such-e2e-suite --run' });
    expect(rules(main)).toEqual(['test-not-found', 'log-errors']);
    expect(main.report.findings[1].severity).toBe('notice');
    expect(main.outputs['test-exit-code']).toBe('127');
    expect(errorMessages(main)).toContain('the test command was not found (exit code 127)');
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  test('services and profiles choose what starts; test-timeout kills the whole process group', async () => {
    const started = Date.now();
    const { main, project } = await runCase('healthy', {
      services: 'worker, debug-tools',
      profiles: 'debug',
      'test-command': 'sleep 31 & sleep 32; echo never printed',
      'test-timeout': '1s',
    });
    expect(main.report.services.map((service: { service: string }) => service.service)).toEqual([
      'debug-tools',
      'worker',
    ]);
    expect(rules(main)).toEqual(['test-timeout']);
    expect(main.outputs['test-exit-code']).toBe('143');
    expect(main.stdout).not.toContain('never printed');
    expect(running(/^sleep\0(31|32)\0$/)).toEqual([]); // the background sleep too
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  test('a health URL answering 404 fails at once, naming URL and status, despite wait-timeout 180', async () => {
    const { main, mainMs, project } = await runCase('healthy', {
      services: 'web',
      'health-urls': 'web=http://127.0.0.1:${FLOW_E2E_WEB_8080}/nope',
      'wait-timeout': '180',
    });
    expect(mainMs).toBeLessThan(15_000);
    expect(rules(main)).toEqual(['health-url']);
    expect(errorMessages(main)).toMatch(
      /web \(http:\/\/127\.0\.0\.1:\d+\/nope\): answered 404, expected 2xx \(a 4xx does not heal/,
    );
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  test('latency budgets: 1 ms on a busybox httpd URL is a latency-budget finding, a generous one passes', async () => {
    const web = 'http://127.0.0.1:${FLOW_E2E_WEB_8080}';
    const { main, project } = await runCase('healthy', {
      services: 'web',
      'health-urls': `health=${web}/health\nmetrics=${web}/metrics`,
      'latency-budgets': `${web}/health 1\n${web}/ 60000`,
      'latency-samples': '10',
      'test-command': 'echo tests ran',
    });
    expect(rules(main)).toEqual(['latency-budget']);
    expect(errorMessages(main)).toMatch(
      /health \(http:\/\/127\.0\.0\.1:\d+\/health\): p95 [\d.]+ ms is over the budget of 1 ms \(p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms over 10 requests\)/,
    );
    const latency = main.report.latency as {
      name: string;
      budgetMs: number;
      p95Ms: number;
      passed: boolean;
    }[];
    expect(latency.map((entry) => [entry.name, entry.budgetMs, entry.passed])).toEqual([
      ['health', 1, false],
      ['metrics', 60000, true],
    ]);
    expect(latency[0]!.p95Ms).toBeGreaterThan(1);
    expect(main.summary).toMatch(
      /\| ❌ <code>health<\/code> \| 1 ms \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| 10 \|/,
    );
    expect(main.stdout).toContain('tests ran'); // a slow URL does not skip the tests
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  test('up-flags and down-flags pass through; a flag that changes the project is refused', async () => {
    const { main, post, project } = await runCase('healthy', {
      services: 'worker',
      'up-flags': '--force-recreate',
      'down-flags': '--timeout 2',
    });
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(leftovers(project)).toEqual([]);
    const refused = await runCase('healthy', { 'up-flags': '--wait -f /etc/compose.yml' });
    expect(refused.main.exitCode).toBe(1);
    expect(errorMessages(refused.main)).toContain(
      "input 'up-flags': -f changes the project or its files",
    );
    expect(leftovers(refused.project)).toEqual([]);
  }, 60_000);

  test('grpc-health: a server turning SERVING passes; an unknown service fails at once', async () => {
    const { server, port } = await healthServer();
    try {
      const passing = await runCase('healthy', {
        services: 'worker',
        'grpc-health': `127.0.0.1:${port}\n127.0.0.1:${port}/ready`,
      });
      expect(passing.main.report.findings).toEqual([]);
      expect(
        passing.main.report.checks.map((check: { kind: string; passed: boolean }) => [
          check.kind,
          check.passed,
        ]),
      ).toEqual([
        ['grpc', true],
        ['grpc', true],
      ]);
      const failing = await runCase('healthy', {
        services: 'worker',
        'grpc-health': `127.0.0.1:${port}/billing.v1.Ledger`,
        'wait-timeout': '180',
      });
      expect(failing.mainMs).toBeLessThan(30_000);
      expect(rules(failing.main)).toEqual(['grpc-health']);
      expect(errorMessages(failing.main)).toContain(
        `127.0.0.1:${port}/billing.v1.Ledger: no answer (NOT_FOUND`,
      );
    } finally {
      server.forceShutdown();
    }
  }, 90_000);

  test('a URL that refuses connections is asked until wait-timeout, its last error logged as it goes', async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const { main } = await runCase('healthy', {
      services: 'web',
      'health-urls': `down=http://127.0.0.1:${port}/health`,
      'wait-timeout': '7s',
    });
    expect(rules(main)).toEqual(['health-url']);
    expect(main.stdout).toContain(
      `waiting for health URL down (http://127.0.0.1:${port}/health): no answer (ECONNREFUSED)`,
    );
    expect(errorMessages(main)).toContain(
      `down (http://127.0.0.1:${port}/health): no answer (ECONNREFUSED)`,
    );
  }, 60_000);

  test('compose up --build streams the build output in a group as it comes, fenced', async () => {
    const project = newProject();
    const nonce = `${process.pid}-${Date.now()}`;
    const options: RunOptions = {
      action: ACTION,
      workspace: stacks,
      inputs: { 'working-directory': 'building', 'project-name': project, services: 'slow-build' },
      env: { FLOW_TEST_NONCE: nonce },
    };
    const step = startStep(options);
    let stdout = '';
    let seenWhileBuilding = '';
    step.child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!seenWhileBuilding && stdout.includes(`build step started ${nonce}`))
        seenWhileBuilding = stdout;
    });
    try {
      const main = await step.result;
      expect(main.exitCode).toBe(0);
      // Printed before the build ended: the step that follows the 5 s sleep was not there yet.
      expect(seenWhileBuilding).toContain('::group::compose up (with --build) for slow-build');
      expect(seenWhileBuilding).not.toContain(`build step done ${nonce}`);
      expect(main.stdout).toMatch(new RegExp(`build step done ${nonce}[^]*::endgroup::`));
      expect(main.stdout).toContain('::error::from the build');
      expect(errorMessages(main)).not.toContain('from the build');
      await runPost({ ...options, state: main.state });
      expect(leftovers(project)).toEqual([]);
    } finally {
      spawnSync('docker', ['rmi', 'flow-e2e-slow-build:test'], { stdio: 'ignore' });
    }
  }, 90_000);

  test('a failing build keeps its own error line in the finding and the summary', async () => {
    const { main, post, project } = await runCase('building', { services: 'broken-build' });
    expect(rules(main)).toEqual(['compose-up-failed']);
    expect(errorMessages(main)).toContain("can't open '/app/config.json'");
    expect(main.summary).toContain('<pre>');
    expect(main.summary).toContain("can't open '/app/config.json': No such file or directory");
    expect(post.exitCode).toBe(0);
    expect(leftovers(project)).toEqual([]);
  }, 90_000);

  test('test-timeout ends a detached child (setsid) too, and the step does not wait for its pipes', async () => {
    const started = Date.now();
    const { main, project } = await runCase('noisy', {
      'test-command': `setsid sleep 611.${process.pid} & echo started; sleep 612.${process.pid}`,
      'test-timeout': '3s',
    });
    expect(rules(main)[0]).toBe('test-timeout');
    expect(main.stdout).toContain('started');
    expect(running(new RegExp(`^sleep\0(611|612)\\.${process.pid}\0$`))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  test('a service label that names a path writes its log inside logs-dir, under a safe name', async () => {
    const label = (name: string, value: string) => `--label ${name}=${value}`;
    const { main, project } = await runCase('noisy', {
      'test-command': [
        'docker run -d',
        label('com.docker.compose.project', '"$FLOW_E2E_PROJECT"'),
        label('com.docker.compose.service', '../../pwn'),
        `${IMAGE} sleep 300 >/dev/null`,
      ].join(' '),
    });
    const dir = main.outputs['logs-dir']!;
    expect(existsSync(join(dir, '..', '..', 'pwn.log'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([
      '.._.._pwn.inspect.json',
      '.._.._pwn.log',
      'app.inspect.json',
      'app.log',
    ]);
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  test('a logs-dir that is a symlink to outside the workspace is refused before anything starts', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'e2e-workspace-'));
    const outside = mkdtempSync(join(tmpdir(), 'e2e-outside-'));
    try {
      writeFileSync(
        join(workspace, 'compose.yaml'),
        readFileSync(join(stacks, 'noisy', 'compose.yaml')),
      );
      symlinkSync(outside, join(workspace, 'logs'));
      const { main, post, project } = await runCase('.', { 'logs-dir': 'logs/e2e' }, { workspace });
      expect(main.exitCode).toBe(1);
      expect(errorMessages(main)).toContain(
        `input 'logs-dir': "logs/e2e" leads outside the workspace`,
      );
      expect(errorMessages(main)).not.toContain(outside);
      expect(readdirSync(outside)).toEqual([]);
      expect(post.exitCode).toBe(0);
      expect(leftovers(project)).toEqual([]);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  }, 60_000);

  test('a published port already taken on the host is named, and teardown still runs', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    const port = (server.address() as { port: number }).port;
    const envDir = mkdtempSync(join(tmpdir(), 'e2e-env-'));
    writeFileSync(join(envDir, 'ports.env'), `FLOW_TEST_PORT=${port}\n`);
    try {
      const { main, post, project } = await runCase('fixed-port', {
        'env-file': join(envDir, 'ports.env'),
      });
      expect(rules(main)).toEqual(['port-taken']);
      expect(errorMessages(main)).toMatch(
        /a published port is already taken on the host: .*(already allocated|address already in use)/,
      );
      expect(post.exitCode).toBe(0);
      expect(leftovers(project)).toEqual([]);
    } finally {
      server.close();
      rmSync(envDir, { recursive: true, force: true });
    }
  }, 60_000);

  /** Start the main step, send SIGTERM once `ready()` says so, then run the post step. */
  async function cancelled(
    inputs: Record<string, string>,
    ready: (stdout: string, project: string) => boolean,
  ) {
    const project = newProject();
    const options: RunOptions = {
      action: ACTION,
      workspace: stacks,
      inputs: { 'project-name': project, ...inputs },
    };
    const step = startStep(options);
    let stdout = '';
    step.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const deadline = Date.now() + 30_000;
    while (!ready(stdout, project) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    step.child.kill('SIGTERM');
    const main = await step.result;
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toContain('cancelled by SIGTERM');
    expect(leftovers(project).length).toBeGreaterThan(0);
    const post = await runPost({ ...options, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(leftovers(project)).toEqual([]);
  }

  test('cancelled while waiting (SIGTERM to the main step): the post step still tears down', async () => {
    await cancelled({ 'working-directory': 'never-healthy', 'wait-timeout': '60' }, (_, project) =>
      Boolean(docker('ps', '-q', '--filter', `label=com.docker.compose.project=${project}`).trim()),
    );
  }, 60_000);

  test('cancelled during the test command: its process group ends, the post step tears down', async () => {
    await cancelled(
      { 'working-directory': 'noisy', 'test-command': 'echo suite started; sleep 33' },
      (stdout) => stdout.includes('suite started'),
    );
    expect(running(/^sleep\0(33)\0$/)).toEqual([]);
  }, 60_000);

  test('teardown on-success keeps the stack of a failed run for debugging', async () => {
    const kept = await runCase('never-healthy', { 'wait-timeout': '1', teardown: 'on-success' });
    try {
      expect(kept.main.exitCode).toBe(1);
      expect(kept.post.stdout).toContain('teardown is on-success and the run did not pass');
      expect(leftovers(kept.project).length).toBeGreaterThan(0);
    } finally {
      forceRemove(kept.project);
    }
  }, 60_000);

  test('an invalid compose file fails with the message of Compose; a missing one names the file', async () => {
    const invalid = await runCase('invalid', {});
    expect(invalid.main.exitCode).toBe(1);
    expect(errorMessages(invalid.main)).toContain('services.web.ports contains an invalid type');
    expect(invalid.post.exitCode).toBe(0);
    const missing = await runCase('healthy', { 'compose-files': 'e2e.yml' });
    expect(missing.main.exitCode).toBe(1);
    expect(errorMessages(missing.main)).toContain("input 'compose-files': e2e.yml does not exist");
  }, 60_000);

  test('no Docker engine answering is a clear failure, and the post step copes', async () => {
    const env = { DOCKER_HOST: 'unix:///nonexistent/docker.sock' };
    const { main, post } = await runCase('healthy', {}, { env });
    expect(main.exitCode).toBe(1);
    expect(rules(main)).toEqual(['docker-unavailable']);
    expect(errorMessages(main)).toContain('the Docker engine does not answer');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('cannot tear down compose project');
  }, 60_000);

  test('the CLI twin runs the demo stack of the sample repository and tears it down itself', () => {
    const project = newProject();
    const demo = JSON.parse(readFileSync(join(fixtures, '..', 'demo.json'), 'utf8')) as {
      inputs: Record<string, string>;
    };
    const options = Object.entries({ ...demo.inputs, 'project-name': project }).flatMap(
      ([name, value]) => [`--${name}`, value],
    );
    const cli = spawnSync(
      process.execPath,
      [
        fileURLToPath(new URL('../node_modules/.bin/flow-actions', import.meta.url)),
        ACTION,
        ...options,
      ],
      { cwd: fileURLToPath(new URL('./sample-repo/', import.meta.url)), encoding: 'utf8' },
    );
    expect(cli.stdout).toContain(`passed: stack ${project} ready in`);
    expect(cli.stderr).toContain('GET /api/agents: ok');
    expect(cli.stderr).toContain(`compose down removed project ${project}`);
    expect(cli.status).toBe(0);
    expect(leftovers(project)).toEqual([]);
  }, 60_000);

  afterAll(() => {
    const stray = docker(
      'ps',
      '-a',
      '--format',
      '{{.Names}}',
      '--filter',
      `name=flow-e2e-test-${process.pid}-`,
    ).trim();
    expect(stray).toBe('');
    if (builtImage) docker('rmi', IMAGE);
  });
});
