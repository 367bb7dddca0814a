import { afterAll, describe, expect, test } from '@jest/globals';
import { pullRequestEvent, tempRepo, type TempRepo } from '@flow-actions/testing';
import { annotations, runAction, type RunResult } from './harness.ts';

const SPEC_PATH = 'docs/openapi/shop.yaml';
const BASE = `openapi: 3.0.3
info: { title: Shop, version: 1.0.0 }
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [open, closed] } }
        - { name: limit, in: query, schema: { type: integer } }
        - { name: cursor, in: query, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Order' }
            text/csv:
              schema: { type: string }
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/NewOrder' }
          application/xml:
            schema: { $ref: '#/components/schemas/NewOrder' }
      responses:
        '201': { description: created }
        '202': { description: accepted }
    delete:
      responses: { '204': { description: gone } }
  /carts:
    get:
      responses: { '200': { description: ok } }
components:
  schemas:
    Order:
      type: object
      required: [id, total, state]
      properties:
        id: { type: string }
        total: { type: integer }
        state: { type: string, enum: [open, closed] }
        note: { type: string }
    NewOrder:
      type: object
      properties:
        item: { type: string }
        size: { type: string, enum: [s, m, l] }
        count: { type: integer }
        gift: { type: boolean }
`;

/** Every breaking rule at once, plus changes that break nothing (an operationId, an optional field). */
const BREAKING = `openapi: 3.0.3
info: { title: Shop, version: 2.0.0 }
security: [{ key: [] }]
paths:
  /orders:
    get:
      operationId: findOrders
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [open] } }
        - { name: limit, in: query, required: true, schema: { type: string } }
        - { name: cursor, in: header, schema: { type: string } }
        - { name: X-Tenant, in: header, required: true, schema: { type: string } }
        - { name: verbose, in: query, schema: { type: boolean } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Order' }
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/NewOrder' }
      responses:
        '201': { description: created }
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Key }
  schemas:
    Order:
      type: object
      required: [id, total]
      properties:
        id: { type: string }
        total: { type: number }
        state: { type: string, enum: [open] }
        extra: { type: string }
    NewOrder:
      type: object
      required: [gift, coupon]
      properties:
        item: { type: string }
        size: { type: string, enum: [s, m] }
        count: { type: string }
        gift: { type: boolean }
        coupon: { type: string }
        memo: { type: string }
`;

const CONTRACT_ONLY = {
  'require-spec': 'false',
  'spec-first': 'false',
  'route-drift': 'off',
  lint: 'off',
};

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

function pullRequest(message: string, head: string): { repo: TempRepo; base: string } {
  const repo = tempRepo('flow-breaking-');
  repos.push(repo);
  const base = repo.commit('chore: start', { [SPEC_PATH]: BASE, 'README.md': '# shop\n' });
  repo.git('checkout', '-q', '-b', 'feature/v2');
  repo.commit(message, { [SPEC_PATH]: head });
  return { repo, base };
}

function check(
  { repo, base }: { repo: TempRepo; base: string },
  options: { inputs?: Record<string, string>; labels?: string[]; title?: string } = {},
): Promise<RunResult> {
  const event = pullRequestEvent({
    base,
    head: repo.head(),
    labels: options.labels ?? [],
    title: options.title ?? 'feat: orders v2',
  });
  const inputs = { ...CONTRACT_ONLY, ...options.inputs };
  return runAction({ action: 'spec-first-guard', inputs, event, workspace: repo.dir });
}

/** Every breaking-change id the action has (its README lists them). */
const ALL_RULES = [
  'api-operation-removed',
  'api-path-removed',
  'api-security-added',
  'new-required-request-parameter',
  'new-required-request-property',
  'request-body-became-required',
  'request-body-media-type-removed',
  'request-parameter-became-required',
  'request-parameter-enum-value-removed',
  'request-parameter-location-changed',
  'request-parameter-type-changed',
  'request-property-became-required',
  'request-property-enum-value-removed',
  'request-property-type-changed',
  'response-media-type-removed',
  'response-property-became-optional',
  'response-property-enum-value-removed',
  'response-property-removed',
  'response-property-type-changed',
  'response-success-status-removed',
];
const rulesOf = (result: RunResult, severity: string) =>
  [
    ...new Set(
      (result.report.findings as { rule: string; severity: string }[])
        .filter((finding) => finding.severity === severity)
        .map((finding) => finding.rule),
    ),
  ].sort();

