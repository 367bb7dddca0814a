/** The sample repositories and pull requests that exercise each recipe of docs/recipes/. */
import { existsSync, readFileSync } from 'node:fs';

export interface PullRequest {
  commits: [message: string, files: Record<string, string | null>][];
  /** The body; the recipe's template filled in when not given. */
  body?: string;
  /** Added under the body (filled in or given). */
  appendBody?: string;
  title?: string;
  headRef?: string;
  baseRef?: string;
}

export interface RecipeCase {
  action: string;
  /** The finding's rule (or the pr-policy rules' name) the violating pull request must produce. */
  rule: string;
  good: PullRequest;
  bad: PullRequest;
}

export interface Recipe {
  name: string;
  base: Record<string, string>;
  /** What every pull request of the recipe has unless its case says otherwise. */
  defaults?: Omit<PullRequest, 'commits'>;
  cases: RecipeCase[];
}

const commit = (message: string, files: Record<string, string | null>): PullRequest['commits'] => [
  [message, files],
];
const feature = (files: Record<string, string | null>) =>
  commit('feat(orders): add order parsing', files);

/** A pull request template with every comment answered and every box ticked. */
export function filled(template: string): string {
  return template.replace(/<!--[\s\S]*?-->/g, 'Written.').replace(/- \[ \]/g, '- [x]');
}

/** The template filled in but for its first box. */
function unticked(template: string): string {
  return filled(template).replace('- [x]', '- [ ]');
}

/** The template filled in but for one section, left with the template's comment only. */
function emptySection(template: string, section: string): string {
  return filled(template).replace(`## ${section}\nWritten.`, `## ${section}\n<!-- left empty -->`);
}

/** The recipe's pull request template, or nothing when it has none. */
export function template(recipe: string): string {
  const url = new URL(
    `../docs/recipes/${recipe}/files/.github/pull_request_template.md`,
    import.meta.url,
  );
  return existsSync(url) ? readFileSync(url, 'utf8') : '';
}

const compose = (services: Record<string, string>) =>
  `services:\n${Object.entries(services)
    .map(([name, port]) => `  ${name}:\n    image: ${name}:1\n    ports:\n      - "${port}"\n`)
    .join('')}`;

const GO = 'go-service-port-registry';
const goRecipe: Recipe = {
  name: GO,
  base: {
    'go.mod': 'module example.com/orders\n\ngo 1.22\n',
    'cmd/api/main.go': 'package main\n\nfunc main() {}\n',
    'internal/handlers/orders.go': 'package handlers\n',
    'docs/api.md': '# API\n',
    '.env.example': 'DB_DSN=\n',
    'docker-compose.yml': compose({ api: '8080:8080', postgres: '5432:5432' }),
  },
  cases: [
    {
      action: 'pr-policy',
      rule: 'checklist',
      good: { commits: feature({ 'cmd/api/x.go': 'package main\n' }) },
      bad: { commits: feature({ 'cmd/api/x.go': 'package main\n' }), body: unticked(template(GO)) },
    },
    {
      action: 'pr-policy',
      rule: 'required-section',
      good: { commits: feature({ 'cmd/api/x.go': 'package main\n' }) },
      bad: {
        commits: feature({ 'cmd/api/x.go': 'package main\n' }),
        body: emptySection(template(GO), 'Breaking Changes'),
      },
    },
    {
      action: 'pr-policy',
      rule: 'forbidden-path',
      good: { commits: feature({ '.env.example': 'DB_DSN=\nPORT=\n' }) },
      bad: { commits: feature({ 'cmd/api/.env': 'DB_DSN=postgres://prod\n' }) },
    },
    {
      action: 'pr-policy',
      rule: 'env-documented',
      good: {
        commits: feature({
          'cmd/api/config.go': 'package main\n\nimport "os"\n\nvar dsn = os.Getenv("DB_DSN")\n',
        }),
      },
      bad: {
        commits: feature({
          'cmd/api/config.go': 'package main\n\nimport "os"\n\nvar key = os.Getenv("API_KEY")\n',
        }),
      },
    },
    {
      action: 'pr-policy',
      rule: 'api-docs-updated',
      good: {
        commits: feature({
          'internal/handlers/orders.go': 'package handlers\n\n// v2\n',
          'docs/api.md': '# API v2\n',
        }),
      },
      bad: { commits: feature({ 'internal/handlers/orders.go': 'package handlers\n\n// v2\n' }) },
    },
    {
      action: 'port-conflict-check',
      rule: 'unregistered-port',
      good: {
        commits: feature({
          'docker-compose.yml': compose({
            api: '8080:8080',
            postgres: '5432:5432',
            worker: '9090:9090',
          }),
          'PORT_MAPPINGS.md': `${readFileSync(new URL(`../docs/recipes/${GO}/files/PORT_MAPPINGS.md`, import.meta.url), 'utf8')}| 9090 | worker | queue worker |\n`,
        }),
      },
      bad: {
        commits: feature({
          'docker-compose.yml': compose({
            api: '8080:8080',
            postgres: '5432:5432',
            worker: '9090:9090',
          }),
        }),
      },
    },
    {
      action: 'commit-lint',
      rule: 'type-empty',
      good: { commits: feature({ 'cmd/api/x.go': 'package main\n' }) },
      bad: { commits: commit('Added order parsing.', { 'cmd/api/x.go': 'package main\n' }) },
    },
  ],
};

