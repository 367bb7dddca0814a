/**
 * The last step of pr-checks: one verdict, one summary and one JSON report from the checks it
 * ran. Bundled into dist/pr-checks/combine.js; its inputs come through the step's environment,
 * as scripts/generate-action.ts writes them.
 */
import { join } from 'node:path';
import { describeError, Workspace, writeReport } from '@flow-actions/kit';
import { appendSummary, issueCommand, setOutput } from '@flow-actions/kit/action';
import { checkResult, checkVariable, combinedReport, isFailure } from './check-results.ts';
import { combinedSummary, summaryFile } from './combined-summary.ts';

async function combine(env: NodeJS.ProcessEnv): Promise<void> {
  const checks = (env.PR_CHECKS ?? '').split(',').filter(Boolean);
  if (!checks.length) {
    issueCommand('error', 'no checks listed in PR_CHECKS: nothing was checked', {
      title: 'pr-checks',
    });
    process.exitCode = 1;
    return;
  }
  // Every file the checks left is in the runner's temp folder: nothing is read from elsewhere.
  const tempDir = env.RUNNER_TEMP || '.';
  const temp = new Workspace(tempDir);
  const results = checks.map((name) => checkResult(name, env, temp));
  appendSummary(
    combinedSummary(results, (result) =>
      summaryFile(temp, env[checkVariable(result.name, 'SUMMARY')]),
    ),
  );
  const report = combinedReport(results);
  const reportPath = writeReport(tempDir, join(tempDir, 'pr-checks', 'report.json'), report);
  setOutput('passed', String(report.passed));
  setOutput('report', reportPath);
  const failed = results.filter(isFailure);
  if (failed.length) {
    const problems = failed.map((result) => `${result.name} ${result.problem}`).join('; ');
    issueCommand('error', problems, { title: 'pr-checks' });
    process.exitCode = 1;
  } else {
    const verdicts = results.map((result) => `${result.name} ${result.status}`).join(', ');
    process.stdout.write(`pr-checks passed: ${verdicts}\n`);
  }
}

combine(process.env).catch((error: unknown) => {
  issueCommand('error', `could not combine the checks: ${describeError(error)}`, {
    title: 'pr-checks',
  });
  process.exitCode = 1;
});