describe('spec-first-guard: breaking changes', () => {
  test('undeclared, every breaking rule is an error at its line, listed first in the summary', async () => {
    const result = await check(pullRequest('feat(api): orders v2', BREAKING));
    expect(result.exitCode).toBe(1);
    expect(rulesOf(result, 'error')).toEqual(ALL_RULES);
    expect(Number(result.outputs['breaking-changes'])).toBe(result.report.breaking.length);
    expect(result.report.breaking.every((entry: { declared: boolean }) => !entry.declared)).toBe(
      true,
    );
    expect(result.report.breaking).toContainEqual({
      rule: 'response-property-removed',
      operation: 'GET /orders',
      message: 'response 200 application/json property `note` was removed',
      file: SPEC_PATH,
      line: 32,
      declared: false,
    });
    expect(result.report.breaking).toContainEqual(
      expect.objectContaining({ rule: 'request-parameter-location-changed', line: 11 }),
    );
    expect(result.summary.indexOf('Breaking changes')).toBeLessThan(
      result.summary.indexOf('Commit order'),
    );
    expect(result.summary).toContain('Not declared');
    expect(annotations(result).some((command) => command.command === 'error')).toBe(true);
  });

  test.each([
    ['a `!` commit header', 'feat(api)!: orders v2', {}],
    ['a BREAKING CHANGE footer', 'feat(api): orders v2\n\nBREAKING CHANGE: orders are v2', {}],
    ['a BREAKING-CHANGE footer', 'feat(api): orders v2\n\nBREAKING-CHANGE: orders are v2', {}],
    ['the pull request title', 'feat(api): orders v2', { title: 'feat(api)!: orders v2' }],
    ['the label', 'feat(api): orders v2', { labels: ['breaking-change'] }],
  ])(
    'declared by %s, every breaking rule is a notice and the check passes',
    async (_, message, options) => {
      const result = await check(pullRequest(message, BREAKING), options);
      expect(result.exitCode).toBe(0);
      expect(rulesOf(result, 'notice')).toEqual(ALL_RULES);
      expect(rulesOf(result, 'error')).toEqual([]);
      expect(result.report.breaking.every((entry: { declared: boolean }) => entry.declared)).toBe(
        true,
      );
      expect(result.summary).toContain('Declared:');
    },
  );

  test('error ignores a declaration, warn only warns, off compares nothing; another label is no declaration', async () => {
    const pr = pullRequest('feat(api)!: orders v2', BREAKING);
    expect((await check(pr, { inputs: { 'breaking-changes': 'error' } })).exitCode).toBe(1);
    const warned = await check(pr, { inputs: { 'breaking-changes': 'warn' } });
    expect(warned.exitCode).toBe(0);
    expect(rulesOf(warned, 'warning')).toEqual(ALL_RULES);
    const off = await check(pr, { inputs: { 'breaking-changes': 'off' } });
    expect(off.report.breaking).toEqual([]);
    expect(off.outputs['breaking-changes']).toBe('0');
    const relabelled = await check(pullRequest('feat: v2', BREAKING), {
      labels: ['breaking-change'],
      inputs: { 'breaking-label': 'api-break' },
    });
    expect(relabelled.exitCode).toBe(1);
  });

  test('compatible changes (a renamed operationId, optional fields and parameters) pass undeclared', async () => {
    const compatible = BASE.replace('operationId: listOrders', 'operationId: findOrders')
      .replace(
        '        gift: { type: boolean }',
        '        gift: { type: boolean }\n        memo: { type: string }',
      )
      .replace(
        '        note: { type: string }',
        '        note: { type: string }\n        extra: { type: string }',
      );
    const result = await check(pullRequest('feat(api): more fields', compatible));
    expect(result.exitCode).toBe(0);
    expect(result.report.breaking).toEqual([]);
    expect(result.summary).not.toContain('Breaking changes');
  });
});

describe('spec-first-guard: OpenSpec', () => {
  const CHANGE = 'openspec/changes/add-refunds';
  const complete = {
    [`${CHANGE}/proposal.md`]: '# Why\nRefunds.\n',
    [`${CHANGE}/design.md`]: '# How\n',
    [`${CHANGE}/tasks.md`]: '## 1. Refunds\n- [x] 1.1 Spec\n- [ ] 1.2 Endpoint\n',
    [`${CHANGE}/specs/refunds/spec.md`]: '## ADDED Requirements\n',
  };

  function openspecRepo(files: Record<string, string | null>, start: Record<string, string> = {}) {
    const repo = tempRepo('flow-openspec-');
    repos.push(repo);
    const base = repo.commit('chore: start', { [SPEC_PATH]: BASE, ...start });
    repo.git('checkout', '-q', '-b', 'feature/refunds');
    repo.commit('docs(spec): propose refunds', files);
    return { repo, base };
  }

  test('layout: a complete change folder passes, one without design or specs fails at the folder', async () => {
    expect((await check(openspecRepo(complete))).exitCode).toBe(0);
    const thin = openspecRepo({
      [`${CHANGE}/proposal.md`]: '# Why\n',
      [`${CHANGE}/tasks.md`]: '- [ ] all\n',
    });
    const result = await check(thin);
    expect(result.exitCode).toBe(1);
    expect(result.report.findings).toEqual([
      expect.objectContaining({
        rule: 'openspec-layout',
        file: CHANGE,
        message: `change ${CHANGE} lacks design.md, specs/ (at least one file)`,
      }),
    ]);
    expect((await check(thin, { inputs: { openspec: 'off' } })).exitCode).toBe(0);
  });

  test('complete: each open task is an error at its tasks.md line', async () => {
    const result = await check(openspecRepo(complete), { inputs: { openspec: 'complete' } });
    expect(result.exitCode).toBe(1);
    expect(result.report.findings).toEqual([
      expect.objectContaining({ rule: 'openspec-tasks', file: `${CHANGE}/tasks.md`, line: 3 }),
    ]);
  });

  test('an archived change edited fails; archiving one (moving it) passes', async () => {
    const archived = 'openspec/archive/add-carts/proposal.md';
    const edited = openspecRepo({ [archived]: '# Why, rewritten\n' }, { [archived]: '# Why\n' });
    const result = await check(edited);
    expect(result.exitCode).toBe(1);
    expect(result.report.findings).toEqual([
      expect.objectContaining({ rule: 'openspec-layout', file: 'openspec/archive/add-carts' }),
    ]);
    const moving = openspecRepo(
      {
        ...Object.fromEntries(Object.keys(complete).map((file) => [file, null])),
        ...Object.fromEntries(
          Object.entries(complete).map(([file, text]) => [
            file.replace('openspec/changes/', 'openspec/changes/archive/2026-01-01-'),
            text.replace('- [ ]', '- [x]'),
          ]),
        ),
      },
      complete,
    );
    expect((await check(moving, { inputs: { openspec: 'complete' } })).exitCode).toBe(0);
  });
});
