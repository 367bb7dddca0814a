import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Every file an action reads or writes goes through kit's Workspace (confined to the workspace,
 * bounded, never through a link out). Shipped code outside packages/kit may not import node:fs
 * itself, except the files below. Each entry says why; the lead shrinks the list as the actions
 * adopt kit, and an entry that no longer uses fs must be removed (this test says so).
 */
const ALLOWED: Record<string, string> = {
  // Not workspace content: files the runner or git own.
  'packages/github/src/event.ts': 'GITHUB_EVENT_PATH, written by the runner',
  'packages/git/src/clone-history.ts': "git's shallow file, at the path git rev-parse names",
  'actions/e2e-compose-runner/src/process-tree.ts': '/proc, to find the test command’s processes',
  'actions/coverage-gate/src/formats/read.ts':
    'streams a report of 100 MB in chunks (kit reads whole files); only paths a Workspace confined',
  // Not converted yet: to read and write through kit's Workspace.
  'actions/commit-lint/src/edit.ts':
    'the commit-msg file git hands its hook (CLI only), kept by git outside the work tree in a worktree',
  'actions/coverage-gate/src/discover.ts':
    'walks the workspace for explicit report globs; each match is confined before it is read',
  'actions/e2e-compose-runner/src/compose.ts':
    'looks for the docker and docker-compose executables on PATH, not for workspace content',
  'actions/e2e-compose-runner/src/settings.ts':
    'not converted yet: existence checks of the files handed to docker compose (which reads them); env-file may be a secrets file outside the workspace',
};

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const RAW_FS = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:node:)?fs(?:\/promises)?['"]/;

/** Shipped TypeScript: src/ of every action and package, tests and test helpers left out. */
function shippedFiles(): string[] {
  const files: string[] = [];
  for (const group of ['actions', 'packages']) {
    for (const name of readdirSync(join(root, group))) {
      if (group === 'packages' && (name === 'kit' || name === 'testing')) continue;
      const src = join(root, group, name, 'src');
      let entries: string[];
      try {
        entries = readdirSync(src, { recursive: true }) as string[];
      } catch {
        continue;
      }
      for (const entry of entries) {
        const path = relative(root, join(src, entry)).split('\\').join('/');
        if (!/\.(ts|mts|js|mjs)$/.test(path) || /\.test\.ts$/.test(path)) continue;
        if (/\/src\/testing\//.test(path)) continue;
        files.push(path);
      }
    }
  }
  return files.sort();
}

test('no shipped file outside packages/kit imports node:fs, except the allowlist', () => {
  const users = shippedFiles().filter((path) =>
    RAW_FS.test(readFileSync(join(root, path), 'utf8')),
  );
  expect(users.filter((path) => !(path in ALLOWED))).toEqual([]);
});

test('the allowlist holds only files that still use node:fs', () => {
  const users = new Set(
    shippedFiles().filter((path) => RAW_FS.test(readFileSync(join(root, path), 'utf8'))),
  );
  expect(Object.keys(ALLOWED).filter((path) => !users.has(path))).toEqual([]);
});
