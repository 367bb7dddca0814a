import { expect, test } from '@jest/globals';
import { fixtureWorkspace, runOn } from './fixture-workspace.ts';

test('a ports output over 1 MB keeps the host-bound ports; the report keeps them all', async () => {
  const compose =
    'services:\n  a:\n    image: x\n    expose: ["1024-65535"]\n    ports: ["8080:80"]\n';
  const outcome = await runOn(fixtureWorkspace({ 'compose.yml': compose }));
  expect(outcome.report.ports).toHaveLength(64513);
  expect(JSON.parse(outcome.outputs.ports!)).toMatchObject([{ published: 8080, target: 80 }]);
});
