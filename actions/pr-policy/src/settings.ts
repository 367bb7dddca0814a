import {
  readEnum,
  readGlobs,
  readInteger,
  readLines,
  readString,
  type RunContext,
} from '@flow-actions/kit';
import { globSet, readCompanionRules, type CompanionRule, type GlobSet } from '@flow-actions/rules';
import { readBranchRules, type BranchRule } from './arrows.ts';

export interface Settings {
  checklist: 'all' | 'off';
  requiredSections: string[];
  linkedIssue: 'required' | 'optional';
  baseBranches: BranchRule[];
  branchPaths: BranchRule[];
  forbiddenPaths: GlobSet | undefined;
  /** Each line's globs: a commit touching them must touch nothing else. */
  separateCommits: GlobSet[];
  maxChangedLines: number | undefined;
  maxChangedFiles: number | undefined;
  sizeExclude: GlobSet;
  rules: CompanionRule[];
  /** CLI only: the pull request's facts, where a runner has the event. */
  cli: {
    title: string | undefined;
    bodyFile: string | undefined;
    headRef: string | undefined;
    baseRef: string | undefined;
  };
}

function optionalGlobs(context: RunContext, name: string): GlobSet | undefined {
  const globs = readGlobs(context.inputs, name);
  return globs.length ? globSet(globs) : undefined;
}

export async function readSettings(context: RunContext): Promise<Settings> {
  const { inputs } = context;
  return {
    checklist: readEnum(inputs, 'checklist', ['all', 'off'], 'all'),
    requiredSections: readLines(inputs, 'required-sections'),
    linkedIssue: readEnum(inputs, 'linked-issue', ['required', 'optional'], 'optional'),
    baseBranches: readBranchRules(inputs, 'base-branches'),
    branchPaths: readBranchRules(inputs, 'branch-paths'),
    forbiddenPaths: optionalGlobs(context, 'forbidden-paths'),
    separateCommits: readLines(inputs, 'separate-commits').map((line) =>
      globSet(line.split(',').map((glob) => glob.trim())),
    ),
    maxChangedLines: readInteger(inputs, 'max-changed-lines', { min: 1 }),
    maxChangedFiles: readInteger(inputs, 'max-changed-files', { min: 1 }),
    sizeExclude: globSet(readGlobs(inputs, 'size-exclude')),
    rules: await readCompanionRules(context),
    cli: {
      title: readString(inputs, 'title'),
      bodyFile: readString(inputs, 'body-file'),
      headRef: readString(inputs, 'head-ref'),
      baseRef: readString(inputs, 'base-ref'),
    },
  };
}
