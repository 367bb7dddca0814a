import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { GitHubEvent } from './events.ts';
import {
  parseFileCommands,
  parseWorkflowCommands,
  type WorkflowCommand,
} from './workflow-commands.ts';

/** The repository's built bundles. */
export const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * The inputs of an action.yml and their defaults. (kit's readActionMetadata does more; this
 * package cannot import kit, whose tests import this package.)
 */
function actionInputs(path: string): Record<string, { default?: string }> {
  const document = parse(readFileSync(path, 'utf8')) as {
    inputs?: Record<string, { default?: unknown } | null>;
  };
  return Object.fromEntries(
    Object.entries(document.inputs ?? {}).map(([name, input]) => [
      name,
      input?.default === undefined ? {} : { default: String(input.default) },
    ]),
  );
}

/** The runner's variable for an input: spaces to `_`, upper case, hyphens kept. */
const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** The token the harness hands to `${{ github.token }}` defaults. */
export const FAKE_TOKEN = 'ghs_flowactionstesttoken000000000000';

export interface RunOptions {
  /** The action under dist/. */
  action: string;
  inputs?: Record<string, string>;
  event?: GitHubEvent;
  /** GITHUB_WORKSPACE and the working directory; a fresh empty directory when not given. */
  workspace?: string;
  env?: Record<string, string>;
  /** STATE_* values for a post step (usually `state` of the main step's result). */
  state?: Record<string, string>;
  /** Kill the step after this many ms (default 120 s). */
  timeoutMs?: number;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The outputs the step set (GITHUB_OUTPUT). */
  outputs: Record<string, string>;
  /** The job summary markdown (GITHUB_STEP_SUMMARY). */
  summary: string;
  /** What the step saved for its post step (GITHUB_STATE). */
  state: Record<string, string>;
  /** Variables exported for later steps (GITHUB_ENV). */
  exportedEnv: Record<string, string>;
  /** Workflow commands on stdout, read as the runner reads them (stop-commands honoured). */
  commands: WorkflowCommand[];
  /** The JSON report at the `report` output, parsed. */
  report: any;
  /** The directory holding the event file and the runner's files. */
  runnerDir: string;
}

export interface StartedStep {
  child: ChildProcess;
  result: Promise<RunResult>;
}

/**
 * Run dist/<action>/index.js (or post.js) the way the runner does: node24 on the bundle, inputs as
 * INPUT_* with action.yml defaults filled in, and the runner's files and variables.
 */
export function startStep(
  options: RunOptions,
  entry: 'index.js' | 'post.js' = 'index.js',
): StartedStep {
  const actionDir = join(distDir, options.action);
  const metadataPath = join(actionDir, 'action.yml');
  if (!existsSync(metadataPath))
    throw new Error(`${metadataPath} is missing: run npm run build first`);
  const metadata = { inputs: actionInputs(metadataPath) };
  const runnerDir = mkdtempSync(join(tmpdir(), 'flow-runner-'));
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'flow-workspace-'));
  const files = {
    GITHUB_OUTPUT: join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerDir, 'summary.md'),
    GITHUB_STATE: join(runnerDir, 'state'),
    GITHUB_ENV: join(runnerDir, 'env'),
    GITHUB_PATH: join(runnerDir, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_REPOSITORY_OWNER: 'Codertocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9', // nothing listens: tests that talk to the API pass their own server
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_ACTION: options.action.replace(/-/g, '_'),
    GITHUB_ACTION_PATH: actionDir,
    RUNNER_TEMP: join(runnerDir, 'temp'),
    RUNNER_OS: 'Linux',
    ...files,
  };
  if (options.event) {
    const eventPath = join(runnerDir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event.payload));
    env.GITHUB_EVENT_NAME = options.event.name;
    env.GITHUB_EVENT_PATH = eventPath;
  }
  for (const [name, input] of Object.entries(metadata.inputs)) {
    let value = options.inputs?.[name] ?? input.default;
    if (value !== undefined && /\$\{\{\s*github\.token\s*\}\}/.test(value)) value = FAKE_TOKEN;
    if (value !== undefined) env[inputVariable(name)] = value;
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in metadata.inputs))
      throw new Error(`${options.action} has no input '${name}' in its action.yml`);
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  Object.assign(env, options.env);

  const child = spawn(process.execPath, [join(actionDir, entry)], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const result = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
      const reportPath = outputs.report;
      resolve({
        exitCode,
        signal,
        stdout,
        stderr,
        outputs,
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
        exportedEnv: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
        commands: parseWorkflowCommands(stdout),
        report:
          reportPath && existsSync(reportPath)
            ? JSON.parse(readFileSync(reportPath, 'utf8'))
            : undefined,
        runnerDir,
      });
    });
  });
  return { child, result };
}

/** Run the main step to the end. */
export function runActionStep(options: RunOptions): Promise<RunResult> {
  return startStep(options, 'index.js').result;
}

/** Run the post step, with the main step's saved state as STATE_*. */
export function runPostStep(options: RunOptions): Promise<RunResult> {
  return startStep(options, 'post.js').result;
}

/** The annotations of a run: error, warning and notice commands. */
export function annotations(result: RunResult): WorkflowCommand[] {
  return result.commands.filter((command) =>
    ['error', 'warning', 'notice'].includes(command.command),
  );
}
