/**
 * Differential test: generated Compose files covering the short syntax, the long syntax and
 * interpolation, read by us and by `docker-compose config` (Debian's docker-compose 1.29); the
 * normalised ports must be equal. The generator is seeded, so every run checks the same files.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { composeDeclarations } from './compose-projects.ts';
import { fixtureWorkspace } from './fixture-workspace.ts';
import { portEntries } from './ports-output.ts';
import { ScanContext } from './scan-context.ts';
import { formatRange, type PortRange } from './types.ts';
import { seededRandom as random } from '@flow-actions/testing';

const version = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' });
const available = version.status === 0;

/** Why Compose refuses a file we read: a field we do not check, a build directory not there. */
const REFUSED_FOR_OTHER_FIELDS =
  /is invalid because|build path \S+ either does not exist|services with '[^']+' cannot be extended/;

const ENV = 'WEB_PORT=1\nBIND=127.0.0.1\nEMPTY=\nTARGET=80\n';

/** One port item: a string of the short syntax (with interpolation), a YAML int, or a long-syntax map. */
function portItem(next: () => number, used: Set<number>): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  let host = 0;
  do host = 10000 + Math.floor(next() * 20000);
  while (used.has(host) || used.has(host + 1) || used.has(host + 2));
  for (let port = host; port <= host + 2; port++) used.add(port);
  const target = pick([80, 443, 3000, 5432, 8080]);
  const protocol = pick(['', '', '/tcp', '/udp']);
  const forms = [
    () => `"${target}${protocol}"`,
    () => `"${host}:${target}${protocol}"`,
    () => `"127.0.0.1:${host}:${target}${protocol}"`,
    () => `"127.0.0.1::${target}${protocol}"`,
    () => `"[::1]:${host}:${target}${protocol}"`,
    () => `"${host}-${host + 2}:${target}-${target + 2}${protocol}"`,
    () => `"${target}-${target + 1}${protocol}"`,
    () => `${host}`,
    () => `"\${UNSET:-${host}}:${target}${protocol}"`,
    () => `"\${EMPTY:-${host}}:${target}"`,
    () => `"\${UNSET-${host}}:\${TARGET}"`,
    () => `"$BIND:${host}:${target}${protocol}"`,
    () => `"\${BIND:?needs a bind address}:${host}:${target}"`,
    () => `"\${EMPTY?set}${host}:${target}"`,
    () => `"\${WEB_PORT}${String(host).slice(-4)}:${target}"`,
    () =>
      `{ target: ${target}, published: ${host}, protocol: ${protocol ? protocol.slice(1) : 'tcp'}, mode: host }`,
    () => `{ target: ${target}, published: "${host}" }`,
  ];
  return pick(forms)();
}

function generate(seed: number): string {
  const next = random(seed);
  const used = new Set<number>();
  const lines = ['services:'];
  for (let service = 0; service < 16; service++) {
    lines.push(`  s${service}:`, '    image: busybox', '    ports:');
    for (let item = 0; item < 4; item++) lines.push(`      - ${portItem(next, used)}`);
  }
  return `${lines.join('\n')}\n`;
}

type Port = [
  service: string,
  hostIp: string,
  published: number | null,
  target: number,
  protocol: string,
];

/** docker-compose 1.29 prints ports as long-syntax maps or as `ip:published:target/protocol` strings. */
function referencePorts(output: string): Port[] {
  const document = parse(output) as { services: Record<string, { ports?: unknown[] }> };
  return Object.entries(document.services).flatMap(([service, { ports = [] }]) =>
    ports.map((item): Port => {
      if (typeof item === 'string') {
        const match = /^(.*):(\d*):(\d+)\/(\w+)$/.exec(item)!;
        return [
          service,
          match[1]!,
          match[2] ? Number(match[2]) : null,
          Number(match[3]),
          match[4]!,
        ];
      }
      const port = item as { target: number; published?: number; protocol?: string };
      return [service, '', port.published ?? null, port.target, port.protocol ?? 'tcp'];
    }),
  );
}

