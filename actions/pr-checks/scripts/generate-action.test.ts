import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CHECKS, renderFromSources } from './generate-action.ts';

const read = (relative: string) =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
const present = CHECKS.filter((check) =>
  existsSync(fileURLToPath(new URL(`../../${check}/action.yml`, import.meta.url))),
);

interface Metadata {
  inputs: Record<string, { default?: string }>;
  runs: { steps: { id: string; env: Record<string, string>; run: string }[] };
}

describe('actions/pr-checks/action.yml is generated from its checks', () => {
  const action = parse(read('../action.yml')) as Metadata;

  test.each(present)('every input of %s is passed through with its default', (check) => {
    const own = parse(read(`../../${check}/action.yml`)) as Metadata;
    const step = action.runs.steps.find((candidate) => candidate.id === check)!;
    for (const [name, input] of Object.entries(own.inputs)) {
      const variable = `INPUT_${name.toUpperCase()}`;
      if (name === 'github-token') {
        expect(step.env[variable]).toBe('${{ inputs.github-token }}');
        continue;
      }
      expect(action.inputs[`${check}-${name}`]?.default).toBe(
        input.default === undefined ? undefined : String(input.default),
      );
      expect(step.env[variable]).toBe(`\${{ inputs.${check}-${name} }}`);
    }
  });

  test('the combine step runs src/combine.ts as bundled beside the action.yml', () => {
    const combine = action.runs.steps.at(-1)!;
    expect(combine.run).toBe('node "$GITHUB_ACTION_PATH/combine.js"\n');
  });

  (present.length === CHECKS.length ? test : test.skip)(
    'the committed file equals a fresh render',
    async () => {
      expect(read('../action.yml')).toBe(await renderFromSources());
    },
  );
});
