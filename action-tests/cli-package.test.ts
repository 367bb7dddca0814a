/**
 * The CLI as users install it: `npm pack` of the committed dist/cli, installed offline into an
 * empty folder, run through node_modules/.bin on this Node and on the oldest Node the launcher
 * accepts when one is on the PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readActionMetadata } from '@flow-actions/kit';
import { distDir } from './harness.ts';

const packageDir = join(distDir, 'cli');
let folder: string;

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true' },
  });
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'flow-cli-package-'));
  const packed = JSON.parse(
    npm(['pack', packageDir, '--json', '--pack-destination', folder], folder),
  ) as {
    filename: string;
  }[];
  writeFileSync(join(folder, 'package.json'), '{"name":"empty","private":true}\n');
  npm(
    ['install', '--offline', '--no-audit', '--no-fund', join(folder, packed[0]!.filename)],
    folder,
  );
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(node: string, args: string[]) {
  const result = spawnSync(node, [join(folder, 'node_modules', '.bin', 'flow-actions'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed @flow-actions/cli', () => {
  test('installs offline into an empty folder and lints a message', () => {
    expect(run(process.execPath, ['commit-lint', '--message', 'feat: x'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('passed: 1 commit'),
    });
    expect(run(process.execPath, ['commit-lint', '--message', 'added x']).code).toBe(1);
  });

  test('--version prints the package version; a bad option is exit 2 naming it', () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(run(process.execPath, ['--version']).stdout).toBe(`${version}\n`);
    expect(run(process.execPath, ['commit-lint', '--form', 'main'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('did you mean --from?'),
    });
    expect(run(process.execPath, ['commit-lint', '--types'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('option --types needs a value'),
    });
  });

  test('every action has its command, with its options from action.yml', () => {
    for (const action of [
      'coverage-gate',
      'commit-lint',
      'spec-first-guard',
      'port-conflict-check',
      'e2e-compose-runner',
    ])
      expect(run(process.execPath, [action, '--help'])).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(`flow-actions ${action}:`),
      });
  });

  test('each action.yml ships as the JSON of its metadata: a command starts without the YAML parser', () => {
    const shipped = readdirSync(join(packageDir, 'actions')).sort();
    expect(shipped).toEqual(
      [
        'commit-lint',
        'coverage-gate',
        'e2e-compose-runner',
        'port-conflict-check',
        'pr-policy',
        'spec-first-guard',
      ].map((name) => `${name}.json`),
    );
    for (const file of shipped)
      expect(JSON.parse(readFileSync(join(packageDir, 'actions', file), 'utf8'))).toEqual(
        readActionMetadata(
          new URL(`../actions/${file.replace('.json', '')}/action.yml`, import.meta.url),
        ),
      );
  });

  test('the manifest is publishable: scoped name, bin, files, engines, no dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: '@flow-actions/cli',
      bin: { 'flow-actions': 'bin/flow-actions.js' },
      engines: { node: '>=20' },
    });
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
  });

  // The machine's own `node` may be older than the Node 24 that runs the tests.
  const systemNode = spawnSync('/usr/bin/node', ['-p', 'process.versions.node'], {
    encoding: 'utf8',
  });
  const systemMajor = Number(systemNode.stdout?.split('.')[0] ?? 0);
  (systemMajor >= 20 && systemMajor < 24 ? test : test.skip)(
    `runs on Node ${systemNode.stdout?.trim() || '(none at /usr/bin/node)'}`,
    () => {
      expect(run('/usr/bin/node', ['commit-lint', '--message', 'fix: y']).code).toBe(0);
    },
  );
});
