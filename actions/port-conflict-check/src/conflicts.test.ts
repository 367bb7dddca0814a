import { describe, expect, test } from '@jest/globals';
import { fixtureWorkspace, runOn } from './fixture-workspace.ts';

const compose = (name: string, services: Record<string, string[]>) =>
  `name: ${name}\nservices:\n${Object.entries(services)
    .map(
      ([service, ports]) =>
        `  ${service}:\n    image: x\n    ports:\n${ports.map((p) => `      - "${p}"`).join('\n')}\n`,
    )
    .join('')}`;

async function findings(files: Record<string, string>, inputs: Record<string, string> = {}) {
  const outcome = await runOn(fixtureWorkspace(files), inputs);
  return outcome.report.findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line}`);
}

describe('host port conflicts', () => {
  test('two services of one project: error at the second declaration, naming the first', async () => {
    const outcome = await runOn(
      fixtureWorkspace({
        'docker-compose.yml': compose('shop', { a: ['8080:80'], b: ['0.0.0.0:8080:81'] }),
      }),
    );
    expect(outcome.report.findings).toEqual([
      {
        rule: 'port-conflict',
        severity: 'error',
        message:
          'host port 8080/tcp of service "b" (project shop) is also published by service "a" (project shop) at docker-compose.yml:6',
        file: 'docker-compose.yml',
        line: 10,
      },
    ]);
    expect(outcome.outputs.conflicts).toBe('1');
    expect(outcome.report.passed).toBe(false);
  });

  test('distinct specific addresses and different protocols do not overlap; :: overlaps everything', async () => {
    expect(
      await findings({
        'compose.yml': compose('p', {
          a: ['127.0.0.1:8000:80', '5353:53/udp'],
          b: ['127.0.0.2:8000:80', '5353:53/tcp'],
        }),
      }),
    ).toEqual([]);
    expect(
      await findings({
        'compose.yml': compose('p', { a: ['127.0.0.1:8080:80'], b: ['[::]:8080:80'] }),
      }),
    ).toEqual(['error port-conflict compose.yml:10']);
  });

  test('ranges overlap too', async () => {
    const outcome = await runOn(
      fixtureWorkspace({
        'compose.yml': compose('p', { a: ['9000-9005:9000-9005'], b: ['9004-9010:9004-9010'] }),
      }),
    );
    expect(outcome.report.findings[0]!.message).toMatch(
      /^host ports 9004-9005\/tcp of service "b"/,
    );
  });

  test('across projects: cross-project decides', async () => {
    const files = {
      'a/compose.yml': compose('a', { web: ['3000:3000'] }),
      'b/compose.yml': compose('b', { web: ['3000:3000'] }),
    };
    expect(await findings(files)).toEqual(['warning cross-project-port-conflict b/compose.yml:6']);
    expect(await findings(files, { 'cross-project': 'error' })).toEqual([
      'error cross-project-port-conflict b/compose.yml:6',
    ]);
    expect(await findings(files, { 'cross-project': 'off' })).toEqual([]);
  });

  test('alternative files of one project (same project name) do not conflict for the same service', async () => {
    const files = {
      'app/docker-compose.yml': compose('app', { web: ['3000:3000'] }),
      'app/docker-compose.prod.yml': compose('app', { web: ['3000:3000'], api: ['3000:3001'] }),
    };
    expect(await findings(files)).toEqual([
      'error port-conflict app/docker-compose.prod.yml:10',
      'warning cross-project-port-conflict app/docker-compose.yml:6',
    ]);
  });

  test('ports below 1024 on all addresses are a notice', async () => {
    expect(
      await findings({ 'compose.yml': compose('p', { a: ['80:80', '127.0.0.1:443:443'] }) }),
    ).toEqual(['notice privileged-port compose.yml:6']);
  });

  test('.env ports collide across services, not with the same key in .env.example', async () => {
    const files = {
      'api/.env': 'API_PORT=3000\n',
      'api/.env.example': 'API_PORT=3000\n',
      'web/.env': 'PORT=3000\n',
    };
    expect(await findings(files, { 'env-port-files': '**/.env*' })).toEqual([
      'warning cross-project-port-conflict web/.env:1',
      'warning cross-project-port-conflict web/.env:1',
    ]);
  });
});

describe('Kubernetes', () => {
  const service = (name: string, nodePort: number) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      targetPort: 8080\n      nodePort: ${nodePort}\n`;
  const pod = (name: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: x\n      ports:\n        - containerPort: 53\n          hostPort: 5353\n          protocol: UDP\n`;

  test('nodePort duplicates and out-of-range nodePorts; hostPort duplicates', async () => {
    const files = {
      'k8s/a.yaml': `${service('a', 30080)}---\n${service('b', 30080)}---\n${service('c', 8080)}`,
      'k8s/pods.yaml': `${pod('p1')}---\n${pod('p2')}`,
    };
    expect(await findings(files)).toEqual([
      'error node-port-conflict k8s/a.yaml:19',
      'error node-port-range k8s/a.yaml:30',
      'error host-port-conflict k8s/pods.yaml:23',
    ]);
  });

  test('multi-document manifests report every port; Helm templates are skipped with a notice', async () => {
    const files = {
      'k8s/a.yaml': service('a', 30080),
      'chart/templates/svc.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n',
    };
    const outcome = await runOn(fixtureWorkspace(files));
    expect(outcome.report.ports).toEqual([
      {
        service: 'a',
        project: 'default',
        file: 'k8s/a.yaml',
        line: 8,
        host_ip: '',
        published: 30080,
        target: 8080,
        protocol: 'tcp',
        source: 'kubernetes',
      },
    ]);
    expect(outcome.report.findings).toMatchObject([
      { rule: 'helm-template-skipped', severity: 'notice', file: 'chart/templates/svc.yaml' },
    ]);
  });
});

test('a Service targetPort by name reaches the named container port', async () => {
  const manifest =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          ports:\n            - name: http\n              containerPort: 8080\n---\n' +
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      targetPort: http\n';
  const outcome = await runOn(fixtureWorkspace({ 'k8s/web.yaml': manifest }));
  expect(
    outcome.report.ports.map((p) => `${p.service} ${p.target} ${p.published} :${p.line}`),
  ).toEqual(['web 8080 null :11', 'web 8080 null :20']);
});

test('Dockerfile EXPOSE: ranges, protocols, ARG and ENV, the final stage', async () => {
  const dockerfile =
    'ARG BASE=node\nFROM ${BASE} AS build\nEXPOSE 1111\nFROM ${BASE}\nARG PORT=3000\nENV METRICS=9464 \\\n    DEBUG=9229\nEXPOSE $PORT ${METRICS}/tcp 5000-5001/udp\n';
  const outcome = await runOn(fixtureWorkspace({ 'svc/api/Dockerfile': dockerfile }));
  expect(
    outcome.report.ports.map(
      (p) => `${p.service} ${p.target}/${p.protocol} :${p.line} ${p.published}`,
    ),
  ).toEqual([
    'api 3000/tcp :8 null',
    'api 9464/tcp :8 null',
    'api 5000/udp :8 null',
    'api 5001/udp :8 null',
  ]);
});

test('nothing to read fails closed', async () => {
  await expect(runOn(fixtureWorkspace({ 'README.md': '# hi\n' }))).rejects.toThrow(
    /found no compose files/,
  );
});
