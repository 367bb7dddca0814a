import { expect, test } from '@jest/globals';
import { fixtureWorkspace, runOn } from './fixture-workspace.ts';
import { MAX_PORT_ENTRIES } from './ports-output.ts';

test('a ports output over 1 MB keeps the host-bound ports; the report keeps them all', async () => {
  const compose =
    'services:\n  a:\n    image: x\n    expose: ["1024-65535"]\n    ports: ["8080:80"]\n';
  const outcome = await runOn(fixtureWorkspace({ 'compose.yml': compose }));
  expect(outcome.report.ports).toHaveLength(64513);
  expect(JSON.parse(outcome.outputs.ports!)).toMatchObject([{ published: 8080, target: 80 }]);
});

test('ports from ranges are bounded: a 30 kB Dockerfile of EXPOSE 1-65535 lines', async () => {
  const lines = ['FROM x'];
  for (let index = 0; index < 1700; index++) lines.push(`EXPOSE ${index + 1}-65535`);
  const outcome = await runOn(fixtureWorkspace({ Dockerfile: lines.join('\n') }));
  expect(outcome.report.ports).toHaveLength(MAX_PORT_ENTRIES);
  expect(outcome.report.findings).toMatchObject([
    {
      rule: 'ports-truncated',
      severity: 'warning',
      message: expect.stringMatching(/^the repository declares 109965350 container ports/),
    },
  ]);
});

test('the port map is collapsed past 30 rows: one row per service, folded', async () => {
  const services = Array.from(
    { length: 40 },
    (_, index) =>
      `  s${index}:\n    image: x\n    ports: ["${8000 + index}:80", "${9000 + index}:81"]\n`,
  );
  const outcome = await runOn(
    fixtureWorkspace({ 'compose.yml': `services:\n${services.join('')}` }),
  );
  const summary = outcome.summary.render();
  expect(summary).toContain(
    '<details><summary>80 port declarations of 40 services, by service</summary>',
  );
  expect(summary.split('\n').filter((line) => line.startsWith('| <code>s'))).toHaveLength(40);
});
