import {
  readBoolean,
  readEnum,
  readGlobs,
  readLines,
  readNumber,
  readPercentage,
  readString,
  type InputSource,
} from '@flow-actions/kit';
import { FORMATS, type Format } from './model.ts';
import {
  parsePackageRules,
  parseThresholds,
  type PackageRule,
  type Thresholds,
} from './thresholds.ts';

export interface Settings {
  /** Report globs; empty means auto-discovery. */
  reports: string[];
  format: Format | 'auto';
  thresholds: Thresholds;
  patchThreshold: number | undefined;
  packageRules: PackageRule[];
  baseline: string | undefined;
  maxDecrease: number | undefined;
  include: string[];
  exclude: string[];
  comment: boolean;
  /** The sticky comment's hidden marker: one per workflow, job and comment-id. */
  commentMarker: string;
  annotate: boolean;
  ifNoReports: 'error' | 'warn';
  /** A changed source file no report covers: its added code counts as uncovered, or is ignored. */
  unreportedFiles: 'uncovered' | 'ignore';
  /** The CLI's explicit range (--from/--to); the action takes it from the event. */
  from: string | undefined;
  to: string | undefined;
}

/** Names in an HTML comment marker: nothing that could end the comment. */
const markerPart = (text: string | undefined) =>
  (text ?? '').replace(/[^\w./ -]/g, '_').slice(0, 100);

/**
 * Two gates on one pull request (two workflows, two jobs, or `comment-id`) keep a comment each:
 * the marker names the workflow, the job and the comment-id.
 */
function commentMarker(env: NodeJS.ProcessEnv, commentId: string | undefined): string {
  const parts = [env.GITHUB_WORKFLOW, env.GITHUB_JOB, commentId].map(markerPart);
  return `flow-actions:coverage-gate:${parts.join(':')}`;
}

export function readSettings(context: { inputs: InputSource; env: NodeJS.ProcessEnv }): Settings {
  const { inputs } = context;
  const reports = readGlobs(inputs, 'reports');
  return {
    reports: reports.length === 1 && reports[0] === 'auto' ? [] : reports,
    format: readEnum(inputs, 'format', ['auto', ...FORMATS], 'auto'),
    thresholds: parseThresholds(readString(inputs, 'thresholds') ?? '', inputs, 'thresholds'),
    patchThreshold: readPercentage(inputs, 'patch-threshold'),
    packageRules: parsePackageRules(
      readLines(inputs, 'package-thresholds'),
      inputs,
      'package-thresholds',
    ),
    baseline: readString(inputs, 'baseline'),
    maxDecrease: readNumber(inputs, 'max-decrease', { min: 0, max: 100 }),
    include: readGlobs(inputs, 'include'),
    exclude: readGlobs(inputs, 'exclude'),
    comment: readBoolean(inputs, 'comment', false),
    commentMarker: commentMarker(context.env, readString(inputs, 'comment-id')),
    annotate: readBoolean(inputs, 'annotate', true),
    ifNoReports: readEnum(inputs, 'if-no-reports', ['error', 'warn'], 'error'),
    unreportedFiles: readEnum(inputs, 'unreported-files', ['uncovered', 'ignore'], 'uncovered'),
    from: readString(inputs, 'from'),
    to: readString(inputs, 'to'),
  };
}