const TRADING = 'multi-repo-trading-platform';
const tradingRecipe: Recipe = {
  name: TRADING,
  base: {
    'src/orders.ts': 'export const orders = [];\n',
    'contracts/order.proto': 'syntax = "proto3";\nmessage Order { string id = 1; }\n',
    'CHANGELOG.md': '# Changelog\n',
    'config/risk/limits.yml': 'max-notional: 1000000\n',
    'docs/risk/CHANGES.md': '# Risk limit changes\n',
    'docker-compose.yml': compose({ gateway: '8080:8080', pricer: '8081:8081' }),
  },
  defaults: { appendBody: 'Closes acme/platform#12' },
  cases: [
    {
      action: 'pr-policy',
      rule: 'checklist',
      good: { commits: feature({ 'src/a.ts': 'a\n' }) },
      bad: { commits: feature({ 'src/a.ts': 'a\n' }), body: unticked(template(TRADING)) },
    },
    {
      action: 'pr-policy',
      rule: 'required-section',
      good: { commits: feature({ 'src/a.ts': 'a\n' }) },
      bad: {
        commits: feature({ 'src/a.ts': 'a\n' }),
        body: emptySection(template(TRADING), 'Breaking Changes'),
      },
    },
    {
      action: 'pr-policy',
      rule: 'linked-issue',
      good: { commits: feature({ 'src/a.ts': 'a\n' }), appendBody: 'Part of TRADE-481' },
      bad: { commits: feature({ 'src/a.ts': 'a\n' }), appendBody: '' },
    },
    {
      action: 'pr-policy',
      rule: 'forbidden-path',
      good: { commits: feature({ 'src/a.ts': 'a\n' }) },
      bad: { commits: feature({ 'config/secrets/exchange.yml': 'key: x\n' }) },
    },
    {
      action: 'pr-policy',
      rule: 'pr-size',
      good: {
        commits: feature({
          'src/a.ts': 'a\n'.repeat(300),
          'package-lock.json': '{}\n'.repeat(5000),
        }),
      },
      bad: { commits: feature({ 'src/a.ts': 'a\n'.repeat(601) }) },
    },
    {
      action: 'pr-policy',
      rule: 'contract-changelog',
      good: {
        commits: feature({
          'contracts/order.proto':
            'syntax = "proto3";\nmessage Order { string id = 1; int64 qty = 2; }\n',
          'CHANGELOG.md': '# Changelog\n\n- Order.qty\n',
        }),
      },
      bad: {
        commits: feature({
          'contracts/order.proto':
            'syntax = "proto3";\nmessage Order { string id = 1; int64 qty = 2; }\n',
        }),
      },
    },
    {
      action: 'pr-policy',
      rule: 'risk-limits-reviewed',
      good: {
        commits: feature({
          'config/risk/limits.yml': 'max-notional: 2000000\n',
          'docs/risk/CHANGES.md': '# Risk limit changes\n\n- max-notional 2M, approved by risk\n',
        }),
      },
      bad: { commits: feature({ 'config/risk/limits.yml': 'max-notional: 2000000\n' }) },
    },
    {
      action: 'port-conflict-check',
      rule: 'port-conflict',
      good: {
        commits: feature({
          'docker-compose.yml': compose({ gateway: '8080:8080', pricer: '8081:8081' }),
        }),
      },
      bad: {
        commits: feature({
          'docker-compose.yml': compose({ gateway: '8080:8080', pricer: '8080:8081' }),
        }),
      },
    },
    {
      action: 'commit-lint',
      rule: 'scope-empty',
      good: { commits: feature({ 'src/a.ts': 'a\n' }) },
      bad: { commits: commit('feat: add order parsing', { 'src/a.ts': 'a\n' }) },
    },
  ],
};

