import { hasErrors, type Finding, type Report } from '@flow-actions/kit';
import { evaluateRules } from '@flow-actions/rules';
import { parseBody, type Body } from './body.ts';
import type { Changes } from './changes.ts';
import { checkChecklist, checkLinkedIssue, checkSections } from './checks/body.ts';
import { checkBaseBranch, checkBranchPaths } from './checks/branches.ts';
import { checkForbiddenPaths, checkSeparateCommits, companionInput } from './checks/paths.ts';
import { checkSize, sizeOf, type Size } from './checks/size.ts';
import type { PullRequestInfo } from './pull-request.ts';
import type { Settings } from './settings.ts';

/** One check of the policy: its finding id, and whether it ran. */
export interface CheckResult {
  id: string;
  /** How many findings it made; undefined when it did not run. */
  findings: number | undefined;
  /** Why it did not run: off, or nothing to read (a CLI run without --body-file). */
  skipped?: string;
}

export interface PolicyReport extends Report {
  violations: number;
  checks: CheckResult[];
  size: Size;
  commits: number;
}

type Check = [id: string, run: (() => Finding[]) | string];

function checksOf(settings: Settings, pr: PullRequestInfo, changes: Changes, size: Size): Check[] {
  const body: Body | undefined = pr.body === undefined ? undefined : parseBody(pr.body);
  const noBody = 'no pull request body (on the command line, give --body-file)';
  const noRef = (what: string) => `no ${what} branch (on the command line, give --${what}-ref)`;
  const { headRef, baseRef } = pr;
  const input = companionInput(changes);
  return [
    [
      'checklist',
      settings.checklist === 'off' ? 'off' : body ? () => checkChecklist(body) : noBody,
    ],
    [
      'required-section',
      !settings.requiredSections.length
        ? 'off'
        : body
          ? () => checkSections(body, settings.requiredSections)
          : noBody,
    ],
    [
      'linked-issue',
      settings.linkedIssue === 'optional' ? 'off' : () => checkLinkedIssue(pr, body),
    ],
    [
      'base-branch',
      !settings.baseBranches.length
        ? 'off'
        : headRef && baseRef
          ? () => checkBaseBranch(settings.baseBranches, headRef, baseRef)
          : noRef(headRef ? 'base' : 'head'),
    ],
    [
      'branch-paths',
      !settings.branchPaths.length
        ? 'off'
        : headRef
          ? () => checkBranchPaths(settings.branchPaths, headRef, changes.files)
          : noRef('head'),
    ],
    [
      'forbidden-path',
      settings.forbiddenPaths ? () => checkForbiddenPaths(settings.forbiddenPaths!, input) : 'off',
    ],
    [
      'separate-commit',
      settings.separateCommits.length
        ? () => checkSeparateCommits(settings.separateCommits, changes.commits)
        : 'off',
    ],
    [
      'pr-size',
      settings.maxChangedLines === undefined && settings.maxChangedFiles === undefined
        ? 'off'
        : () =>
            checkSize(size, { lines: settings.maxChangedLines, files: settings.maxChangedFiles }),
    ],
    ['rules', settings.rules.length ? () => evaluateRules(settings.rules, input) : 'off'],
  ];
}

const CHECK_IDS = [
  'checklist',
  'required-section',
  'linked-issue',
  'base-branch',
  'branch-paths',
  'forbidden-path',
  'separate-commit',
  'pr-size',
  'rules',
];

/** Another event than a pull request's: nothing to check, said in a notice rather than failed. */
export function notAPullRequest(event: string): PolicyReport {
  const skipped = `a ${event} event has no pull request`;
  return {
    passed: true,
    findings: [
      {
        rule: 'pull-request',
        severity: 'notice',
        message: `${skipped}: nothing to check (pr-policy checks pull_request and pull_request_target events)`,
      },
    ],
    violations: 0,
    checks: CHECK_IDS.map((id) => ({ id, findings: undefined, skipped })),
    size: { files: 0, lines: 0, excluded: 0 },
    commits: 0,
  };
}

/** The pure core: the settings applied to what the event and git say about the pull request. */
export function evaluatePolicy(
  settings: Settings,
  pr: PullRequestInfo,
  changes: Changes,
): PolicyReport {
  const findings: Finding[] = [];
  const size = sizeOf(changes.files, settings.sizeExclude);
  const checks = checksOf(settings, pr, changes, size).map(([id, run]): CheckResult => {
    if (typeof run === 'string') return { id, findings: undefined, skipped: run };
    const found = run();
    findings.push(...found);
    return { id, findings: found.length };
  });
  return {
    passed: !hasErrors(findings),
    findings,
    violations: findings.filter((finding) => finding.severity === 'error').length,
    checks,
    size,
    commits: changes.commits.length,
  };
}
