import { describe, expect, test } from '@jest/globals';
import { composeDeclarations } from './compose-projects.ts';
import { fixtureWorkspace } from './fixture-workspace.ts';
import { ScanContext } from './scan-context.ts';

function scan(
  files: Record<string, string>,
  options: { profiles?: string[]; projects?: string[][]; envFiles?: string[] } = {},
) {
  const dir = fixtureWorkspace(files);
  const context = new ScanContext(dir);
  const paths = Object.keys(files)
    .filter((f) => /(^|\/)(docker-)?compose[^/]*\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`);
  const declarations = composeDeclarations(context, paths, {
    projects: (options.projects ?? []).map((files) => ({
      name: undefined,
      files: files.map((f) => `${dir}/${f}`),
    })),
    envFiles: (options.envFiles ?? []).map((f) => `${dir}/${f}`),
    profiles: options.profiles,
  });
  const short = declarations.map(
    (d) =>
      `${d.project}/${d.service} ${d.hostIp}${d.published ? `:${d.published.start}` : ''}->${d.target.start}/${d.protocol} @${d.file}:${d.line}`,
  );
  return { short, declarations, findings: context.findings };
}

/** The one error finding a bad file gives: the scan goes on, the file is reported at its line. */
function fileError(files: Record<string, string>) {
  const errors = scan(files).findings.filter((finding) => finding.severity === 'error');
  expect(errors).toHaveLength(1);
  return { ...errors[0]!, location: { file: errors[0]!.file, line: errors[0]!.line } };
}

describe('compose projects', () => {
  test('the version 1 format (services at the top level) is a warning, not silence', () => {
    const { short, findings } = scan({
      'docker-compose.yml': 'web:\n  image: x\n  ports: ["80:80"]\ndb:\n  image: y\n',
      'compose.yml': 'version: "3"\nnetworks:\n  front: {}\nx-common:\n  image: z\n',
    });
    expect(short).toEqual([]);
    expect(findings).toMatchObject([
      {
        rule: 'compose-v1-format',
        severity: 'warning',
        file: 'docker-compose.yml',
        line: 1,
        message: expect.stringContaining('(web, db at the top level)'),
      },
    ]);
  });

  test('an override file merges into its project; ports are unioned, each at its own file and line', () => {
    const { short } = scan({
      'app/docker-compose.yml': 'services:\n  web:\n    image: x\n    ports:\n      - "8080:80"\n',
      // The same port in the long syntax is the same port: Compose keys ports by ip, published, target, protocol.
      'app/docker-compose.override.yml':
        'services:\n  web:\n    ports:\n      - { target: 80, published: "8080" }\n      - "9229:9229"\n',
    });
    expect(short).toEqual([
      'app/web :8080->80/tcp @app/docker-compose.yml:5',
      'app/web :9229->9229/tcp @app/docker-compose.override.yml:5',
    ]);
  });

  test('interpolation from the .env beside the file, env-files overriding it', () => {
    const files = {
      'docker-compose.yml':
        'name: shop\nservices:\n  web:\n    ports:\n      - "${WEB:-1}:80"\n      - "${API-2}:81"\n',
      '.env': 'WEB=3000\nAPI=\n',
      'ci.env': 'WEB=4000\n',
    };
    expect(scan(files).short).toEqual([
      'shop/web :3000->80/tcp @docker-compose.yml:5',
      'shop/web ->81/tcp @docker-compose.yml:6',
    ]);
    expect(scan(files, { envFiles: ['ci.env'] }).short[0]).toBe(
      'shop/web :4000->80/tcp @docker-compose.yml:5',
    );
  });

  test('the project name: COMPOSE_PROJECT_NAME of the .env beside the file, then name:, then the directory', () => {
    const service = 'services:\n  web:\n    ports: ["3000:3000"]\n';
    const { short } = scan({
      'temporal/docker-compose.yml': service,
      'temporal/.env': 'COMPOSE_PROJECT_NAME=temporal-dev\n',
      'named/docker-compose.yml': `name: \${NAME:-shop}\n${service}`,
      'both/docker-compose.yml': `name: ignored\n${service}`,
      'both/.env': 'COMPOSE_PROJECT_NAME=wins\n',
      'My Dir/docker-compose.yml': service,
    });
    expect(short.map((line) => line.split(' ')[0])).toEqual([
      'temporal-dev/web',
      'shop/web',
      'wins/web',
      'mydir/web',
    ]);
  });

  test('extends (another file) and include bring their ports with their own lines', () => {
    const { short } = scan({
      'docker-compose.yml':
        'name: p\ninclude:\n  - db/compose.yaml\nservices:\n  api:\n    extends:\n      file: base.yml\n      service: node\n    ports: ["3001:3000"]\n',
      'base.yml': 'services:\n  node:\n    expose: ["9464"]\n',
      'db/compose.yaml': 'services:\n  db:\n    ports:\n      - "127.0.0.1:${DB_PORT}:5432"\n',
      'db/.env': 'DB_PORT=5433\n',
    });
    expect(short).toEqual([
      'p/db 127.0.0.1:5433->5432/tcp @db/compose.yaml:4',
      'p/api :3001->3000/tcp @docker-compose.yml:9',
      'p/api ->9464/tcp @base.yml:3',
    ]);
  });

  test('a port an anchor declares keeps the anchor line through << merge keys', () => {
    const { short } = scan({
      'compose.yml':
        'name: p\nx-base: &base\n  image: x\n  ports:\n    - "7000:70"\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n    ports: ["7001:70"]\n',
    });
    expect(short).toEqual([
      'p/a :7000->70/tcp @compose.yml:5',
      'p/b :7001->70/tcp @compose.yml:11',
    ]);
  });

  test('network_mode: host makes container ports host ports; profiles filter services', () => {
    const files = {
      'compose.yml':
        'name: p\nservices:\n  a:\n    network_mode: host\n    expose: ["9100"]\n  b:\n    profiles: [debug]\n    ports: ["1234:1234"]\n',
    };
    expect(scan(files).short).toEqual([
      'p/a :9100->9100/tcp @compose.yml:5',
      'p/b :1234->1234/tcp @compose.yml:8',
    ]);
    expect(scan(files, { profiles: ['ci'] }).short).toEqual(['p/a :9100->9100/tcp @compose.yml:5']);
  });

  test('projects named explicitly merge several files', () => {
    const { short } = scan(
      {
        'docker-compose.yml': 'name: p\nservices:\n  a:\n    ports: ["80:80"]\n',
        'docker-compose.prod.yml': 'services:\n  a:\n    ports: ["443:443"]\n',
      },
      { projects: [['docker-compose.yml', 'docker-compose.prod.yml']] },
    );
    expect(short).toEqual([
      'p/a :80->80/tcp @docker-compose.yml:4',
      'p/a :443->443/tcp @docker-compose.prod.yml:3',
    ]);
  });

  test('an unset variable is a warning, as Compose warns', () => {
    const { findings } = scan({
      'compose.yml': 'services:\n  a:\n    image: app:${TAG}\n    ports: ["${NOPE}8080:80"]\n',
    });
    expect(findings).toMatchObject([
      { rule: 'unset-variable', severity: 'warning', file: 'compose.yml', line: 4 },
    ]);
  });
});

describe('bad compose files', () => {
  test('a YAML syntax error names file and line', () => {
    const error = fileError({ 'compose.yml': 'services:\n  a:\n    ports: [\n  b: 1\n' });
    expect(error.location).toMatchObject({ file: 'compose.yml' });
    expect(error.message).toMatch(/^invalid YAML: /);
  });

  test('an alias bomb is refused', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    bomb.push('services: {}');
    const error = fileError({ 'compose.yml': `${bomb.join('\n')}\n` });
    expect(error.message).toMatch(/^refused: aliases expand/);
  });

  test('${VAR:?err} unset is the error Compose gives, at its line', () => {
    const error = fileError({
      'compose.yml': 'services:\n  a:\n    ports:\n      - "${API_PORT:?set API_PORT}:80"\n',
    });
    expect(error.message).toBe('required variable API_PORT is missing a value: set API_PORT');
    expect(error.location).toEqual({ file: 'compose.yml', line: 4 });
  });

  test('an invalid port names the service, file and line', () => {
    const error = fileError({
      'compose.yml': 'services:\n  a:\n    ports:\n      - "80:80/http"\n',
    });
    expect(error.message).toMatch(/service a: unknown protocol/);
    expect(error.location).toEqual({ file: 'compose.yml', line: 4 });
  });

  test('circular extends is refused', () => {
    const error = fileError({
      'compose.yml': 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n',
    });
    expect(error.message).toMatch(/circular extends/);
  });

  test('extends of a service the file does not define points at the extends', () => {
    const error = fileError({
      'compose.yml': 'services:\n  a:\n    extends:\n      file: base.yml\n      service: nope\n',
      'base.yml': 'services:\n  other:\n    image: x\n',
    });
    expect(error.message).toBe('extends names service nope, which base.yml does not define');
    expect(error.location).toEqual({ file: 'compose.yml', line: 3 }); // `extends:` itself
  });
});