function ourPorts(dir: string, context = new ScanContext(dir)): Port[] {
  const declarations = composeDeclarations(context, [join(dir, 'docker-compose.yml')], {
    projects: [],
    envFiles: [],
    profiles: undefined,
  });
  return portEntries(declarations).entries.map((p) => [
    p.service,
    p.host_ip,
    p.published,
    p.target,
    p.protocol,
  ]);
}

const sorted = (ports: Port[]) => ports.map((port) => JSON.stringify(port)).sort();

function dockerComposeConfig(dir: string) {
  return spawnSync('docker-compose', ['config'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
}

(available ? describe : describe.skip)(
  available
    ? `differential: our ports equal docker-compose ${version.stdout.trim()} config`
    : 'differential (skipped: the docker-compose binary is not installed; CI installs Debian docker-compose)',
  () => {
    test.each([1, 2])('generated file %i', (seed) => {
      const dir = fixtureWorkspace({ 'docker-compose.yml': generate(seed), '.env': ENV });
      const reference = dockerComposeConfig(dir);
      expect(reference.stderr).not.toMatch(/ERROR/);
      const expected = referencePorts(reference.stdout);
      expect(expected.length).toBeGreaterThan(64);
      expect(sorted(ourPorts(dir))).toEqual(sorted(expected));
    });

    test('${VAR:?err} unset: both refuse with the message', () => {
      const dir = fixtureWorkspace({
        'docker-compose.yml':
          'services:\n  a:\n    image: busybox\n    ports: ["${API_PORT:?set API_PORT in .env}:80"]\n',
      });
      const reference = dockerComposeConfig(dir);
      expect(reference.status).not.toBe(0);
      expect(reference.stderr).toContain('set API_PORT in .env');
      const context = new ScanContext(dir);
      expect(ourPorts(dir, context)).toEqual([]);
      expect(context.findings).toMatchObject([
        {
          rule: 'unreadable-file',
          message: 'required variable API_PORT is missing a value: set API_PORT in .env',
        },
      ]);
    });
  },
);

/** `service hostIp published target protocol`, published as Compose prints it (a range stays one). */
function referenceEntries(output: string): string[] {
  const document = parse(output) as {
    services: Record<string, { ports?: unknown[]; expose?: unknown[] }>;
  };
  return Object.entries(document.services).flatMap(([service, { ports = [], expose = [] }]) => [
    ...ports.map((item) => {
      if (typeof item === 'string') {
        // [ip:][published:]target/protocol, the ip possibly an IPv6 address with colons
        const [spec, protocol] = item.split('/');
        const parts = spec!.split(':');
        const target = parts.pop()!;
        const published = parts.length > 0 ? parts.pop() || '-' : '-';
        return `${service} ${parts.join(':')} ${published} ${target} ${protocol}`;
      }
      const port = item as { target: number; published?: number | string; protocol?: string };
      return `${service}  ${port.published ?? '-'} ${port.target} ${port.protocol ?? 'tcp'}`;
    }),
    ...expose.map((item) => {
      const [target, protocol = 'tcp'] = String(item).split('/');
      return `${service}  - ${target} ${protocol}`;
    }),
  ]);
}

const formatHost = (range: PortRange | null | undefined) => (range ? formatRange(range) : '-');

function ourEntries(root: string, file: string) {
  const context = new ScanContext(root);
  const declarations = composeDeclarations(context, [file], {
    projects: [],
    envFiles: [],
    profiles: undefined,
  });
  return {
    entries: declarations.map(
      (d) =>
        `${d.service} ${d.hostIp} ${formatHost(d.published ?? d.pickFrom)} ${formatRange(d.target)} ${d.protocol}`,
    ),
    errors: context.findings.filter((f) => f.severity === 'error').map((f) => f.message),
    legacy: context.findings.some((f) => f.rule === 'compose-v1-format'),
  };
}

/**
 * Compose files no one here wrote: the test assets dockerode-compose ships in its npm package
 * (a devDependency), and fixtures/real (made by its make.sh from Debian's archive: docker/compose's
 * own test fixtures, and the examples four binary packages ship). Each file is read by us and by
 * `docker-compose -f FILE config` in its own directory.
 */
const dockerodeRoot = (() => {
  try {
    return dirname(createRequire(import.meta.url).resolve('dockerode-compose/package.json'));
  } catch {
    return undefined;
  }
})();
const debianRoot = fileURLToPath(new URL('../fixtures/real', import.meta.url));

/** Every Compose file of a corpus, with the root our workspace is (the project that wrote it). */
function corpus(root: string, under: string): [string, string, string][] {
  return readdirSync(join(root, under), { recursive: true })
    .map(String)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => [join(under, file), root, join(root, under, file)]);
}

const files = [
  ...(dockerodeRoot ? corpus(dockerodeRoot, 'test') : []),
  ...readdirSync(debianRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => corpus(join(debianRoot, entry.name), '.')),
];

interface Reference {
  status: number | null;
  stdout: string;
  stderr: string;
}

const HARNESS = fileURLToPath(new URL('../fixtures/compose-config.py', import.meta.url));

/**
 * `docker-compose -f FILE config` of every file, in the file's directory. Compose 1.29 is Python
 * and takes half a second to start, so fixtures/compose-config.py runs its main() for each file in
 * one interpreter (the one docker-compose's own script names; the same output, checked file by
 * file); where that cannot run (a frozen binary), one docker-compose per file.
 */
function composeConfigs(paths: readonly string[]): Map<string, Reference> {
  const env = { PATH: process.env.PATH };
  const script = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8', env });
  const head = readFileSync(script.stdout.trim()).subarray(0, 256).toString();
  const python = /^#!\s*(\S*python\S*)/.exec(head)?.[1];
  if (python) {
    const batch = spawnSync(python, [HARNESS, ...paths], {
      encoding: 'utf8',
      env,
      maxBuffer: 1 << 26,
    });
    if (batch.status === 0)
      return new Map(Object.entries(JSON.parse(batch.stdout) as Record<string, Reference>));
  }
  return new Map(
    paths.map((file) => {
      const run = spawnSync('docker-compose', ['-f', file, 'config'], {
        cwd: dirname(file),
        encoding: 'utf8',
        env,
      });
      return [file, { status: run.status, stdout: run.stdout, stderr: run.stderr }];
    }),
  );
}

/** What happened to each file, counted per corpus for the README's figures. */
const counts = () => ({
  files: 0,
  equal: 0,
  ports: 0,
  refusedByBoth: 0,
  refusedByCompose: 0,
  version1: 0,
  version1Ports: 0,
});
const tallies = new Map<string, ReturnType<typeof counts>>();

(available ? describe : describe.skip)('differential on real compose files', () => {
  let references = new Map<string, Reference>();
  beforeAll(() => {
    references = composeConfigs(files.map(([, , file]) => file));
  }, 600_000);
  afterAll(() => console.log(`real compose files: ${JSON.stringify(Object.fromEntries(tallies))}`));

  test.each(files)('%s', (_, root, file) => {
    const reference = references.get(file)!;
    const ours = ourEntries(root, file);
    const corpusName = root === dockerodeRoot ? 'dockerode-compose' : root.split('/').at(-1)!;
    const tally = tallies.get(corpusName) ?? counts();
    tallies.set(corpusName, tally);
    tally.files++;
    if (ours.legacy) {
      // The version 1 format: Compose 1.29 still reads it, Compose v2 refuses it; we say so.
      expect(ours.entries).toEqual([]);
      tally.version1++;
      if (reference.status === 0) tally.version1Ports += referenceEntries(reference.stdout).length;
      return;
    }
    if (reference.status !== 0) {
      if (ours.errors.length > 0) tally.refusedByBoth++;
      else {
        // Compose refused it for something other than its ports, which we do not check.
        expect(reference.stderr).not.toMatch(/services\.[^.\s]+\.(ports|expose)/);
        expect(reference.stderr).toMatch(REFUSED_FOR_OTHER_FIELDS);
        tally.refusedByCompose++;
      }
      return;
    }
    expect(ours.errors).toEqual([]);
    const expected = referenceEntries(reference.stdout).sort();
    expect(ours.entries.sort()).toEqual(expected);
    tally.equal++;
    tally.ports += expected.length;
  });
});
