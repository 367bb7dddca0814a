/**
 * node actions/port-conflict-check/bench/ports.bench.ts
 * A generated monorepo of 2,000 compose files, 2,000 Dockerfiles and 500 Kubernetes manifests:
 * the full check (read, interpolate, merge, conflicts, report) timed, and dclint on the same
 * compose files for comparison. Prints a table of the measured numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runOn } from '../src/fixture-workspace.ts';

const COMPOSE_FILES = 2000;
const DOCKERFILES = 2000;
const MANIFESTS = 500;
const RUNS = 5;
/** dclint needs minutes for all 2,000 files; PORT_BENCH_DCLINT_FILES=200 times a sample and scales it. */
const DCLINT_FILES = Number(process.env.PORT_BENCH_DCLINT_FILES ?? COMPOSE_FILES);

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function generate(root: string): void {
  for (let index = 0; index < COMPOSE_FILES; index++) {
    const port = 10000 + index * 3;
    const dir = `services/svc${index}`;
    write(root, `${dir}/.env`, `API_PORT=${port}\n`);
    write(
      root,
      `${dir}/docker-compose.yml`,
      `name: svc${index}\nservices:\n  api:\n    build: .\n    ports:\n      - "\${API_PORT:-${port}}:3000"\n      - target: 9229\n        published: "${port + 1}"\n        host_ip: 127.0.0.1\n` +
        `  worker:\n    build: .\n    expose: ["9464"]\n    ports:\n      - "127.0.0.1:${port + 2}:8080/udp"\n  db:\n    image: postgres:16\n    ports: ["5432"]\n`,
    );
    if (index < DOCKERFILES)
      write(
        root,
        `${dir}/Dockerfile`,
        `FROM node:24\nARG PORT=3000\nENV METRICS=9464\nEXPOSE \${PORT} $METRICS/tcp 9000-9002\n`,
      );
  }
  for (let index = 0; index < MANIFESTS; index++) {
    write(
      root,
      `deploy/k8s/app${index}.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${index}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: x\n          ports:\n            - containerPort: 8080\n---\n` +
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: app${index}\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      targetPort: 8080\n      nodePort: ${30000 + index}\n`,
    );
  }
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const root = join(tmpdir(), `port-bench-${process.pid}`);
generate(root);
try {
  await runOn(root); // warm-up: the first run also compiles the code
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let ports = 0;
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const outcome = await runOn(root);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    ports = outcome.report.ports.length;
    findings = outcome.report.findings.length;
  }
  const ours = median(times);

  const dclint = join(
    dirname(createRequire(import.meta.url).resolve('dclint/package.json')),
    'bin',
    'dclint.cjs',
  );
  const timeDclint = (count: number): number => {
    const files = Array.from({ length: count }, (_, index) =>
      join(root, `services/svc${index}/docker-compose.yml`),
    );
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      [dclint, ...files, '-f', 'json', '-o', join(root, 'dclint.json')],
      {
        encoding: 'utf8',
      },
    );
    if (result.status === null || result.error)
      throw result.error ?? new Error(`dclint: ${result.stderr}`);
    return performance.now() - start;
  };
  // A sample is scaled past dclint's start-up time, which a run on one file measures.
  const startup = DCLINT_FILES < COMPOSE_FILES ? timeDclint(1) : 0;
  const theirs = startup + ((timeDclint(DCLINT_FILES) - startup) * COMPOSE_FILES) / DCLINT_FILES;

  const rows: [string, string][] = [
    [
      'files',
      `${COMPOSE_FILES} compose, ${DOCKERFILES} Dockerfiles, ${MANIFESTS} manifests, ${COMPOSE_FILES} .env`,
    ],
    ['ports reported', String(ports)],
    ['findings', String(findings)],
    [`port-conflict-check, wall (median of ${RUNS})`, `${ours.toFixed(0)} ms`],
    [`port-conflict-check, CPU (median of ${RUNS})`, `${median(cpuTimes).toFixed(0)} ms`],
    ['budget', `1500 ms: ${ours < 1500 ? 'within' : 'OVER'}`],
    // The machine may be shared: a high load average inflates wall times, CPU time much less.
    ['load average (1 min, cores)', `${loadavg()[0]!.toFixed(1)}, ${availableParallelism()}`],
    [
      `dclint, the ${COMPOSE_FILES} compose files (1 run${DCLINT_FILES < COMPOSE_FILES ? `, scaled from ${DCLINT_FILES}` : ''})`,
      `${theirs.toFixed(0)} ms`,
    ],
    ['dclint / port-conflict-check', `${(theirs / ours).toFixed(1)}x`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
