import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  readBoolean,
  readDuration,
  readEnum,
  readInteger,
  readLines,
  readList,
  readRegExp,
  readString,
  UsageError,
  Workspace,
  workspaceOf,
  type InputSource,
  type RunContext,
} from '@flow-actions/kit';
import { readComposeFlags } from './compose-flags.ts';
import { COMPOSE_CHOICES, type ComposeChoice, type ComposeProject } from './compose.ts';
import type { NamedUrl, StatusMatcher } from './http-checks.ts';
import type { GrpcTarget } from './grpc-health.ts';
import type { LatencyBudget } from './latency.ts';
import { DEFAULT_LOG_ERROR_PATTERN } from './log-errors.ts';
import { defaultProjectName, sanitizeProjectName } from './project-name.ts';
import { TEARDOWN_POLICIES, type TeardownPolicy } from './teardown.ts';

/**
 * Compose's service and profile names (`[a-zA-Z0-9._-]+` in the Compose spec), not starting with
 * "-": they are arguments of `docker compose up`, where such a name would be read as an option.
 */
const COMPOSE_NAME = /^[a-zA-Z0-9._][a-zA-Z0-9._-]*$/;

function readComposeNames(inputs: InputSource, name: 'services' | 'profiles'): string[] {
  const names = readList(inputs, name);
  const bad = names.find((item) => !COMPOSE_NAME.test(item));
  if (bad !== undefined)
    throw new UsageError(
      `${inputs.describe(name)}: ${JSON.stringify(bad)} is not a Compose name (letters, digits, ".", "_" and "-", not first)`,
      { input: name },
    );
  return names;
}

export interface Settings {
  /** Absolute; compose files, env-file and the test command are relative to it. */
  workingDirectory: string;
  composeFiles: string[];
  projectName: string;
  profiles: string[];
  services: string[];
  envFile: string | undefined;
  build: boolean;
  /** Extra flags for `compose up` and for the teardown's `compose down` (validated). */
  upFlags: string[];
  downFlags: string[];
  composeCommand: ComposeChoice;
  waitTimeoutMs: number;
  healthUrls: NamedUrl[];
  expectStatus: StatusMatcher;
  metricsUrls: NamedUrl[];
  requiredMetrics: string[];
  grpcHealth: GrpcTarget[];
  latencyBudgets: LatencyBudget[];
  latencySamples: number;
  testCommand: string | undefined;
  testTimeoutMs: number;
  logErrorPattern: RegExp;
  maxLogErrors: number | undefined;
  /** Absolute; relative to the workspace, so upload-artifact finds it under the same path. */
  logsDir: string;
  /** Reads and writes confined to the workspace (and the temp directory for outputs). */
  files: Workspace;
  teardown: TeardownPolicy;
}

/** Compose's own default file names, in the order it looks for them. */
export const DEFAULT_COMPOSE_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
];

function readComposeFiles(inputs: InputSource, cwd: string): string[] {
  const given = readList(inputs, 'compose-files');
  if (given.length === 0) {
    const found = DEFAULT_COMPOSE_FILES.find((name) => existsSync(join(cwd, name)));
    if (!found) {
      throw new UsageError(
        `${inputs.describe('compose-files')}: no ${DEFAULT_COMPOSE_FILES.join(', ')} in ${cwd}; name the compose file`,
        { input: 'compose-files' },
      );
    }
    return [join(cwd, found)];
  }
  return given.map((file) => {
    const path = resolve(cwd, file);
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new UsageError(
        `${inputs.describe('compose-files')}: ${file} does not exist (looked in ${cwd})`,
        {
          input: 'compose-files',
          location: { file },
        },
      );
    }
    return path;
  });
}

/** Lines `name=url` or `url`; a url may use `${FLOW_E2E_<SERVICE>_<PORT>}` for a published port. */
export function readNamedUrls(inputs: InputSource, name: string): NamedUrl[] {
  return readLines(inputs, name).map((line, index) => {
    const named = /^([\w.-]+)\s*=\s*(\S+)$/.exec(line);
    const url = named ? named[2]! : line;
    try {
      const parsed = new URL(url.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, '1'));
      if (!/^https?:$/.test(parsed.protocol)) throw new Error('not http or https');
    } catch {
      throw new UsageError(
        `${inputs.describe(name)}: line ${index + 1}: expected name=url or url, got ${JSON.stringify(line)}`,
        {
          input: name,
        },
      );
    }
    return { name: named ? named[1]! : url, url };
  });
}

/** Lines `host:port[/service]`; the port may be a `${FLOW_E2E_<SERVICE>_<PORT>}` placeholder. */
function readGrpcTargets(inputs: InputSource): GrpcTarget[] {
  return readLines(inputs, 'grpc-health').map((line, index) => {
    const match = /^([\w.-]+|\[[\da-fA-F:]+\]):(\d+|\$\{[A-Za-z_]\w*\})(?:\/([\w.-]*))?$/.exec(
      line,
    );
    if (!match)
      throw new UsageError(
        `${inputs.describe('grpc-health')}: line ${index + 1}: expected host:port or host:port/service, got ${JSON.stringify(line)}`,
        { input: 'grpc-health' },
      );
    return { address: `${match[1]}:${match[2]}`, service: match[3] ?? '' };
  });
}

