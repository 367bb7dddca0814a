/**
 * The benchmark's floor: the commit-lint action with the linting taken out. Every commit's
 * verdict is read from the JSON report of a real run (FLOW_BENCH_VERDICTS) before the action
 * starts, and the time that took is written to FLOW_BENCH_LOAD_MS for the benchmark to take off.
 * What is left is what the action pays whatever its linter costs: Node's start, the bundle, the
 * configuration, git's log of the range, the summary, the outputs and the JSON report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rangeCommits } from '@flow-actions/git';
import { runAction } from '@flow-actions/kit/action';
import type { CommitVerdict } from '../src/check.ts';
import { discoverConfig } from '../src/config/discover.ts';
import { loadCommitlintConfig } from '../src/config/resolve.ts';
import { outcomeOf } from '../src/outcome.ts';

const started = performance.now();
const { commits } = JSON.parse(readFileSync(process.env.FLOW_BENCH_VERDICTS!, 'utf8')) as {
  commits: CommitVerdict[];
};
const verdicts = new Map(commits.map((commit) => [commit.sha, commit]));
writeFileSync(process.env.FLOW_BENCH_LOAD_MS!, String(performance.now() - started));

void runAction({
  name: 'commit-lint',
  run: async (context) => {
    const config = await loadCommitlintConfig(
      (await discoverConfig(context.workspace))!,
      context.workspace,
    );
    const { range, results } = await rangeCommits(
      context.workspace,
      { event: context.event, log: (message) => context.log.info(message) },
      (commit) => verdicts.get(commit.sha)!,
    );
    return outcomeOf(
      { config: config.file, configWarnings: config.warnings, commits: results, range },
      { repositoryUrl: undefined },
    );
  },
});
