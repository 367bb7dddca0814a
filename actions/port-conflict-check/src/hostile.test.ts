/**
 * Hostile pull requests (issue 19): nothing outside the workspace or inside .git is read or
 * written, errors name the repository path and never the content, and a bad file is one error
 * finding while every other file is still read.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { fixtureWorkspace, runOn } from './fixture-workspace.ts';

const SECRET = 's3cr3t-OUTSIDE-value';

/** A file outside the workspace whose values must never be read. */
function outsideFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'port-outside-'));
  const file = join(dir, 'secrets.env');
  writeFileSync(file, `PORT=${SECRET}\nextraheader=${SECRET}\n`);
  return file;
}

const OK = 'name: ok\nservices:\n  ok:\n    image: x\n    ports: ["7000:7000"]\n';
const USES_PORT = (name: string) =>
  `name: ${name}\nservices:\n  web:\n    image: x\n    ports: ["\${PORT:-1}:80"]\n`;

async function outcomeOf(dir: string, inputs: Record<string, string> = {}) {
  const outcome = await runOn(dir, inputs);
  const everything = JSON.stringify(outcome);
  expect(everything).not.toContain(SECRET);
  return {
    outcome,
    errors: outcome.report.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`),
    ports: outcome.report.ports.map((p) => `${p.project}/${p.service} ${p.published}`),
  };
}

describe('nothing outside the workspace is read', () => {
  test('include of an absolute path: an error at the include, the other projects read', async () => {
    const outside = outsideFile();
    const dir = fixtureWorkspace({
      'a/compose.yml': `name: a\ninclude:\n  - ${outside}\nservices: {}\n`,
      'b/compose.yml': OK,
    });
    const { errors, ports, outcome } = await outcomeOf(dir);
    expect(errors).toEqual([
      expect.stringMatching(
        /^unreadable-file a\/compose.yml:3 \/tmp\/.*secrets.env is outside the workspace$/,
      ),
    ]);
    expect(ports).toEqual(['ok/ok 7000']);
    expect(outcome.report.passed).toBe(false);
  });

  test('include env_file from outside and from .git: refused at the include', async () => {
    const outside = outsideFile();
    const dir = fixtureWorkspace({
      'compose.yml': `include:\n  - path: inc.yml\n    env_file: ${outside}\n  - path: inc2.yml\n    env_file: .git/config\nservices: {}\n`,
      'inc.yml': USES_PORT('inc'),
      'inc2.yml': USES_PORT('inc2').replace('web', 'api'),
      '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
    });
    const { errors } = await outcomeOf(dir);
    expect(errors).toEqual([
      expect.stringMatching(
        /^unreadable-file compose.yml:2 \/tmp\/.*secrets.env is outside the workspace$/,
      ),
    ]);
    const gitOnly = fixtureWorkspace({
      'compose.yml': 'include:\n  - path: inc.yml\n    env_file: .git/config\nservices: {}\n',
      'inc.yml': USES_PORT('inc'),
      '.git/config': `extraheader=${SECRET}\n`,
    });
    expect((await outcomeOf(gitOnly)).errors).toEqual([
      'unreadable-file compose.yml:2 .git/config is inside .git',
    ]);
  });

  test('a link into .git is refused like .git itself', async () => {
    const dir = fixtureWorkspace({
      'compose.yml': 'include:\n  - path: inc.yml\n    env_file: ci.env\nservices: {}\n',
      'inc.yml': USES_PORT('inc'),
      '.git/config': `extraheader=${SECRET}\n`,
    });
    symlinkSync(join(dir, '.git/config'), join(dir, 'ci.env'));
    expect((await outcomeOf(dir)).errors).toEqual([
      'unreadable-file compose.yml:2 ci.env is inside .git',
    ]);
  });

  test('a .env that is a symlink to an outside file is refused, the target not named', async () => {
    const outside = outsideFile();
    const dir = fixtureWorkspace({ 'app/compose.yml': USES_PORT('app'), 'b/compose.yml': OK });
    symlinkSync(outside, join(dir, 'app/.env'));
    const { errors, ports } = await outcomeOf(dir);
    expect(errors).toEqual([
      'unreadable-file app/.env:1 app/.env is a symbolic link that leads outside the workspace',
    ]);
    expect(errors.join()).not.toContain(outside);
    expect(ports).toEqual(['ok/ok 7000']);
  });

  test('extends of a file outside the workspace', async () => {
    const outside = outsideFile();
    const dir = fixtureWorkspace({
      'compose.yml': `services:\n  web:\n    extends:\n      file: ${outside}\n      service: x\n`,
    });
    expect((await outcomeOf(dir)).errors).toEqual([
      expect.stringMatching(
        /^unreadable-file compose.yml:3 \/tmp\/.*secrets.env is outside the workspace$/,
      ),
    ]);
  });

  test('a symlinked registry and env-files input outside the workspace are input errors', async () => {
    const outside = outsideFile();
    const dir = fixtureWorkspace({ 'compose.yml': OK });
    symlinkSync(outside, join(dir, 'PORT_MAPPINGS.md'));
    const refused = (inputs: Record<string, string> = {}) =>
      runOn(dir, inputs).then(
        () => undefined,
        (error: unknown) => error as UsageError,
      );
    const registry = await refused();
    expect(registry).toBeInstanceOf(UsageError);
    expect(registry?.message).toBe('is a symbolic link that leads outside the workspace');
    expect(registry?.location).toEqual({ file: 'PORT_MAPPINGS.md' });
    expect(registry?.input).toBe('registry');
    const envFiles = await refused({ registry: 'none.md', 'env-files': outside });
    expect(envFiles?.input).toBe('env-files');
    expect(envFiles?.message).not.toContain(SECRET);
  });
});

describe('nothing is written through a symlink', () => {
  test('write-registry refuses a symlinked PORT_MAPPINGS.md and leaves its target alone', async () => {
    const outside = outsideFile();
    const dir = fixtureWorkspace({ 'compose.yml': OK });
    symlinkSync(outside, join(dir, 'PORT_MAPPINGS.md'));
    await expect(runOn(dir, { 'write-registry': 'PORT_MAPPINGS.md' })).rejects.toThrow(
      /is a symbolic link/,
    );
    expect(readFileSync(outside, 'utf8')).toContain(SECRET);
  });

  test('write-registry into a symlinked directory or outside the workspace is refused', async () => {
    const outsideDir = mkdtempSync(join(tmpdir(), 'port-outside-dir-'));
    const dir = fixtureWorkspace({ 'compose.yml': OK });
    symlinkSync(outsideDir, join(dir, 'docs'));
    await expect(runOn(dir, { 'write-registry': 'docs/PORT_MAPPINGS.md' })).rejects.toThrow(
      /is a symbolic link that leads outside the workspace/,
    );
    await expect(runOn(dir, { 'write-registry': '../ports.md' })).rejects.toThrow(
      /outside the workspace/,
    );
    mkdirSync(join(dir, 'ok'));
    await runOn(dir, { 'write-registry': 'ok/PORT_MAPPINGS.md' });
    expect(readFileSync(join(dir, 'ok/PORT_MAPPINGS.md'), 'utf8')).toContain('| ok | 7000 |');
  });
});

describe('a bad file is one error finding; every other file is read', () => {
  test('an empty compose file fails the gate', async () => {
    const dir = fixtureWorkspace({ 'compose.yml': '# nothing yet\n' });
    const { errors, outcome } = await outcomeOf(dir);
    expect(errors).toEqual(['unreadable-file compose.yml:1 the compose file is empty']);
    expect(outcome.report.passed).toBe(false);
  });

  test('a syntax error, a bad port and a .env that is no file, each at its file:line', async () => {
    const dir = fixtureWorkspace({
      'a/compose.yml': 'services:\n  a:\n    ports: [\n',
      'b/compose.yml': 'services:\n  b:\n    ports:\n      - "80:80/http"\n      - "8081:81"\n',
      'c/compose.yml': OK,
      'd/compose.yml': USES_PORT('d'),
      'd/.env/x': '',
      'e/Dockerfile': 'FROM x\nEXPOSE 9001\n',
    });
    const { errors, ports } = await outcomeOf(dir);
    expect(errors).toEqual([
      expect.stringMatching(/^unreadable-file a\/compose.yml:\d+ invalid YAML: /),
      'invalid-port b/compose.yml:4 service b: unknown protocol "http" in "80:80/http"',
      'unreadable-file d/.env:1 d/.env is a directory, not a file',
    ]);
    expect(ports).toEqual(['b/b 8081', 'ok/ok 7000', 'e/e null']);
  });
});
