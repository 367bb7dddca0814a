/**
 * The handbook recipes of docs/recipes/: each recipe's files (workflow, pull request template,
 * rules, registries) in a sample repository, and for each rule one compliant and one violating
 * pull request, run through the built actions with the inputs the recipe's workflow gives them.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { pullRequestEvent, tempRepo, type TempRepo } from '@flow-actions/testing';
import { runAction, type RunResult } from './harness.ts';
import { filled, RECIPES, template, type PullRequest, type Recipe } from './recipes.ts';

const recipesDir = fileURLToPath(new URL('../docs/recipes/', import.meta.url));
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

/** Each of our actions the recipe's workflow uses, with the inputs it gives it. */
function stepInputs(recipe: string): Map<string, Record<string, string>> {
  const file = join(recipesDir, recipe, 'files/.github/workflows/handbook.yml');
  const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const inputs = new Map<string, Record<string, string>>();
  for (const job of Object.values(workflow.jobs)) {
    for (const step of job.steps) {
      const action = /^org\/flow-actions\/([\w-]+)@/.exec(step.uses ?? '')?.[1];
      if (action) inputs.set(action, step.with ?? {});
    }
  }
  return inputs;
}

async function runRecipe(recipe: Recipe, action: string, given: PullRequest): Promise<RunResult> {
  const pr = { ...recipe.defaults, ...given };
  const repo = tempRepo('flow-recipe-');
  repos.push(repo);
  cpSync(join(recipesDir, recipe.name, 'files'), repo.dir, { recursive: true });
  const baseSha = repo.commit('chore: start', recipe.base);
  repo.git('checkout', '-q', '-b', 'head');
  for (const [message, files] of pr.commits) repo.commit(message, files);
  const body = pr.body ?? filled(template(recipe.name));
  const event = pullRequestEvent({
    base: baseSha,
    head: repo.head(),
    body: pr.appendBody ? `${body}\n${pr.appendBody}\n` : body,
    title: pr.title ?? 'feat(orders): add order parsing',
    headRef: pr.headRef ?? 'feature/orders',
    baseRef: pr.baseRef ?? 'main',
  });
  const inputs = stepInputs(recipe.name).get(action);
  if (!inputs) throw new Error(`${recipe.name}'s workflow does not use ${action}`);
  return runAction({ action, inputs, event, workspace: repo.dir });
}

const rules = (result: RunResult) =>
  ((result.report?.findings ?? []) as { rule: string; severity: string }[])
    .filter((finding) => finding.severity === 'error')
    .map((finding) => finding.rule);

describe.each(RECIPES.map((recipe) => [recipe.name, recipe] as const))(
  'recipe %s',
  (name, recipe) => {
    test.each(recipe.cases.map((item) => [`${item.action} ${item.rule}`, item] as const))(
      '%s: the compliant pull request passes, the violating one is caught',
      async (_, item) => {
        const good = await runRecipe(recipe, item.action, item.good);
        expect({ rules: rules(good), stdout: good.exitCode === 0 ? '' : good.stdout }).toEqual({
          rules: [],
          stdout: '',
        });
        const bad = await runRecipe(recipe, item.action, item.bad);
        expect(bad.exitCode).toBe(1);
        expect(rules(bad)).toContain(item.rule);
      },
    );
  },
);
