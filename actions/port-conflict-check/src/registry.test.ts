import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { fixtureWorkspace, runOn } from './fixture-workspace.ts';
import { parseRegistry } from './registry.ts';

const COMPOSE =
  'name: shop\nservices:\n  web:\n    image: x\n    ports:\n      - "3000:3000"\n      - "127.0.0.1:9000-9001:9000-9001"\n  api:\n    image: x\n    ports:\n      - "3001:3000"\n';

const table = (rows: string[]) =>
  `# Ports\n\nIntro.\n\n| Service | Host Port | Container Port | Protocol | Host IP | Owner |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\nAfter the table.\n`;

async function check(
  registry: string | undefined,
  inputs: Record<string, string> = {},
  name = 'PORT_MAPPINGS.md',
) {
  const files: Record<string, string> = { 'docker-compose.yml': COMPOSE };
  if (registry !== undefined) files[name] = registry;
  const dir = fixtureWorkspace(files);
  const outcome = await runOn(dir, inputs);
  return {
    dir,
    outcome,
    short: outcome.report.findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line}`),
  };
}

describe('reading the registry', () => {
  test('columns are found by their header, in any order; ranges, protocols and empty ports', () => {
    const registry = parseRegistry(
      'P.md',
      '| Protocol | Port | Service | Notes |\n| :-- | --: | --- | --- |\n| tcp/udp | `53` | dns | resolver |\n| | 9000 - 9002 | workers | |\n| | — | internal | no host port |\n',
    );
    expect(
      registry.entries.map(
        (e) =>
          `${e.service} ${e.port.start}-${e.port.end}/${e.protocol} @${e.line} ${e.description}`,
      ),
    ).toEqual([
      'dns 53-53/tcp @3 resolver',
      'dns 53-53/udp @3 resolver',
      'workers 9000-9002/tcp @4 ',
    ]);
  });

  test('a missing column is an error naming it', () => {
    expect(() => parseRegistry('P.md', '| Service | Owner |\n|---|---|\n| a | b |\n')).toThrow(
      'the registry table has no Port (or Host Port) column',
    );
    expect(() => parseRegistry('P.md', '| Port | Owner |\n|---|---|\n| 80 | b |\n')).toThrow(
      'the registry table has no Service column',
    );
  });

  test('YAML and JSON registries, with lines', () => {
    const yaml = parseRegistry(
      'p.yml',
      'ports:\n  - service: web\n    port: 3000\n  - service: dns\n    port: "53"\n    protocol: udp\n',
    );
    expect(yaml.entries.map((e) => `${e.service}:${e.port.start}/${e.protocol}@${e.line}`)).toEqual(
      ['web:3000/tcp@2', 'dns:53/udp@4'],
    );
    const json = parseRegistry('p.json', '[{"service": "web", "host_port": 3000}]');
    expect(json.entries[0]).toMatchObject({ service: 'web', port: { start: 3000, end: 3000 } });
    expect(() => parseRegistry('p.json', '[{"port": 3000}]')).toThrow(
      'registry entry without the service field',
    );
  });
});

describe('registry findings', () => {
  test('a complete registry passes', async () => {
    const { short, outcome } = await check(
      table([
        '| web | 3000 | 3000 | tcp | | web team |',
        '| web | 9000-9001 | | tcp | 127.0.0.1 | |',
        '| api | 3001 | 3000 | tcp | | |',
      ]),
    );
    expect(short).toEqual([]);
    expect(outcome.report.passed).toBe(true);
  });

  test('unregistered, misregistered, stale and self-conflicting entries', async () => {
    const { short, outcome } = await check(
      table([
        '| web | 3000 | 3000 | tcp | | |',
        '| billing | 3001 | | tcp | | |',
        '| api | 3001 | | tcp | | |',
        '| old | 7000 | | tcp | | |',
      ]),
    );
    expect(short).toEqual([
      'error unregistered-port docker-compose.yml:7',
      'error registry-conflict PORT_MAPPINGS.md:9',
      'warning stale-registry-entry PORT_MAPPINGS.md:10',
    ]);
    expect(outcome.report.findings[0]!.message).toBe(
      'host port 9000-9001/tcp of service "web" (project shop) is not in PORT_MAPPINGS.md',
    );
  });

  test('a port registered only to another service is misregistered', async () => {
    const { short } = await check(
      table([
        '| web | 3000 | | tcp | | |',
        '| web | 9000-9001 | | tcp | | |',
        '| billing | 3001 | | tcp | | |',
      ]),
    );
    expect(short).toEqual(['error misregistered-port docker-compose.yml:11']);
  });

  test('require-registry: false makes unregistered ports warnings; true needs the file', async () => {
    const relaxed = await check(table(['| web | 3000 | | tcp | | |']), {
      'require-registry': 'false',
    });
    expect(relaxed.short).toEqual([
      'warning unregistered-port docker-compose.yml:7',
      'warning unregistered-port docker-compose.yml:11',
    ]);
    expect((await check(undefined)).short).toEqual([]);
    expect((await check(undefined, { 'require-registry': 'true' })).short).toEqual([
      'error missing-registry undefined:undefined',
    ]);
  });

  test('a registry named explicitly that does not exist is an error', async () => {
    await expect(check(undefined, { registry: 'docs/ports.yml' })).rejects.toThrow(
      'the registry docs/ports.yml does not exist',
    );
  });
});

describe('write-registry', () => {
  test('bootstraps a registry from what was found, then passes', async () => {
    const { dir, outcome } = await check(undefined, { 'write-registry': 'PORT_MAPPINGS.md' });
    expect(outcome.report.passed).toBe(true);
    const text = readFileSync(join(dir, 'PORT_MAPPINGS.md'), 'utf8');
    expect(text).toContain(
      '| Service | Port | Container Port | Protocol | Host IP | Description |',
    );
    expect(
      text
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.includes('---'))
        .slice(1),
    ).toEqual([
      '| web | 3000 | 3000 | tcp |  |  |',
      '| api | 3001 | 3000 | tcp |  |  |',
      '| web | 9000-9001 | 9000-9001 | tcp | 127.0.0.1 |  |',
    ]);
  });

  test('updates a registry in place: order and descriptions kept, stale rows dropped, new ports appended', async () => {
    const existing = table([
      '| api | 3001 | 3000 | tcp | | the API team |',
      '| old | 7000 | | tcp | | gone |',
      '| web | 3000 | 3000 | tcp | | the web team |',
    ]);
    const { dir } = await check(existing, { 'write-registry': 'PORT_MAPPINGS.md' });
    const text = readFileSync(join(dir, 'PORT_MAPPINGS.md'), 'utf8');
    expect(text).toBe(
      '# Ports\n\nIntro.\n\n| Service | Port | Container Port | Protocol | Host IP | Description |\n| --- | --- | --- | --- | --- | --- |\n' +
        '| api | 3001 | 3000 | tcp |  | the API team |\n| web | 3000 | 3000 | tcp |  | the web team |\n| web | 9000-9001 | 9000-9001 | tcp | 127.0.0.1 |  |\n\nAfter the table.\n',
    );
  });
});

test('the registry write-registry writes passes on the same repository (two projects on one port)', async () => {
  const dir = fixtureWorkspace({
    'a/compose.yml': 'name: a\nservices:\n  web:\n    image: x\n    ports: ["3000:3000"]\n',
    'b/compose.yml': 'name: b\nservices:\n  web:\n    image: x\n    ports: ["3000:3000"]\n',
  });
  const before = await runOn(dir);
  expect(before.report.passed).toBe(true);
  const written = await runOn(dir, { 'write-registry': 'PORT_MAPPINGS.md' });
  const after = await runOn(dir);
  for (const outcome of [written, after]) {
    expect(outcome.report.passed).toBe(true);
    expect(outcome.report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'warning cross-project-port-conflict',
    ]);
  }
  // A registry that gives one port to two services the repository does not show is still wrong.
  writeFileSync(
    join(dir, 'PORT_MAPPINGS.md'),
    '| Service | Port |\n|---|---|\n| a/web | 3000 |\n| b/web | 3000 |\n| c/web | 3000 |\n',
  );
  expect((await runOn(dir)).report.findings.map((f) => `${f.rule} ${f.line}`)).toContain(
    'registry-conflict 5',
  );
});

test('a bare --write-registry writes the registry input', async () => {
  const { dir } = await check(undefined, { 'write-registry': 'true', registry: 'docs/PORTS.md' });
  expect(readFileSync(join(dir, 'docs/PORTS.md'), 'utf8')).toContain(
    '| api | 3001 | 3000 | tcp |  |  |',
  );
});
