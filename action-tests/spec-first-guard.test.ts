import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from '@jest/globals';
import { pullRequestEvent, tempRepo, type TempRepo } from '@flow-actions/testing';
import { annotations, runAction, type RunResult } from './harness.ts';
import { buildSampleRepo } from './sample-repo.ts';

const SPEC = readFileSync(
  new URL('./sample-repo/docs/openapi/openapi.yaml', import.meta.url),
  'utf8',
);
const ROUTES = readFileSync(new URL('./sample-repo/src/routes/agents.ts', import.meta.url), 'utf8');
const SPEC_PATH = 'docs/openapi/openapi.yaml';
const ROUTES_PATH = 'src/routes/agents.ts';

/** The sample spec with one more operation, documented completely. */
const LOGS_OPERATION = `  /agents/{id}/logs:
    get:
      summary: Read an agent's logs
      description: The last lines an agent logged.
      operationId: getAgentLogs
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: The log lines.
          content:
            text/plain:
              schema: { type: string }
              example: started
        '404':
          $ref: '#/components/responses/NotFound'
`;
const withOperation = (operation: string) =>
  SPEC.replace('components:\n', `${operation}components:\n`);

/** An operation missing most of what the completeness rules ask for: 10 findings. */
const INCOMPLETE = `  /agents/{id}/restart:
    post:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                reason: {}
      responses:
        '202':
          description: Restarting.
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
        '500':
          description: Failed.
      security:
        - apiKey: []
`;

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

/** A repository whose main has the spec and the routes, on a feature branch. */
function baseRepo(files: Record<string, string> = {}): { repo: TempRepo; base: string } {
  const repo = tempRepo('flow-spec-first-');
  repos.push(repo);
  const base = repo.commit('chore: start', {
    [SPEC_PATH]: SPEC,
    [ROUTES_PATH]: ROUTES,
    'README.md': '# api\n',
    ...files,
  });
  repo.git('checkout', '-q', '-b', 'feature/logs');
  return { repo, base };
}

function check(
  repo: TempRepo,
  base: string,
  inputs: Record<string, string> = {},
  labels: string[] = [],
): Promise<RunResult> {
  const event = pullRequestEvent({ base, head: repo.head(), labels });
  return runAction({ action: 'spec-first-guard', inputs, event, workspace: repo.dir });
}

const rules = (result: RunResult) =>
  (result.report.findings as { rule: string }[]).map((finding) => finding.rule);