/** Lines `<url-prefix> <ms>`. */
function readLatencyBudgets(inputs: InputSource): LatencyBudget[] {
  return readLines(inputs, 'latency-budgets').map((line, index) => {
    const match = /^(\S+)\s+(\d+(?:\.\d+)?)\s*(?:ms)?$/.exec(line);
    if (!match || !(Number(match[2]) > 0))
      throw new UsageError(
        `${inputs.describe('latency-budgets')}: line ${index + 1}: expected <url-prefix> <milliseconds>, got ${JSON.stringify(line)}`,
        { input: 'latency-budgets' },
      );
    return { prefix: match[1]!, ms: Number(match[2]) };
  });
}

function readExpectStatus(inputs: InputSource): StatusMatcher {
  const entries = readList(inputs, 'expect-status').map((entry) => entry.toLowerCase());
  for (const entry of entries) {
    if (!/^([1-5]\d\d|[1-5]xx)$/.test(entry)) {
      throw new UsageError(
        `${inputs.describe('expect-status')}: expected status codes like 200 or 2xx, got ${JSON.stringify(entry)}`,
        {
          input: 'expect-status',
        },
      );
    }
  }
  return entries.length > 0 ? entries : ['2xx'];
}

function readDirectory(inputs: InputSource, name: string, base: string): string {
  const path = resolve(base, readString(inputs, name) ?? '.');
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new UsageError(`${inputs.describe(name)}: ${path} is not a directory`, { input: name });
  }
  return path;
}

function readFile(inputs: InputSource, name: string, base: string): string | undefined {
  const value = readString(inputs, name);
  if (value === undefined) return undefined;
  const path = resolve(base, value);
  if (!existsSync(path))
    throw new UsageError(`${inputs.describe(name)}: ${value} does not exist`, {
      input: name,
      location: { file: value },
    });
  return path;
}

/**
 * logs-dir, refused before anything starts when it leads outside the workspace and the
 * runner's temp directory (through a symlink checked in by the pull request, say). Its files are
 * written through kit's Workspace, which checks again and never writes through a link.
 */
function readLogsDir(
  context: Pick<RunContext, 'inputs' | 'workspace' | 'tempDir'>,
): Pick<Settings, 'logsDir' | 'files'> {
  const given = readString(context.inputs, 'logs-dir');
  const logsDir = resolve(context.workspace, given ?? join(context.tempDir, 'flow-e2e-logs'));
  const inside = (root: string) => !relative(root, logsDir).startsWith('..');
  // The pull request controls what is in the workspace, not what is in the temp directory.
  if (!inside(context.tempDir) || inside(context.workspace)) {
    const workspace = new Workspace(context.workspace);
    try {
      // The nearest existing ancestor is where a link would lead out.
      for (let dir = logsDir; workspace.resolve(dir).real === undefined; dir = dirname(dir));
    } catch {
      throw new UsageError(
        `${context.inputs.describe('logs-dir')}: ${JSON.stringify(given)} leads outside the workspace and the runner's temp directory`,
        { input: 'logs-dir' },
      );
    }
  }
  return { logsDir, files: workspaceOf(context) };
}

export function readSettings(
  context: Pick<RunContext, 'inputs' | 'workspace' | 'env' | 'tempDir'>,
): Settings {
  const { inputs } = context;
  const workingDirectory = readDirectory(inputs, 'working-directory', context.workspace);
  const givenName = readString(inputs, 'project-name');
  const projectName = sanitizeProjectName(givenName ?? defaultProjectName(context.env));
  if (!projectName)
    throw new UsageError(
      `${inputs.describe('project-name')}: ${JSON.stringify(givenName)} has no letter or digit`,
      { input: 'project-name' },
    );
  return {
    workingDirectory,
    composeFiles: readComposeFiles(inputs, workingDirectory),
    projectName,
    profiles: readComposeNames(inputs, 'profiles'),
    services: readComposeNames(inputs, 'services'),
    envFile: readFile(inputs, 'env-file', workingDirectory),
    build: readBoolean(inputs, 'build', true),
    upFlags: readComposeFlags(inputs, 'up-flags'),
    downFlags: readComposeFlags(inputs, 'down-flags'),
    composeCommand: readEnum(inputs, 'compose-command', COMPOSE_CHOICES, 'auto'),
    waitTimeoutMs: readDuration(inputs, 'wait-timeout') ?? 180_000,
    healthUrls: readNamedUrls(inputs, 'health-urls'),
    expectStatus: readExpectStatus(inputs),
    metricsUrls: readNamedUrls(inputs, 'metrics-urls'),
    requiredMetrics: readList(inputs, 'required-metrics'),
    grpcHealth: readGrpcTargets(inputs),
    latencyBudgets: readLatencyBudgets(inputs),
    latencySamples: readInteger(inputs, 'latency-samples', { min: 1, max: 1000 }) ?? 20,
    testCommand: readString(inputs, 'test-command'),
    testTimeoutMs: readDuration(inputs, 'test-timeout') ?? 30 * 60_000,
    logErrorPattern:
      readRegExp(inputs, 'log-error-pattern') ?? new RegExp(DEFAULT_LOG_ERROR_PATTERN),
    maxLogErrors: readInteger(inputs, 'max-log-errors', { min: 0 }),
    ...readLogsDir(context),
    teardown: readEnum(inputs, 'teardown', TEARDOWN_POLICIES, 'always'),
  };
}

/** The Compose project every call of the run (and the post step's teardown) works on. */
export function projectOf(settings: Settings): ComposeProject {
  return {
    name: settings.projectName,
    files: settings.composeFiles,
    envFile: settings.envFile,
    profiles: settings.profiles,
    cwd: settings.workingDirectory,
  };
}
