import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { exec, failureText, type ExecOptions, type ExecResult } from './exec.ts';

export type ComposeChoice = 'auto' | 'docker compose' | 'docker-compose';
export const COMPOSE_CHOICES: readonly ComposeChoice[] = [
  'auto',
  'docker compose',
  'docker-compose',
];

/** The Compose CLI to call: v2 is the docker plugin (`docker compose`), v1 the python `docker-compose`. */
export interface ComposeCli {
  program: string;
  prefix: string[];
  generation: 'v1' | 'v2';
}

/** Which project, files and options every Compose call of one run shares. */
export interface ComposeProject {
  name: string;
  files: string[];
  envFile: string | undefined;
  profiles: string[];
  /** Where Compose runs: relative paths inside the compose files resolve from the first file anyway. */
  cwd: string;
}

const V2: ComposeCli = { program: 'docker', prefix: ['compose'], generation: 'v2' };
const V1: ComposeCli = { program: 'docker-compose', prefix: [], generation: 'v1' };

export class ComposeUnavailable extends Error {
  override name = 'ComposeUnavailable';
}

/** Is `program` an executable file on PATH? (Asking docker-compose itself costs a second of Python start-up.) */
export function onPath(program: string, path: string = process.env.PATH ?? ''): boolean {
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, program), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

async function hasV2(): Promise<boolean> {
  const result = await exec('docker', ['compose', 'version']);
  return result.code === 0;
}

/** `auto` takes `docker compose` (v2) when the plugin is there, else `docker-compose` (v1). */
export async function detectCompose(choice: ComposeChoice): Promise<ComposeCli> {
  if (choice !== 'docker-compose' && (await hasV2())) return V2;
  if (choice !== 'docker compose' && onPath('docker-compose')) return V1;
  const wanted =
    choice === 'auto'
      ? 'neither docker compose (v2) nor docker-compose (v1) is'
      : `${choice} is not`;
  throw new ComposeUnavailable(`${wanted} installed`);
}

export function projectArgs(project: ComposeProject): string[] {
  return [
    '--project-name',
    project.name,
    ...project.files.flatMap((file) => ['--file', file]),
    ...(project.envFile ? ['--env-file', project.envFile] : []),
    ...project.profiles.flatMap((profile) => ['--profile', profile]),
  ];
}

export function compose(
  cli: ComposeCli,
  project: ComposeProject,
  args: readonly string[],
  options: Pick<ExecOptions, 'signal' | 'onLine'> = {},
): Promise<ExecResult> {
  // COMPOSE_PROJECT_NAME and friends from the job's environment must not override the options.
  // Compose v1 is Python: unbuffered, its build output arrives as it is printed.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    COMPOSE_PROJECT_NAME: project.name,
    PYTHONUNBUFFERED: '1',
  };
  delete env.COMPOSE_FILE;
  delete env.COMPOSE_PROFILES;
  return exec(cli.program, [...cli.prefix, ...projectArgs(project), ...args], {
    ...options,
    cwd: project.cwd,
    env,
  });
}

/**
 * `up -d`, building images first when asked; only the given services (and what they depend on).
 * The user's up-flags come first, so a flag of theirs can never take a service name as its value.
 */
export function upArgs(options: {
  build: boolean;
  services: readonly string[];
  upFlags?: readonly string[];
}): string[] {
  return [
    'up',
    ...(options.upFlags ?? []),
    '--detach',
    options.build ? '--build' : '--no-build',
    ...options.services,
  ];
}

/** Compose's own words on a failed call, without its progress lines. */
export function composeMessage(result: ExecResult): string {
  const text = failureText(result);
  const lines = text
    .split('\n')
    .filter(
      (line) =>
        !/^\s*(Creating|Starting|Recreating|Building|Pulling|Network|Container)\b.*\b(done|\.\.\.|Created|Started|Creating|Starting)\s*$/.test(
          line,
        ),
    );
  return (lines.join('\n').trim() || text).slice(0, 4000);
}

/** A published port already bound on the host: Compose and the engine word it several ways. */
export function isPortTaken(message: string): boolean {
  return /port is already allocated|address already in use|bind: address already/i.test(message);
}
