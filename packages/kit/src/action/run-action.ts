import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvent, type GitHubEvent } from '@flow-actions/github/event';
import { hiddenNotice, planAnnotations } from '../annotations.ts';
import type { Outcome, RunContext, RunFunction } from '../context.ts';
import { describeError, UsageError } from '../errors.ts';
import { inputVariable } from '../input-variable.ts';
import type { InputSource } from '../inputs.ts';
import { errorReport, passedOf, writeReport, type Finding, type Report } from '../report.ts';
import { streamLogger } from '../safe-output.ts';
import {
  appendSummary,
  isDebug,
  issueCommand,
  saveState,
  setOutput,
  type AnnotationProperties,
} from './runner.ts';

/** Posts the outcome's PR comment; says whether it was written, and what happened. */
export type Commenter = (
  context: RunContext,
  comment: NonNullable<Outcome['comment']>,
) => Promise<{ written: boolean; message: string }>;

export interface ActionOptions<R extends Report> {
  /** The action's name: names the report file and prefixes messages. */
  name: string;
  run: RunFunction<R>;
  commenter?: Commenter;
}

const envInputs: InputSource = {
  get: (name) => process.env[inputVariable(name)],
  describe: (name) => `input '${name}'`,
};

async function actionContext(): Promise<RunContext> {
  const event: GitHubEvent | undefined = await readEvent(process.env);
  return {
    mode: 'action',
    inputs: envInputs,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    event,
    env: process.env,
    tempDir: process.env.RUNNER_TEMP || tmpdir(),
    log: streamLogger((text) => process.stdout.write(text), { fence: true, debug: isDebug() }),
    state: {
      save: (name, value) => saveState(name, value),
      get: (name) => process.env[`STATE_${name}`],
    },
  };
}

function annotate(finding: Finding): void {
  const properties: AnnotationProperties = { title: finding.rule };
  if (finding.file) properties.file = finding.file;
  if (finding.line) properties.startLine = finding.line;
  if (finding.endLine) properties.endLine = finding.endLine;
  issueCommand(finding.severity, finding.message, properties);
}

/** The report file, in RUNNER_TEMP, one per step. */
function writeReportFile(name: string, report: Report): string {
  const tempDir = process.env.RUNNER_TEMP || tmpdir();
  const step = (process.env.GITHUB_ACTION || 'run').replace(/[^\w.-]/g, '_');
  return writeReport(tempDir, join(tempDir, 'flow-actions', name, `${step}.json`), report);
}

async function publish<R extends Report>(
  options: ActionOptions<R>,
  context: RunContext,
  outcome: Outcome<R>,
): Promise<void> {
  // A gate never passes with an error finding, whatever the action computed.
  if (outcome.report.passed && !passedOf(outcome.report.findings)) outcome.report.passed = false;
  const reportPath = writeReportFile(options.name, outcome.report);
  for (const [name, value] of Object.entries(outcome.outputs)) setOutput(name, value);
  setOutput('passed', String(outcome.report.passed));
  setOutput('report', reportPath);

  const plan = planAnnotations(outcome.report.findings);
  plan.shown.forEach(annotate);
  const more = hiddenNotice(plan);
  if (more) issueCommand('notice', more, { title: options.name });

  if (!outcome.summary.isEmpty) appendSummary(outcome.summary.render());
  if (outcome.comment && options.commenter) {
    try {
      const result = await options.commenter(context, outcome.comment);
      if (result.written) context.log.info(result.message);
      else issueCommand('notice', result.message, { title: options.name });
    } catch (error) {
      issueCommand('warning', `could not write the pull request comment: ${describeError(error)}`, {
        title: options.name,
      });
    }
  }
  context.log.info(outcome.headline);
  if (!outcome.report.passed) {
    issueCommand('error', `${options.name}: ${outcome.headline}`);
    process.exitCode = 1;
  }
}

/** Report a thrown error as the step's failure: bad input, or an internal fault with its stack. */
function failStep(name: string, error: unknown): void {
  if (error instanceof UsageError) {
    const properties: AnnotationProperties = { title: `${name}: invalid input` };
    if (error.location?.file) properties.file = error.location.file;
    if (error.location?.line) properties.startLine = error.location.line;
    issueCommand('error', describeError(error), properties);
  } else {
    if (error instanceof Error && error.stack) issueCommand('debug', error.stack);
    issueCommand('error', describeError(error), { title: `${name}: failed` });
  }
  process.exitCode = 1;
}

/** `passed` and `report` whatever happened: false, and a report holding the error. */
async function publishError(name: string, error: unknown): Promise<void> {
  setOutput('passed', 'false');
  try {
    setOutput('report', writeReportFile(name, errorReport(error)));
  } catch (writeError) {
    issueCommand('warning', `could not write the report: ${describeError(writeError)}`, {
      title: name,
    });
  }
  failStep(name, error);
}

/**
 * The main step of a JavaScript action: inputs → run → outputs, summary, annotations, report.
 * `passed` and `report` are always set: on bad input or a fault, passed=false and the report
 * holds the error as a finding (rule `input` or `internal`).
 */
export async function runAction<R extends Report>(options: ActionOptions<R>): Promise<void> {
  try {
    const context = await actionContext();
    await publish(options, context, await options.run(context));
  } catch (error) {
    await publishError(options.name, error);
  }
}

/** A post step: same context (with STATE_* from the main step), no outcome to publish. */
export async function runPost(
  name: string,
  post: (context: RunContext) => Promise<void>,
): Promise<void> {
  try {
    await post(await actionContext());
  } catch (error) {
    failStep(name, error);
  }
}
