import {
  countBySeverity,
  md,
  Summary,
  type Finding,
  type Outcome,
  type Report,
} from '@flow-actions/kit';
import type { BranchVerdict, CommitVerdict, TitleVerdict } from './check.ts';
import type { Problem } from './lint.ts';
import type { Settings } from './settings.ts';

export interface CommitLintReport extends Report {
  /** The commitlint configuration used, or null for commit-lint's defaults. */
  config: string | null;
  range?: { base: string | null; head: string; source: string };
  counts: { valid: number; invalid: number; skipped: number };
  commits: CommitVerdict[];
  title?: TitleVerdict;
  branch?: BranchVerdict;
}

export interface CheckResults {
  config: string | undefined;
  configWarnings: string[];
  range?: { base: string | undefined; head: string; source: string };
  commits: CommitVerdict[];
  title?: TitleVerdict;
  branch?: BranchVerdict;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function findings(results: CheckResults): Finding[] {
  const list: Finding[] = results.configWarnings.map((message) => ({
    rule: 'config',
    severity: 'warning',
    message,
  }));
  const add = (subject: string, problems: readonly Problem[]) => {
    for (const problem of problems)
      list.push({
        rule: problem.rule,
        severity: problem.level,
        message: `${subject}: ${problem.message}`,
      });
  };
  for (const commit of results.commits) {
    if (commit.problems.length === 0) continue;
    add(
      `${commit.sha ? `commit ${commit.sha.slice(0, 7)}` : 'message'} ${JSON.stringify(commit.header)}`,
      commit.problems,
    );
  }
  if (results.title)
    add(`pull request title ${JSON.stringify(results.title.text)}`, results.title.problems);
  if (results.branch && !results.branch.valid) {
    list.push({
      rule: 'branch-pattern',
      severity: 'error',
      message: `branch ${JSON.stringify(results.branch.name)} does not match /${results.branch.pattern}/`,
    });
  }
  return list;
}

/** Rows of the commit tables: a summary of thousands of rows helps nobody, the JSON report has them all. */
const TABLE_ROWS = 300;

function problemCell(problems: readonly Problem[]): string {
  return problems
    .map(
      (problem) =>
        `${problem.level === 'error' ? '❌' : '⚠️'} ${md.code(problem.rule)} ${md.text(problem.message)}`,
    )
    .join('<br>');
}

function summaryOf(
  results: CheckResults,
  report: CommitLintReport,
  repositoryUrl: string | undefined,
): Summary {
  const summary = new Summary().heading(`${md.passFail(report.passed)} commit-lint`);
  const { valid, invalid, skipped } = report.counts;
  const source = results.config
    ? `the commitlint configuration ${md.code(results.config)}`
    : "commit-lint's defaults";
  summary.paragraph(
    `${count(results.commits.length, 'commit')}${results.range ? ` of ${md.text(results.range.source)}` : ''} checked with ${source}: ` +
      `**${valid}** valid, **${invalid}** invalid, **${skipped}** skipped.`,
  );
  if (results.configWarnings.length)
    summary.list(results.configWarnings.map((warning) => `⚠️ ${md.text(warning)}`));
  const withProblems = results.commits.filter((commit) => commit.problems.length);
  summary.table(
    ['Commit', 'Header', 'Problems', 'Suggested header'],
    withProblems
      .slice(0, TABLE_ROWS)
      .map((commit) => [
        repositoryUrl
          ? md.link(commit.sha.slice(0, 7), `${repositoryUrl}/commit/${commit.sha}`)
          : md.code(commit.sha.slice(0, 7)),
        md.code(commit.header),
        problemCell(commit.problems),
        commit.suggestion ? md.code(commit.suggestion) : '',
      ]),
  );
  if (withProblems.length > TABLE_ROWS) {
    summary.paragraph(
      `… and ${withProblems.length - TABLE_ROWS} more commits with problems: see the JSON report.`,
    );
  }
  if (results.title) {
    const { title } = results;
    const state = title.skipped ? `skipped (${md.text(title.skipped)})` : md.passFail(title.valid);
    summary.heading('Pull request title', 3).paragraph(`${md.code(title.text)} ${state}`);
    if (title.problems.length) summary.paragraph(problemCell(title.problems));
    if (title.suggestion) summary.paragraph(`Suggested title: ${md.code(title.suggestion)}`);
  }
  if (results.branch) {
    const { branch } = results;
    summary
      .heading('Branch', 3)
      .paragraph(
        branch.exempt
          ? `${md.code(branch.name)} exempt from ${md.code(`/${branch.pattern}/`)}: ${md.text(branch.exempt)}`
          : `${md.code(branch.name)} ${md.passFail(branch.valid)} must match ${md.code(`/${branch.pattern}/`)}`,
      );
  }
  const skippedCommits = results.commits.filter((commit) => commit.skipped);
  if (skippedCommits.length) {
    summary.details(
      `${skippedCommits.length} skipped`,
      md.table(
        ['Commit', 'Header', 'Reason'],
        skippedCommits
          .slice(0, TABLE_ROWS)
          .map((c) => [md.code(c.sha.slice(0, 7)), md.code(c.header), md.text(c.skipped!)]),
      ),
    );
  }
  return summary;
}

/** The report, the summary, the outputs and the headline of a run's results. */
export function outcomeOf(
  results: CheckResults,
  settings: Pick<Settings, 'repositoryUrl'>,
): Outcome<CommitLintReport> {
  const list = findings(results);
  const counts = {
    valid: results.commits.filter((c) => c.valid && !c.skipped).length,
    invalid: results.commits.filter((c) => !c.valid).length,
    skipped: results.commits.filter((c) => c.skipped).length,
  };
  const severities = countBySeverity(list);
  const passed = severities.error === 0;
  const report: CommitLintReport = {
    passed,
    findings: list,
    config: results.config ?? null,
    ...(results.range ? { range: { ...results.range, base: results.range.base ?? null } } : {}),
    counts,
    commits: results.commits,
    ...(results.title ? { title: results.title } : {}),
    ...(results.branch ? { branch: results.branch } : {}),
  };
  const parts = [`${counts.valid} valid`, `${counts.invalid} invalid`, `${counts.skipped} skipped`];
  if (results.title) parts.push(`title ${results.title.valid ? 'valid' : 'invalid'}`);
  if (results.branch) parts.push(`branch ${results.branch.valid ? 'valid' : 'invalid'}`);
  return {
    report,
    summary: summaryOf(results, report, settings.repositoryUrl),
    outputs: { errors: String(severities.error), warnings: String(severities.warning) },
    headline: `${count(results.commits.length, 'commit')}: ${parts.join(', ')}; ${count(severities.error, 'error')}, ${count(severities.warning, 'warning')}`,
  };
}
