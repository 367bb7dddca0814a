import { appendFileSync } from 'node:fs';
import { randomHex } from '../random.ts';
import { escapeCommandData, escapeCommandProperty } from '../safe-output.ts';

/*
 * The runner's protocol, as GitHub documents it: workflow commands on stdout
 * (`::error file=a.ts,line=3,title=t::message`) and file commands appended to the files the
 * runner names in GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY. @actions/core speaks it
 * too, but importing it loads its HTTP client (undici, for OIDC tokens): about 60 ms of every
 * action's start, for the six calls below.
 */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export type CommandName = 'error' | 'warning' | 'notice' | 'debug';

/** One workflow command; message and properties escaped so they stay one command. */
export function issueCommand(
  command: CommandName,
  message: string,
  properties: AnnotationProperties = {},
): void {
  const fields: [string, string | number | undefined][] = [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['endLine', properties.endLine],
  ];
  const list = fields
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${list ? ` ${list}` : ''}::${escapeCommandData(message)}\n`);
}

export const isDebug = (): boolean => process.env.RUNNER_DEBUG === '1';

/**
 * `name<<delimiter`, the value, `delimiter`: a multi-line value as one entry. The delimiter is
 * random, so no value can end the entry early.
 */
function appendEntry(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE', name: string, value: string) {
  const file = process.env[variable];
  if (!file) return false;
  const delimiter = `ghadelimiter_${randomHex(16)}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
  return true;
}

/** A step output. Outside a runner (no GITHUB_OUTPUT) there is nowhere to set it: say so in debug. */
export function setOutput(name: string, value: string): void {
  if (!appendEntry('GITHUB_OUTPUT', name, value))
    issueCommand('debug', `no GITHUB_OUTPUT: output ${name} not set`);
}

/** State for the post step, which reads it back as STATE_<name>. */
export function saveState(name: string, value: string): void {
  if (!appendEntry('GITHUB_STATE', name, value))
    issueCommand('debug', `no GITHUB_STATE: state ${name} not saved`);
}

/** Markdown appended to the job summary; false when the runner gave no summary file. */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return true;
}
