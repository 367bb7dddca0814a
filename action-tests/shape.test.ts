/**
 * One shape for every built action: bad input still sets `passed=false` and a `report` file that
 * holds the input error; untrusted text in a summary renders inert (checked with a CommonMark
 * renderer). Runs the bundles in dist/ (npm run build first); an action not built is skipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import {
  distDir,
  pullRequestEvent,
  runActionStep,
  tempRepo,
  type TempRepo,
} from '@flow-actions/testing';

const built = (action: string) => existsSync(join(distDir, action, 'index.js'));
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

/** An input each action must refuse, read before any other work (git, Docker). */
const BAD_INPUTS: [string, Record<string, string>, string][] = [
  ['coverage-gate', { annotate: 'maybe' }, 'annotate'],
  ['commit-lint', { 'header-max-length': 'lots' }, 'header-max-length'],
  ['spec-first-guard', { 'require-spec': 'maybe' }, 'require-spec'],
  ['port-conflict-check', { 'changed-only': 'maybe' }, 'changed-only'],
  ['e2e-compose-runner', { 'wait-timeout': 'forever' }, 'wait-timeout'],
  ['pr-policy', { 'max-changed-lines': 'lots' }, 'max-changed-lines'],
];

describe.each(BAD_INPUTS)('%s on bad input', (action, inputs, input) => {
  (built(action) ? test : test.skip)(
    'passed=false and a report holding the input error',
    async () => {
      const repo = tempRepo(`flow-shape-${action}-`);
      repos.push(repo);
      // A compose file, so that e2e-compose-runner reaches its other inputs.
      const base = repo.commit('chore: start', {
        'README.md': '# x\n',
        'compose.yml': 'services: {}\n',
      });
      const head = repo.commit('feat: add a', { 'a.txt': 'a\n' });
      const result = await runActionStep({
        action,
        workspace: repo.dir,
        event: pullRequestEvent({ base, head }),
        inputs,
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.passed).toBe('false');
      expect(existsSync(result.outputs.report ?? '')).toBe(true);
      expect(result.report).toMatchObject({
        passed: false,
        findings: [{ rule: 'input', severity: 'error', message: expect.stringContaining(input) }],
      });
    },
  );
});

const HOSTILE = 'fix: read [the docs](https://evil.example/login) ![i](https://evil.example/x.png)';

(built('commit-lint') ? test : test.skip)(
  "commit-lint's summary renders a hostile header with no link or image from it",
  async () => {
    const repo = tempRepo('flow-shape-hostile-');
    repos.push(repo);
    const base = repo.commit('chore: start', { 'README.md': '# x\n' });
    repo.commit(HOSTILE, { 'a.txt': 'a\n' });
    repo.commit('Fixed things.', { 'b.txt': 'b\n' });
    const result = await runActionStep({
      action: 'commit-lint',
      workspace: repo.dir,
      event: pullRequestEvent({ base, head: repo.head(), title: HOSTILE }),
    });
    expect(result.outputs.passed).toBe('false');
    const html = new MarkdownIt({ html: true }).render(result.summary);
    expect(html).not.toMatch(/<a [^>]*evil\.example/);
    expect(html).not.toMatch(/<img/);
    expect(html).not.toMatch(/<(em|strong)>[^<]*(docs|evil)/);
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    expect(text).toContain('[the docs](https://evil.example/login)');
  },
);
