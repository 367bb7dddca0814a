import { resolve } from 'node:path';
import { readEvent } from '@flow-actions/github/event';
import { readActionMetadata, type ActionMetadata } from '../action-metadata.ts';
import { localContext, type RunFunction } from '../context.ts';
import { describeError, exitCodeOf, exitCodes } from '../errors.ts';
import type { InputSource } from '../inputs.ts';
import { sortFindings, writeReport, type Finding, type Report } from '../report.ts';
import { fenceUntrusted, streamLogger } from '../safe-output.ts';
import { parseCliArgs } from './args.ts';

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

/** An action's CLI twin: its action.yml (next to src/) gives the options and defaults. */
export function actionCommand<R extends Report>(
  name: string,
  actionYml: URL,
  run: RunFunction<R>,
  extraOptions?: Record<string, string>,
): CliCommand {
  return {
    name,
    metadata: readActionMetadata(actionYml),
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

/** Run an action's core from the command line; returns the exit code (0 ok, 1 gate failed, 2 usage, 3 fault). */
export async function runCli(
  command: CliCommand,
  argv: readonly string[],
  io: CliIO,
): Promise<number> {
  // Inside a workflow step the CLI's stdout is read by the runner too: fence untrusted text there.
  const fence = io.env.GITHUB_ACTIONS === 'true';
  const print = (text: string) => io.stdout(fence ? fenceUntrusted(text) : `${text}\n`);
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
    const inputs: InputSource = {
      get: (name) =>
        args.values[name] ?? cliDefault(command.metadata.inputs[name]?.default, io.env),
      describe: (name) => `option --${name}`,
    };
    const context = localContext({
      inputs,
      workspace: io.cwd,
      event: await readEvent(io.env),
      env: io.env,
      log: streamLogger(io.stderr, { fence, debug: io.env.FLOW_DEBUG === '1' }),
    });
    const outcome = await command.run(context);
    if (args.reportFile) await writeReport(resolve(io.cwd, args.reportFile), outcome.report);
    // One line, as the report file: a report of thousands of entries is for jq to read.
    if (args.json) io.stdout(`${JSON.stringify(outcome.report)}\n`);
    else {
      for (const finding of sortFindings(outcome.report.findings)) print(terminalLine(finding));
      print(`${outcome.report.passed ? 'passed' : 'FAILED'}: ${outcome.headline}`);
    }
    return outcome.report.passed ? exitCodes.ok : exitCodes.policy;
  } catch (error) {
    const message = describeError(error);
    io.stderr(fence ? fenceUntrusted(`error: ${message}`) : `error: ${message}\n`);
    if (exitCodeOf(error) === exitCodes.internal && error instanceof Error && error.stack) {
      io.stderr(`${error.stack}\n`);
    }
    return exitCodeOf(error);
  }
}
