import {
  inputError,
  readBoolean,
  readEnum,
  readInteger,
  readList,
  readRegExp,
  readRange,
  readString,
  Workspace,
  type InputSource,
  type RangeInputs,
  type RunContext,
} from '@flow-actions/kit';
import type { DefaultRules } from './defaults.ts';

export const DEFAULT_TYPES = [
  'feat',
  'fix',
  'docs',
  'style',
  'refactor',
  'perf',
  'test',
  'build',
  'ci',
  'chore',
  'revert',
];
export const DEFAULT_REFERENCE_PATTERN = String.raw`(Closes|Fixes|Resolves|Refs) #\d+|Refs: [A-Z][A-Z0-9]+-\d+`;

export interface Settings {
  /**
   * The commitlint configuration: the `config` input's file, `auto` (the one found in the
   * workspace, looked for when the run starts), or undefined for our defaults.
   */
  config: { file: string } | 'auto' | undefined;
  defaults: DefaultRules;
  /** `workspaces` or `folders:<glob>`: derive the scopes from the repository. */
  scopesFrom: string | undefined;
  prTitle: boolean;
  commits: boolean;
  branchPattern: RegExp | undefined;
  /** Branches exempt from branch-pattern besides the default branch. */
  protectedBranches: string[];
  ignoreAuthors: string[];
  /** The commit range, from the event or the CLI's --from/--to. */
  range: RangeInputs;
  /** The CLI's single message: a file to read (--edit) or the text (--message). */
  message: { file: string } | { text: string } | undefined;
  /** https://github.com/owner/repo, for links to commits; undefined on the command line. */
  repositoryUrl: string | undefined;
}

/** A list input; its action.yml default when it is not given at all (an empty value is none). */
function listOr(inputs: InputSource, name: string, fallback: string[]): string[] {
  return inputs.get(name) === undefined ? fallback : readList(inputs, name);
}

/** The configuration file: the `config` input's, confined to the workspace, or the one found. */
function configSetting(inputs: InputSource, ws: Workspace): Settings['config'] {
  const value = readString(inputs, 'config') ?? 'auto';
  if (value === 'auto') return 'auto';
  if (value === 'none') return undefined;
  const confined = ws.resolve(value, { input: 'config' });
  if (ws.statSync(value, { input: 'config' })?.kind !== 'file')
    throw inputError('config', `${confined.display} does not exist or is not a file`);
  return confined.real ? { file: confined.real } : undefined;
}

/** The CLI's single message: --edit (a commit-msg hook's file) or --message. */
function messageSource(context: SettingsContext): Settings['message'] {
  if (context.mode !== 'cli') return undefined; // options of the CLI only, not action inputs
  const edit = readString(context.inputs, 'edit');
  if (edit) return { file: edit === 'true' ? '.git/COMMIT_EDITMSG' : edit };
  const text = context.inputs.get('message');
  return text === undefined ? undefined : { text };
}

type SettingsContext = Pick<RunContext, 'inputs' | 'workspace' | 'mode' | 'event' | 'log' | 'env'>;

/** Every input, read once: action.yml holds the defaults (a test checks that code agrees). */
export function readSettings(context: SettingsContext): Settings {
  const { inputs } = context;
  const ws = new Workspace(context.workspace);
  const scopes = readList(inputs, 'scopes');
  const types = readList(inputs, 'types');
  return {
    config: configSetting(inputs, ws),
    defaults: {
      types: types.length ? types : DEFAULT_TYPES,
      scopes: scopes.length === 1 && scopes[0] === 'any' ? [] : scopes,
      scopeRequired: readBoolean(inputs, 'scope-required', false),
      headerMaxLength: readInteger(inputs, 'header-max-length', { min: 10 }) ?? 72,
      bodyMaxLineLength: readInteger(inputs, 'body-max-line-length', { min: 10 }) ?? 100,
      imperative: readBoolean(inputs, 'imperative', true),
      references: readEnum(inputs, 'references', ['none', 'optional', 'required'], 'optional'),
      referencePattern:
        readRegExp(inputs, 'reference-pattern') ?? new RegExp(DEFAULT_REFERENCE_PATTERN),
      fixup: readEnum(inputs, 'fixup', ['fail', 'warn', 'allow'], 'warn'),
    },
    scopesFrom: readString(inputs, 'scopes-from'),
    prTitle: readBoolean(inputs, 'pr-title', true),
    commits: readBoolean(inputs, 'commits', true),
    branchPattern: readRegExp(inputs, 'branch-pattern'),
    protectedBranches: listOr(inputs, 'protected-branches', ['main', 'master', 'develop']),
    ignoreAuthors: listOr(inputs, 'ignore-authors', ['dependabot[bot]', 'renovate[bot]']).map(
      (author) => author.toLowerCase(),
    ),
    range: readRange(context),
    message: messageSource(context),
    repositoryUrl:
      context.mode === 'action' && context.env.GITHUB_SERVER_URL && context.env.GITHUB_REPOSITORY
        ? `${context.env.GITHUB_SERVER_URL}/${context.env.GITHUB_REPOSITORY}`
        : undefined,
  };
}
