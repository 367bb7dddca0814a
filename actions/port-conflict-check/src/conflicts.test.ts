import { describe, expect, test } from '@jest/globals';
import {
  composeFile as compose,
  findingLines as findings,
  fixtureWorkspace,
  runOn,
} from './fixture-workspace.ts';

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
          'host port 8080/tcp is published by 2 declarations: service "a" (project shop) at docker-compose.yml:6; service "b" (project shop) at docker-compose.yml:10',
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
      /^host ports 9004-9005\/tcp are published by 2 declarations: service "a"/,
    );
  });

  test('across projects declared to run together: cross-project decides', async () => {
    const files = {
      'a/compose.yml': compose('a', { web: ['3000:3000'] }),
      'b/compose.yml': compose('b', { web: ['3000:3000'] }),
    };
    const together = { projects: 'a/compose.yml\nb/compose.yml' };
    expect(await findings(files, together)).toEqual([
      'warning cross-project-port-conflict b/compose.yml:6',
    ]);
    expect(await findings(files, { ...together, 'cross-project': 'error' })).toEqual([
      'error cross-project-port-conflict b/compose.yml:6',
    ]);
    expect(await findings(files, { ...together, 'cross-project': 'off' })).toEqual([]);
  });

  test('projects not declared to run together: one notice with the count and how to declare', async () => {
    const files = {
      'a/compose.yml': compose('a', { web: ['3000:3000', '4000:4000'] }),
      'b/compose.yml': compose('b', { web: ['3000:3000', '4000:4000'] }),
      'c/compose.yml': compose('c', { web: ['4000:4000'] }),
    };
    const outcome = await runOn(fixtureWorkspace(files));
    expect(outcome.report.findings).toEqual([
      {
        rule: 'undeclared-cross-project',
        severity: 'notice',
        message: expect.stringMatching(
          /^2 host ports are published by several Compose projects not declared .* list them in the projects input/,
        ),
      },
    ]);
    expect(outcome.report.passed).toBe(true);
    // A registry naming the services declares their projects.
    const registry =
      '| Service | Port |\n|---|---|\n| a/web | 3000 |\n| b/web | 3000 |\n| a/web | 4000 |\n| b/web | 4000 |\n| c/web | 4000 |\n';
    expect(await findings({ ...files, 'PORT_MAPPINGS.md': registry })).toEqual([
      'warning cross-project-port-conflict b/compose.yml:6',
      'warning cross-project-port-conflict c/compose.yml:6',
    ]);
  });

  test('n services on one port are one finding listing n', async () => {
    const services = Object.fromEntries(
      Array.from({ length: 3000 }, (_, index) => [`s${index}`, ['8080:80']]),
    );
    const outcome = await runOn(fixtureWorkspace({ 'compose.yml': compose('big', services) }));
    expect(outcome.report.findings).toHaveLength(1);
    expect(outcome.report.findings[0]!.message).toMatch(
      /^host port 8080\/tcp is published by 3000 declarations: service "s0" .*; and 2990 more$/,
    );
  });

  test('services sharing a port through an anchor or an extends base conflict', async () => {
    const anchored =
      'name: lara\nx-ws: &ws\n  image: x\n  ports: ["2222:22"]\nservices:\n  workspace:\n    <<: *ws\n  workspace-83:\n    <<: *ws\n  other:\n    extends: workspace\n';
    const outcome = await runOn(fixtureWorkspace({ 'compose.yml': anchored }));
    expect(outcome.report.findings).toEqual([
      {
        rule: 'port-conflict',
        severity: 'error',
        message:
          'host port 2222/tcp is published by 3 declarations: ' +
          'service "workspace" (project lara) at compose.yml:6 (port at compose.yml:4); ' +
          'service "workspace-83" (project lara) at compose.yml:8 (port at compose.yml:4); ' +
          'service "other" (project lara) at compose.yml:10 (port at compose.yml:4)',
        file: 'compose.yml',
        line: 10,
      },
    ]);
  });

  test('alternative files of one project (same project name) do not conflict for the same service', async () => {
    const files = {
      'app/docker-compose.yml': compose('app', { web: ['3000:3000'] }),
      'app/docker-compose.prod.yml': compose('app', { web: ['3000:3000'], api: ['3000:3001'] }),
    };
    expect(await findings(files)).toEqual(['error port-conflict app/docker-compose.prod.yml:10']);
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
