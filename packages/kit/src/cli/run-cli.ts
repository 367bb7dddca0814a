import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readEvent } from '@flow-actions/github/event';
import type { ActionMetadata } from '../action-metadata.ts';
import { localContext, type RunFunction } from '../context.ts';
import { describeError, exitCodeOf, exitCodes } from '../errors.ts';
import type { InputSource } from '../inputs.ts';
import { Workspace } from '../files/workspace.ts';
import { errorReport, passedOf, sortFindings, type Finding, type Report } from '../report.ts';
import { fenceUntrusted, streamLogger } from '../safe-output.ts';
import { parseCliArgs, type ParsedArgs } from './args.ts';

/** One action as a CLI command: its action.yml gives the option names and defaults. */
export interface CliCommand {
  name: string;
  metadata: ActionMetadata;
  run: RunFunction;
  /** Options only the CLI has (e.g. commit-lint's --edit), with a description for --help. */
  extraOptions?: Record<string, string>;
}

/** The CLI's options for the range of commits to check, where an event gives it on a runner. */
export const RANGE_OPTIONS: Record<string, string> = {
  from: 'the base of the range to check (its merge-base with --to); on a runner the event gives it',
  to: 'the head of the range to check [HEAD]',
};

/**
 * An action's metadata for its CLI twin. The built CLI ships each action.yml as JSON
 * (scripts/build-cli.ts), so starting a command does not load the YAML parser and compile it for
 * one parse: about 10 ms of every run. From the sources, action.yml itself is read.
 */
async function loadActionMetadata(file: string | URL): Promise<ActionMetadata> {
  // ncc turns the URL into a path to the file it relocates.
  if (String(file).endsWith('.json'))
    return JSON.parse(readFileSync(file, 'utf8')) as ActionMetadata;
  const { readActionMetadata } = await import('../action-metadata.ts');
  return readActionMetadata(file);
}

/** An action's CLI twin: its action.yml (next to src/) gives the options and defaults. */
export async function actionCommand<R extends Report>(
  name: string,
  actionYml: URL | string,
  run: RunFunction<R>,
  extraOptions?: Record<string, string>,
): Promise<CliCommand> {
  return {
    name,
    metadata: await loadActionMetadata(actionYml),
    run,
    ...(extraOptions ? { extraOptions } : {}),
  };
}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The CLI's version, printed by --version. */
  version?: string;
}

/** Defaults from action.yml; an expression default (`${{ github.token }}`) becomes its local equivalent. */
function cliDefault(value: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (value === undefined || !value.includes('${{')) return value;
  if (/\$\{\{\s*github\.token\s*\}\}/.test(value)) return env.GITHUB_TOKEN ?? env.GH_TOKEN;
  return undefined;
}

function helpText(command: CliCommand): string {
  const lines = [
    `flow-actions ${command.name}: ${command.metadata.description ?? ''}`,
    '',
    'Options:',
  ];
  const options: [string, string][] = [
    ...Object.entries(command.metadata.inputs).map(([name, input]): [string, string] => [
      name,
      `${(input.description ?? '').split('\n')[0]}${input.default ? ` [${input.default}]` : ''}`,
    ]),
    ...Object.entries(command.extraOptions ?? {}),
    ['json', 'print the JSON report instead of the terminal report'],
    ['report-file', 'also write the JSON report to this file'],
    ['version', 'print the version of flow-actions'],
  ];
  for (const [name, description] of options) lines.push(`  --${name.padEnd(24)} ${description}`);
  return `${lines.join('\n')}\n`;
}

