import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pullRequestEvent, type GitHubEvent } from './events.ts';
import { tempRepo, type TempRepo } from './repo.ts';

/** The sample repository the demo and the action tests run every action on (its files). */
export const sampleRepoDir = fileURLToPath(
  new URL('../../../action-tests/sample-repo/', import.meta.url),
);

/** What the sample pull request adds, commit by commit; everything else is the base commit. */
const PULL_REQUEST = [
  {
    message: 'docs(api): describe the agents endpoints in the OpenAPI spec',
    paths: ['docs/openapi'],
  },
  { message: 'feat(api): serve the agents endpoints', paths: ['src/routes'] },
  { message: 'Added the e2e stack and fixed stuff.', paths: ['e2e'] },
];

export interface SampleRepo {
  repo: TempRepo;
  base: string;
  head: string;
  event: GitHubEvent;
}

function underAny(path: string, roots: string[]): boolean {
  return roots.some((root) => path === root || path.startsWith(`${root}/`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * A git repository made from action-tests/sample-repo/: the base commit on main, then a pull
 * request of a few commits (spec first, then code, then one badly written commit message).
 */
export function buildSampleRepo(): SampleRepo {
  const repo = tempRepo('flow-sample-');
  const files = filesUnder(sampleRepoDir);
  const prRoots = PULL_REQUEST.flatMap((commit) => commit.paths);
  const copy = (paths: string[]) => {
    for (const path of paths)
      cpSync(join(sampleRepoDir, path), join(repo.dir, path), { recursive: true });
  };
  copy(files.filter((path) => !underAny(path, prRoots)));
  const base = repo.commit('chore: import the sample services');
  repo.git('checkout', '-q', '-b', 'feature/agents-api');
  for (const commit of PULL_REQUEST) {
    const present = commit.paths.filter((path) => existsSync(join(sampleRepoDir, path)));
    if (present.length === 0) continue;
    copy(present);
    repo.commit(commit.message);
  }
  const head = repo.head();
  const event = pullRequestEvent({
    base,
    head,
    number: 42,
    title: 'feat(api): add the agents endpoints',
    headRef: 'feature/agents-api',
  });
  return { repo, base, head, event };
}
