import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { Link, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { pullRequestEvent, tempRepo, type TempRepo } from '@flow-actions/testing';
import { annotations, runAction, type RunResult } from './harness.ts';

const cmarkGfm = spawnSync('cmark-gfm', ['--version']).status === 0;
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

interface PullRequest {
  /** Commits on the head branch: message → files. */
  commits?: [string, Record<string, string | null>][];
  body?: string;
  title?: string;
  headRef?: string;
  baseRef?: string;
  inputs?: Record<string, string>;
  eventName?: string;
}

const TICKED = '## Summary\nAdds it.\n\n- [x] All tests passing\n';

/** A repository with main's first commit, a head branch with the commits, and the action on it. */
async function check(pr: PullRequest): Promise<RunResult> {
  const repo = tempRepo('flow-pr-policy-');
  repos.push(repo);
  const base = repo.commit('chore: start', {
    'README.md': '# app\n',
    'src/app.ts': 'export const a = 1;\n',
    'docs/guide.md': '# guide\n',
    '.env.example': 'API_URL=\n',
  });
  repo.git('checkout', '-q', '-b', 'head');
  for (const [message, files] of pr.commits ?? [['feat: b', { 'src/b.ts': 'export {};\n' }]])
    repo.commit(message, files);
  const event = pullRequestEvent(
    {
      base,
      head: repo.head(),
      body: pr.body ?? TICKED,
      title: pr.title ?? 'feat: add a thing',
      headRef: pr.headRef ?? 'feature/thing',
      baseRef: pr.baseRef ?? 'main',
    },
    pr.eventName,
  );
  return runAction({ action: 'pr-policy', inputs: pr.inputs ?? {}, event, workspace: repo.dir });
}

const ids = (result: RunResult) =>
  (result.report.findings as { rule: string }[]).map((finding) => finding.rule);
const messages = (result: RunResult) =>
  (result.report.findings as { message: string }[]).map((finding) => finding.message);

function links(markdown: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image') found.push((node as Link).url);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return found;
}

describe('pr-policy', () => {
  test('defaults: a ticked checklist passes, with passed, violations and report', async () => {
    const result = await check({});
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', violations: '0' });
    expect(result.report.checks.find((c: { id: string }) => c.id === 'checklist').findings).toBe(0);
    expect(result.summary).toContain('✅ Pull request policy: passed');
  });

  test('checklist: each unticked item is named; comments and code do not count', async () => {
    const body =
      '- [x] All tests passing\n- [ ] E2E tests validated\n<!--\n- [ ] hidden\n-->\n```\n- [ ] code\n```\n';
    const result = await check({ body });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', violations: '1' });
    expect(messages(result)).toEqual(['tick or remove: [ ] E2E tests validated (body line 2)']);
    expect(annotations(result).map((command) => command.properties.title)).toContain('checklist');
    expect((await check({ body, inputs: { checklist: 'off' } })).exitCode).toBe(0);
  });

  test('required-sections: a heading with text; a template comment is not text', async () => {
    const inputs = { 'required-sections': 'Summary\nTesting\nBreaking Changes' };
    const failing = await check({
      inputs,
      body: '## Summary\nAdds it.\n## Testing\n<!-- how did you test? -->\n',
    });
    expect(ids(failing)).toEqual(['required-section', 'required-section']);
    expect(messages(failing)[1]).toBe(
      'add a "## Breaking Changes" heading with a description under it',
    );
    const passing = await check({
      inputs,
      body: '## Summary\nAdds it.\n## Testing\nUnit tests.\n## Breaking Changes\nNone.\n',
    });
    expect(passing.exitCode).toBe(0);
  });

  test('linked-issue: required means a reference in the title or body', async () => {
    const inputs = { 'linked-issue': 'required' };
    expect(ids(await check({ inputs }))).toEqual(['linked-issue']);
    expect((await check({ inputs, body: `${TICKED}\nCloses #12\n` })).exitCode).toBe(0);
    expect((await check({ inputs, title: 'PROJ-7 add a thing' })).exitCode).toBe(0);
  });

  test('base-branches: the first matching head line decides the base', async () => {
    const inputs = { 'base-branches': 'release/* -> main\n** -> develop' };
    const wrong = await check({ inputs, headRef: 'feature/x', baseRef: 'main' });
    expect(ids(wrong)).toEqual(['base-branch']);
    expect(messages(wrong)[0]).toContain("change the pull request's base branch");
    expect((await check({ inputs, headRef: 'feature/x', baseRef: 'develop' })).exitCode).toBe(0);
    expect((await check({ inputs, headRef: 'release/2', baseRef: 'main' })).exitCode).toBe(0);
  });

  test('branch-paths: a docs/ branch changes documentation only', async () => {
    const inputs = { 'branch-paths': 'docs/** -> docs/**, **/*.md' };
    const mixed = await check({
      inputs,
      headRef: 'docs/guide',
      commits: [['docs: guide', { 'docs/guide.md': '# new\n', 'src/app.ts': 'x\n' }]],
    });
    expect(ids(mixed)).toEqual(['branch-paths']);
    expect(mixed.report.findings[0].file).toBe('src/app.ts');
    const docs = await check({
      inputs,
      headRef: 'docs/guide',
      commits: [['docs: guide', { 'docs/guide.md': '# new\n', 'README.md': '# app!\n' }]],
    });
    expect(docs.exitCode).toBe(0);
  });

  test('forbidden-paths: adding is refused, deleting is allowed', async () => {
    const inputs = { 'forbidden-paths': 'SUMMARY.md\n**/.env' };
    const added = await check({
      inputs,
      commits: [['chore: run', { 'SUMMARY.md': 'run\n', 'src/.env': 'A=1\n' }]],
    });
    expect(ids(added)).toEqual(['forbidden-path', 'forbidden-path']);
    expect(messages(added)[0]).toMatch(/^SUMMARY\.md: no pull request may add or modify it/);
    const deleted = await check({
      inputs: { 'forbidden-paths': 'docs/guide.md' },
      commits: [['docs: drop', { 'docs/guide.md': null }]],
    });
    expect(deleted.exitCode).toBe(0);
  });

  test('separate-commits: TODO.md changes in commits of their own', async () => {
    const inputs = { 'separate-commits': 'TODO.md' };
    const mixed = await check({
      inputs,
      commits: [['feat: b and todo', { 'src/b.ts': 'x\n', 'TODO.md': '- [x] b\n' }]],
    });
    expect(ids(mixed)).toEqual(['separate-commit']);
    expect(messages(mixed)[0]).toContain('commit TODO.md on its own');
    const apart = await check({
      inputs,
      commits: [
        ['feat: b', { 'src/b.ts': 'x\n' }],
        ['docs: tick b', { 'TODO.md': '- [x] b\n' }],
      ],
    });
    expect(apart.exitCode).toBe(0);
  });

  test('max-changed-lines and max-changed-files, lockfiles left out by size-exclude', async () => {
    const big = 'x\n'.repeat(50);
    const commits: PullRequest['commits'] = [
      ['feat: big', { 'src/b.ts': big, 'package-lock.json': big.repeat(100) }],
    ];
    const within = await check({
      inputs: { 'max-changed-lines': '50', 'max-changed-files': '1' },
      commits,
    });
    expect(within.exitCode).toBe(0);
    expect(within.report.size).toEqual({ files: 1, lines: 50, excluded: 1 });
    const over = await check({
      inputs: { 'max-changed-lines': '49', 'max-changed-files': '1', 'size-exclude': '' },
      commits,
    });
    expect(ids(over)).toEqual(['pr-size']);
    expect(messages(over)[0]).toMatch(/^5050 changed lines \(limit 49\) and 2 changed files/);
  });

  test('rules: companion rules with require, require-mention and forbid', async () => {
    const rules = [
      '- name: docs-with-src',
      '  when: src/**',
      '  require: docs/**',
      '- name: env-documented',
      "  when-added-lines: 'process\\.env\\.([A-Z_]+)'",
      '  require-mention: .env.example',
      '- name: no-generated',
      '  forbid: src/generated/**',
    ].join('\n');
    const result = await check({
      inputs: { rules },
      commits: [
        [
          'feat: b',
          { 'src/b.ts': 'const u = process.env.NEW_URL;\n', 'src/generated/x.ts': 'x\n' },
        ],
      ],
    });
    expect(ids(result).sort()).toEqual(['docs-with-src', 'env-documented', 'no-generated']);
    const fine = await check({
      inputs: { rules },
      commits: [
        ['feat: b', { 'src/b.ts': 'const u = process.env.API_URL;\n', 'docs/b.md': 'b\n' }],
      ],
    });
    expect(fine.exitCode).toBe(0);
  });

  test('pull_request_target reads the same event', async () => {
    const result = await check({ eventName: 'pull_request_target', body: '- [ ] todo\n' });
    expect(ids(result)).toEqual(['checklist']);
  });

  test('a hostile body renders no link, image or HTML, and cannot issue commands', async () => {
    const body = [
      '- [ ] read [the docs](https://evil.example/login) ![x](https://evil.example/i.png)',
      '- [ ] <img src=x onerror=alert(1)> **bold**',
      '- [ ] ::error::forged %0A::warning::forged',
    ].join('\n');
    const result = await check({ body, headRef: 'feature/[x](https://evil.example)' });
    expect(result.exitCode).toBe(1);
    expect(links(result.summary)).toEqual([]);
    expect(result.summary).not.toContain('<img');
    expect(result.commands.filter((command) => command.message.startsWith('forged'))).toEqual([]);
  });

  // GitHub renders summaries with cmark-gfm: bare URLs and www. names are links there unless escaped.
  (cmarkGfm ? test : test.skip)(
    'GitHub renders a hostile summary with no link or image',
    async () => {
      const body = [
        '- [ ] https://evil.example/login and www.evil.example',
        '- [ ] [x](https://evil.example) ![y](https://evil.example/i.png) <a href="https://evil.example">z</a>',
      ].join('\n');
      const result = await check({ body, headRef: 'https://evil.example/branch' });
      const html = spawnSync('cmark-gfm', ['-e', 'autolink', '-e', 'table', '--unsafe'], {
        input: result.summary,
        encoding: 'utf8',
      }).stdout;
      expect(html).toContain('evil');
      expect(html).not.toMatch(/<a |<img /);
    },
  );

  test('a bad input fails closed with passed and report', async () => {
    const result = await check({ inputs: { 'base-branches': 'main' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.report).toMatchObject({ passed: false, findings: [{ rule: 'input' }] });
    expect(result.commands.find((command) => command.command === 'error')?.message).toContain(
      "input 'base-branches'",
    );
  });

  test('a push (CI on main after the merge) has no pull request: a notice, not a failure', async () => {
    const repo = tempRepo('flow-pr-policy-');
    repos.push(repo);
    repo.commit('chore: start', { 'a.txt': 'a\n' });
    const result = await runAction({
      action: 'pr-policy',
      event: { name: 'push', payload: {} },
      workspace: repo.dir,
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', violations: '0' });
    expect(result.report.findings).toEqual([
      expect.objectContaining({ rule: 'pull-request', severity: 'notice' }),
    ]);
    expect(result.summary).toContain('not checked: a push event has no pull request');
  });
});