const SPEC_FIRST = 'spec-first-typescript-openspec';
const sample = (path: string) =>
  readFileSync(new URL(`./sample-repo/${path}`, import.meta.url), 'utf8');
const SPEC = 'docs/openapi/openapi.yaml';
const ROUTES = 'src/routes/agents.ts';
/** The sample's routes without the one its spec leaves out on purpose (route-drift: error here). */
const routes = sample(ROUTES).split('\n// Not in the spec yet')[0]!;
/** An OpenSpec change folder, complete unless `files` overrides (null leaves a file out). */
function openspecChange(files: Record<string, string | null> = {}): Record<string, string> {
  const all: Record<string, string | null> = {
    'proposal.md': "# Agent logs\n\nServe an agent's last log lines.\n",
    'design.md': '# Design\n\nRead the ring buffer.\n',
    'tasks.md': '- [x] Spec the logs\n- [x] Serve the logs\n',
    'specs/logs/spec.md': '# Logs\n\nThe API returns the last 100 lines.\n',
    ...files,
  };
  return Object.fromEntries(
    Object.entries(all).flatMap(([path, text]) =>
      text === null ? [] : [[`openspec/changes/agent-logs/${path}`, text]],
    ),
  );
}

/** The delete operation gone from the spec and the code: a breaking change for API consumers. */
const withoutDelete = {
  [SPEC]: sample(SPEC).replace(/ {4}delete:\n[\s\S]*?(?=components:)/, ''),
  [ROUTES]: routes.replace(/\nrouter\.delete\([\s\S]*?\n\}\);\n/, '\n'),
};

const specFirstRecipe: Recipe = {
  name: SPEC_FIRST,
  base: { [SPEC]: sample(SPEC), [ROUTES]: routes, 'docs/setup.md': '# Setup\n' },
  defaults: { baseRef: 'develop' },
  cases: [
    {
      action: 'pr-policy',
      rule: 'checklist',
      good: { commits: feature({ 'src/a.ts': 'a\n' }) },
      bad: { commits: feature({ 'src/a.ts': 'a\n' }), body: unticked(template(SPEC_FIRST)) },
    },
    {
      action: 'pr-policy',
      rule: 'required-section',
      good: { commits: feature({ 'src/a.ts': 'a\n' }) },
      bad: {
        commits: feature({ 'src/a.ts': 'a\n' }),
        body: emptySection(template(SPEC_FIRST), 'Motivation'),
      },
    },
    {
      action: 'pr-policy',
      rule: 'base-branch',
      good: { commits: feature({ 'src/a.ts': 'a\n' }), headRef: 'develop', baseRef: 'main' },
      bad: { commits: feature({ 'src/a.ts': 'a\n' }), baseRef: 'main' },
    },
    {
      action: 'pr-policy',
      rule: 'branch-paths',
      good: {
        commits: commit('docs: describe the setup', { 'docs/setup.md': '# Setup\n\nRun it.\n' }),
        headRef: 'docs/setup',
      },
      bad: {
        commits: commit('docs: describe the setup', {
          'docs/setup.md': '# Setup\n\nRun it.\n',
          'src/a.ts': 'a\n',
        }),
        headRef: 'docs/setup',
      },
    },
    {
      action: 'pr-policy',
      rule: 'forbidden-path',
      good: { commits: feature({ 'openspec/changes/logs/proposal.md': '# Logs\n' }) },
      bad: { commits: feature({ 'openspec/archive/agents/proposal.md': '# Agents, edited\n' }) },
    },
    {
      action: 'spec-first-guard',
      rule: 'require-spec',
      good: {
        commits: [
          ['docs(api): note the agents list order', { [SPEC]: `${sample(SPEC)}# newest first\n` }],
          ['feat(api): list the newest agents first', { [ROUTES]: `${routes}// newest first\n` }],
        ],
      },
      bad: {
        commits: commit('feat(api): list the newest agents first', {
          [ROUTES]: `${routes}// newest first\n`,
        }),
      },
    },
    {
      action: 'spec-first-guard',
      rule: 'openspec-layout',
      good: { commits: commit('docs(spec): propose agent logs', openspecChange()) },
      bad: {
        commits: commit('docs(spec): propose agent logs', openspecChange({ 'design.md': null })),
      },
    },
    {
      action: 'spec-first-guard',
      rule: 'openspec-tasks',
      good: { commits: commit('docs(spec): propose agent logs', openspecChange()) },
      bad: {
        commits: commit(
          'docs(spec): propose agent logs',
          openspecChange({ 'tasks.md': '- [x] Spec the logs\n- [ ] Serve the logs\n' }),
        ),
      },
    },
    {
      action: 'spec-first-guard',
      rule: 'api-operation-removed',
      good: { commits: commit('feat(api)!: stop deleting agents', withoutDelete) },
      bad: { commits: commit('feat(api): stop deleting agents', withoutDelete) },
    },
    {
      action: 'commit-lint',
      rule: 'branch-pattern',
      good: { commits: feature({ 'src/a.ts': 'a\n' }) },
      bad: { commits: feature({ 'src/a.ts': 'a\n' }), headRef: 'my-orders-work' },
    },
  ],
};

