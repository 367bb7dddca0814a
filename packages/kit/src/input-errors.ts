import type { GitHubEvent } from '@flow-actions/github/event';
import { UsageError, type Location } from './errors.ts';
import { walkFilesSync, type WalkOptions } from './files/walk.ts';
import { Workspace } from './files/workspace.ts';
import type { ReadOptions } from './files/read.ts';
import { globSet, isNegated, normalizeGlob, matchesGlob, type GlobSet } from './glob.ts';
import { quoteValue, readGlobs, readString, type InputSource } from './inputs.ts';
import type { Logger } from './safe-output.ts';

/** What the input helpers need of a RunContext (a RunContext is one). */
export interface InputContext {
  inputs: InputSource;
  workspace: string;
}

/**
 * A bad input, to throw: `throw inputError('reports', 'matches no file')`. The message is
 * prefixed with how the input is named where it is reported (input 'x' / option --x).
 */
export function inputError(name: string, message: string, location?: Location): UsageError {
  return new UsageError(message, { input: name, ...(location ? { location } : {}) });
}

export interface ExistingFile {
  /** Repository-relative, `/`-separated. */
  path: string;
  text: string;
}

/**
 * The file an input names, read through the workspace's checks (inside the workspace, a regular
 * file, within `maxBytes`); undefined when the input is not given. A missing file is an error.
 */
export async function readExistingFile(
  context: InputContext,
  name: string,
  options: Omit<ReadOptions, 'input'> = {},
): Promise<ExistingFile | undefined> {
  const given = readString(context.inputs, name);
  if (given === undefined) return undefined;
  const workspace = new Workspace(context.workspace);
  const { display } = workspace.resolve(given, { input: name });
  return { path: display, text: await workspace.readText(given, { ...options, input: name }) };
}

export interface RequiredGlobs {
  patterns: string[];
  set: GlobSet;
  /** The workspace's files the globs select, repository-relative. */
  files: string[];
}

export interface RequiredGlobOptions extends WalkOptions {
  /** The files to match (default: every file of the workspace, .git and node_modules skipped). */
  files?: readonly string[];
  /** Globs that may match nothing (the input's default from action.yml). */
  optional?: readonly string[];
}

/**
 * A glob list input whose every glob the user wrote must match a file: a typo in a glob fails
 * closed (a gate that checks nothing must not pass). `!` globs and `optional` ones may match none.
 */
export function readRequiredGlobs(
  context: InputContext,
  name: string,
  options: RequiredGlobOptions = {},
): RequiredGlobs {
  const patterns = readGlobs(context.inputs, name);
  const set = globSet(patterns);
  if (patterns.length === 0) return { patterns, set, files: [] };
  const all = options.files ?? walkFilesSync(new Workspace(context.workspace), '.', options);
  const optional = new Set((options.optional ?? []).map(normalizeGlob));
  for (const pattern of patterns) {
    if (isNegated(pattern) || optional.has(normalizeGlob(pattern))) continue;
    if (!all.some((file) => matchesGlob(file, pattern)))
      throw new UsageError(
        `${context.inputs.describe(name)}: glob ${quoteValue(pattern)} matches no file`,
        { input: name },
      );
  }
  return { patterns, set, files: all.filter((file) => set.matches(file)) };
}

/** What @flow-actions/git's resolveRange and rangeCommits take (kit cannot import git). */
export interface RangeInputs {
  event: GitHubEvent | undefined;
  from: string | undefined;
  to: string | undefined;
  log: (message: string) => void;
}

/**
 * The commit range of a run: `--from`/`--to` on the command line; on a runner the event gives it
 * (a workflow_dispatch's `from`/`to` inputs included), so stray `from`/`to` inputs are ignored.
 */
export function readRange(context: {
  mode: 'action' | 'cli';
  inputs: InputSource;
  event: GitHubEvent | undefined;
  log: Logger;
}): RangeInputs {
  const cli = context.mode === 'cli';
  return {
    event: context.event,
    from: cli ? readString(context.inputs, 'from') : undefined,
    to: cli ? readString(context.inputs, 'to') : undefined,
    log: (message) => context.log.info(message),
  };
}