describe('spec-first-guard', () => {
  test('an implementation change without a spec change fails', async () => {
    const { repo, base } = baseRepo();
    repo.commit('feat: serve <b>logs</b> | *now*', {
      [ROUTES_PATH]: `${ROUTES}\nrouter.get('/agents/:id/stats', () => {});\n`,
    });
    const result = await check(repo, base);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.outputs.violations).toBe('1');
    expect(rules(result)).toContain('require-spec');
    expect(result.summary).toContain('🛠️ code');
    expect(result.summary).toContain('feat: serve &lt;b&gt;logs&lt;/b&gt; \\| \\*now\\*');
  });

  test('the spec first, then the code, passes (a renamed spec is compared with its old self)', async () => {
    const { repo, base } = baseRepo();
    repo.commit('docs(api): describe the logs', {
      [SPEC_PATH]: null,
      'docs/openapi/agents.yaml': withOperation(LOGS_OPERATION),
    });
    repo.commit('feat: serve the logs', { [ROUTES_PATH]: `${ROUTES}\n// logs are served above\n` });
    const result = await check(repo, base, { 'route-drift': 'error' });
    expect(result.report.findings).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', violations: '0' });
    // Only the new operation changed, so only it was linted.
    expect(result.report.operations).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/agents/{id}/logs',
        operationId: 'getAgentLogs',
        findings: 0,
      }),
    ]);
    expect(result.summary).toMatch(/📘 spec[\s\S]*🛠️ code/);
    expect(result.summary).toContain('Route drift');
  });

  test('the code first, then the spec, fails spec-first; same-commit deny rejects one commit for both', async () => {
    const { repo, base } = baseRepo();
    repo.commit('feat: serve the logs', { [ROUTES_PATH]: `${ROUTES}\n// logs\n` });
    repo.commit('docs(api): describe the logs', { [SPEC_PATH]: withOperation(LOGS_OPERATION) });
    const late = await check(repo, base);
    expect(late.exitCode).toBe(1);
    expect(rules(late)).toEqual(['spec-first']);

    const together = baseRepo();
    together.repo.commit('feat: logs', {
      [SPEC_PATH]: withOperation(LOGS_OPERATION),
      [ROUTES_PATH]: `${ROUTES}\n// logs\n`,
    });
    expect((await check(together.repo, together.base)).exitCode).toBe(0);
    const denied = await check(together.repo, together.base, { 'same-commit': 'deny' });
    expect(denied.exitCode).toBe(1);
    expect(rules(denied)).toEqual(['spec-first']);
  });

  test('an incomplete operation gets one finding per missing item, at its line', async () => {
    const { repo, base } = baseRepo();
    const spec = withOperation(INCOMPLETE);
    repo.commit('docs(api): restart', { [SPEC_PATH]: spec });
    const result = await check(repo, base, { 'route-drift': 'off' });
    expect(result.exitCode).toBe(1);
    const line =
      spec
        .split('\n')
        .indexOf(
          '    post:',
          spec.indexOf('/agents/{id}/restart') > 0
            ? spec.split('\n').indexOf('  /agents/{id}/restart:')
            : 0,
        ) + 1;
    const findings = result.report.findings as {
      rule: string;
      line: number;
      file: string;
      message: string;
    }[];
    expect(findings.map((finding) => finding.rule).sort()).toEqual([
      'operation-4xx-response',
      'operation-description',
      'operation-operationId',
      'operation-summary',
      'request-body-validation',
      'request-body-validation',
      'request-example',
      'response-example',
      'response-schema',
      'security-defined',
    ]);
    expect(new Set(findings.map((finding) => `${finding.file}:${finding.line}`))).toEqual(
      new Set([`${SPEC_PATH}:${line}`]),
    );
    expect(findings.find((finding) => finding.rule === 'security-defined')?.message).toContain(
      '`apiKey` is not defined',
    );
    const errors = annotations(result).filter(
      (command) => command.command === 'error' && command.properties.file === SPEC_PATH,
    );
    expect(errors.length).toBe(10);
    expect(errors.every((command) => command.properties.line === String(line))).toBe(true);
  });

  test('a broken $ref and a document the OpenAPI schema rejects are errors at their lines', async () => {
    const { repo, base } = baseRepo();
    const spec = SPEC.replace(
      "$ref: '#/components/responses/NotFound'",
      "$ref: './errors.yaml#/NotFound'",
    ).replace('version: 1.0.0', 'version: 1.0.0\n  colour: blue');
    repo.commit('docs(api): split the errors', { [SPEC_PATH]: spec });
    const result = await check(repo, base, { lint: 'all', 'route-drift': 'off' });
    expect(result.exitCode).toBe(1);
    const lines = spec.split('\n');
    const findings = result.report.findings as { rule: string; line: number; message: string }[];
    expect(findings.find((finding) => finding.rule === 'broken-ref')).toMatchObject({
      line: lines.findIndex((text) => text.includes('./errors.yaml')) + 1,
      message: expect.stringContaining('./errors.yaml#/NotFound'),
    });
    expect(findings.find((finding) => finding.rule === 'openapi-schema')).toMatchObject({
      line: lines.indexOf('  colour: blue') + 1,
      message: expect.stringContaining('colour'),
    });
  });

  test('companion rules and presets', async () => {
    const { repo, base } = baseRepo({
      'src/db/schema/agents.sql': 'create table agents();\n',
      'docs/engineering/07-dev-setup.md': '# Setup\n\n- `PORT`\n',
    });
    repo.commit('docs(api): describe the logs', { [SPEC_PATH]: withOperation(LOGS_OPERATION) });
    repo.commit('feat: logs', {
      [ROUTES_PATH]: `${ROUTES}\nconst port = process.env.PORT;\nconst dir = process.env.LOG_DIR;\n`,
      'src/db/schema/agents.sql': 'create table agents(id text);\n',
    });
    const userRules = `- name: migration-required
  when: src/db/schema/**
  require: src/db/migrations/**
  message: A schema change needs a migration in src/db/migrations/
`;
    const result = await check(repo, base, { rules: userRules, presets: 'env-docs, changelog' });
    expect(result.exitCode).toBe(1);
    const findings = result.report.findings as {
      rule: string;
      file: string;
      line?: number;
      message: string;
    }[];
    expect(findings.map((finding) => finding.rule).sort()).toEqual([
      'changelog-updated',
      'env-documented',
      'migration-required',
    ]);
    const lines = readFileSync(`${repo.dir}/${ROUTES_PATH}`, 'utf8').split('\n');
    expect(findings.find((finding) => finding.rule === 'env-documented')).toMatchObject({
      file: ROUTES_PATH,
      line: lines.findIndex((text) => text.includes('LOG_DIR')) + 1,
      message: expect.stringContaining('`LOG_DIR`'),
    });
    expect(findings.find((finding) => finding.rule === 'migration-required')?.message).toBe(
      'A schema change needs a migration in src/db/migrations/',
    );

    repo.commit('chore: migrate, document', {
      'src/db/migrations/002_agents_id.sql': 'alter table agents add id text;\n',
      'docs/engineering/07-dev-setup.md': '# Setup\n\n- `PORT`\n- `LOG_DIR`\n',
      'CHANGELOG.md': '- logs\n',
    });
    expect(
      (await check(repo, base, { rules: userRules, presets: 'env-docs, changelog' })).exitCode,
    ).toBe(0);
  });

  test('the skip label turns errors into warnings and says so', async () => {
    const { repo, base } = baseRepo();
    repo.commit('feat: hotfix', { [ROUTES_PATH]: `${ROUTES}\n// hotfix\n` });
    const result = await check(repo, base, {}, ['skip-spec-check']);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', violations: '1' });
    expect(result.report.findings[0]).toMatchObject({ rule: 'require-spec', severity: 'warning' });
    expect(result.summary).toContain('<code>skip-spec-check</code> label is set');
    expect(annotations(result).some((command) => command.command === 'warning')).toBe(true);
  });

  test('the demo: the sample repository passes, with its undocumented route as a warning', async () => {
    const sample = buildSampleRepo();
    repos.push(sample.repo);
    const demo = JSON.parse(
      readFileSync(new URL('../actions/spec-first-guard/demo.json', import.meta.url), 'utf8'),
    );
    const result = await runAction({
      action: 'spec-first-guard',
      inputs: demo.inputs,
      event: sample.event,
      workspace: sample.repo.dir,
    });
    expect(result.exitCode).toBe(0);
    expect(result.report.operations).toHaveLength(4);
    expect(result.report.findings).toEqual([
      expect.objectContaining({
        rule: 'route-missing-from-spec',
        severity: 'warning',
        file: ROUTES_PATH,
        line: 37,
      }),
    ]);
  });

  test('bad input: an invalid rules document, a glob that matches nothing, a YAML syntax error', async () => {
    const { repo, base } = baseRepo();
    repo.commit('docs(api): describe the logs', { [SPEC_PATH]: withOperation(LOGS_OPERATION) });
    const invalid = await check(repo, base, {
      rules: '- name: x\n  when: src/**\n  requires: docs/**\n',
    });
    expect(invalid.exitCode).toBe(1);
    expect(invalid.stdout).toMatch(/input 'rules'.*line 3: unknown key `requires`/);

    const nothing = await check(repo, base, { 'implementation-paths': 'app/routes/**' });
    expect(nothing.exitCode).toBe(1);
    expect(nothing.stdout).toContain(
      "input 'implementation-paths' (app/routes/**) matches no file",
    );

    repo.commit('docs(api): oops', { [SPEC_PATH]: `${SPEC}  broken: [\n` });
    const syntax = await check(repo, base);
    expect(syntax.exitCode).toBe(1);
    expect(syntax.stdout).toMatch(/docs\/openapi\/openapi\.yaml:\d+: invalid YAML/);
  });
  test('the ordering verdict comes first in annotations and summary, before many lint errors', async () => {
    const { repo, base } = baseRepo();
    repo.commit('feat: restart agents', { [ROUTES_PATH]: `${ROUTES}\n// restart\n` });
    repo.commit('docs(api): restart', { [SPEC_PATH]: withOperation(INCOMPLETE) });
    const result = await check(repo, base, { 'route-drift': 'off' });
    expect(result.exitCode).toBe(1);
    const errors = annotations(result).filter((command) => command.command === 'error');
    expect(errors[0]!.message).toContain('changes the implementation before the spec');
    const summary = result.summary;
    expect(summary.indexOf('before the spec changes')).toBeLessThan(
      summary.indexOf('Commit order'),
    );
    expect(summary.indexOf('Commit order')).toBeLessThan(summary.indexOf('Findings by rule'));
    expect(summary).toMatch(
      /<details><summary><code>request-body-validation<\/code> \(2\)|#### <code>request-body-validation<\/code> \(2\)/,
    );
  });

  test('rules-config: off drops a rule, warn demotes it; an unknown id is an input error naming it', async () => {
    const { repo, base } = baseRepo();
    repo.commit('docs(api): restart', { [SPEC_PATH]: withOperation(INCOMPLETE) });
    const result = await check(repo, base, {
      'route-drift': 'off',
      'rules-config': 'operation-description: off\nrequest-example: warn\n',
    });
    const findings = result.report.findings as { rule: string; severity: string }[];
    expect(rules(result)).not.toContain('operation-description');
    expect(findings.find((finding) => finding.rule === 'request-example')?.severity).toBe(
      'warning',
    );
    expect(result.outputs.violations).toBe('8');

    const unknown = await check(repo, base, { 'rules-config': 'operation-sumary: warn' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stdout).toMatch(/input 'rules-config'.*unknown rule id "operation-sumary"/);
  });
});