function terminalLine(finding: Finding): string {
  const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}: ` : '';
  return `${where}${finding.severity} [${finding.rule}] ${finding.message}`;
}

/**
 * `--report-file` as written on the command line, also when the arguments did not parse (the
 * report then holds that error).
 */
function reportFileOf(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg.startsWith('--report-file=')) found = arg.slice('--report-file='.length);
    else if (arg === '--report-file' && argv[index + 1] && !argv[index + 1]!.startsWith('--'))
      found = argv[index + 1];
  });
  return found;
}

/**
 * The report file the invoker named (a trusted path, anywhere), never written through a link.
 * One line of JSON, as the action's report.
 */
async function writeReportFile(cwd: string, file: string, report: Report): Promise<void> {
  const path = resolve(cwd, file);
  const workspace = new Workspace(cwd, { outputRoots: [dirname(path)] });
  await workspace.writeOutput(path, [JSON.stringify(report), '\n']);
}

/**
 * JSON for stdout inside a workflow step: the runner acts on `##[` anywhere in a line and on a
 * line starting with `::`. JSON may spell any character as \uXXXX, so the value stays the same.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/##\[/g, '#\\u0023[').replace(/::/g, ':\\u003a');
}

interface Printer {
  /** Text that may hold untrusted parts: fenced inside a workflow step. */
  line(text: string): void;
  error(text: string): void;
  json(value: unknown): void;
}

function printer(io: CliIO): Printer {
  // Inside a workflow step the CLI's output is read by the runner too: fence untrusted text there.
  const fence = io.env.GITHUB_ACTIONS === 'true';
  const plain = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return {
    line: (text) => io.stdout(fence ? fenceUntrusted(text) : plain(text)),
    error: (text) => io.stderr(fence ? fenceUntrusted(text) : plain(text)),
    json: (value) => io.stdout(`${fence ? inertJson(value) : JSON.stringify(value)}\n`),
  };
}

async function runParsed(
  command: CliCommand,
  args: ParsedArgs,
  io: CliIO,
  out: Printer,
): Promise<number> {
  const inputs: InputSource = {
    get: (name) => args.values[name] ?? cliDefault(command.metadata.inputs[name]?.default, io.env),
    describe: (name) => `option --${name}`,
  };
  const context = localContext({
    inputs,
    workspace: io.cwd,
    event: await readEvent(io.env),
    env: io.env,
    log: streamLogger(io.stderr, {
      fence: io.env.GITHUB_ACTIONS === 'true',
      debug: io.env.FLOW_DEBUG === '1',
    }),
  });
  const outcome = await command.run(context);
  const report = outcome.report;
  // A gate never passes with an error finding, whatever the action computed.
  if (report.passed && !passedOf(report.findings)) report.passed = false;
  if (args.reportFile) await writeReportFile(io.cwd, args.reportFile, report);
  // One line, as the report file: a report of thousands of entries is for jq to read.
  if (args.json) out.json(report);
  else {
    for (const finding of sortFindings(report.findings)) out.line(terminalLine(finding));
    out.line(`${report.passed ? 'passed' : 'FAILED'}: ${outcome.headline}`);
  }
  return report.passed ? exitCodes.ok : exitCodes.policy;
}

/** Run an action's core from the command line; returns the exit code (0 ok, 1 gate failed, 2 usage, 3 fault). */
export async function runCli(
  command: CliCommand,
  argv: readonly string[],
  io: CliIO,
): Promise<number> {
  const out = printer(io);
  try {
    const known = new Set([
      ...Object.keys(command.metadata.inputs),
      ...Object.keys(command.extraOptions ?? {}),
    ]);
    const booleans = new Set(
      Object.entries(command.metadata.inputs)
        .filter(([, input]) => input.default === 'true' || input.default === 'false')
        .map(([name]) => name),
    );
    const args = parseCliArgs(argv, known, booleans);
    if (args.help) {
      io.stdout(helpText(command));
      return exitCodes.ok;
    }
    if (args.version) {
      io.stdout(`${io.version ?? 'unknown'}\n`);
      return exitCodes.ok;
    }
    return await runParsed(command, args, io, out);
  } catch (error) {
    out.error(`error: ${describeError(error)}`);
    if (exitCodeOf(error) === exitCodes.internal && error instanceof Error && error.stack)
      out.error(error.stack);
    const reportFile = reportFileOf(argv);
    if (reportFile) {
      try {
        await writeReportFile(io.cwd, reportFile, errorReport(error));
      } catch (writeError) {
        out.error(`error: could not write the report: ${describeError(writeError)}`);
      }
    }
    return exitCodeOf(error);
  }
}