const TDD = 'tdd-agent-todo';
const TEST = (name: string) => ({ [`tests/${name}.test.ts`]: `test('${name}', () => {});\n` });
const tddRecipe: Recipe = {
  name: TDD,
  base: { 'src/orders.ts': 'export {};\n', ...TEST('orders') },
  cases: [
    {
      action: 'pr-policy',
      rule: 'forbidden-path',
      good: { commits: feature({ ...TEST('parse'), 'src/parse.ts': 'export {};\n' }) },
      bad: {
        commits: feature({
          ...TEST('parse'),
          'src/parse.ts': 'export {};\n',
          'RUN_SUMMARY.md': '# Run 42\n',
        }),
      },
    },
    {
      action: 'pr-policy',
      rule: 'separate-commit',
      good: {
        commits: [
          [
            'feat(orders): parse the order file',
            { ...TEST('parse'), 'src/parse.ts': 'export {};\n' },
          ],
          ['docs(todo): tick parsing', { 'TODO.md': '# TODO\n\n- [x] Parse the order file\n' }],
        ],
      },
      bad: {
        commits: feature({
          ...TEST('parse'),
          'src/parse.ts': 'export {};\n',
          'TODO.md': '# TODO\n\n- [x] Parse the order file\n',
        }),
      },
    },
    {
      action: 'pr-policy',
      rule: 'pr-size',
      good: { commits: feature({ ...TEST('parse'), 'src/parse.ts': 'export {};\n'.repeat(250) }) },
      bad: { commits: feature({ ...TEST('parse'), 'src/parse.ts': 'export {};\n'.repeat(301) }) },
    },
    {
      action: 'spec-first-guard',
      rule: 'spec-first',
      good: {
        commits: [
          ['test(orders): parse the order file', TEST('parse')],
          ['feat(orders): parse the order file', { 'src/parse.ts': 'export {};\n' }],
        ],
      },
      bad: {
        commits: [
          ['feat(orders): parse the order file', { 'src/parse.ts': 'export {};\n' }],
          ['test(orders): parse the order file', TEST('parse')],
        ],
      },
    },
    {
      action: 'spec-first-guard',
      rule: 'require-spec',
      good: { commits: feature({ ...TEST('parse'), 'src/parse.ts': 'export {};\n' }) },
      bad: { commits: feature({ 'src/parse.ts': 'export {};\n' }) },
    },
    {
      action: 'commit-lint',
      rule: 'subject-imperative',
      good: { commits: feature({ ...TEST('parse'), 'src/parse.ts': 'export {};\n' }) },
      bad: {
        commits: commit('feat(orders): added order parsing', {
          ...TEST('parse'),
          'src/parse.ts': 'export {};\n',
        }),
      },
    },
  ],
};

export const RECIPES: Recipe[] = [goRecipe, tradingRecipe, specFirstRecipe, tddRecipe];
