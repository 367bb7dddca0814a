import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  readBoolean,
  readEnum,
  readInteger,
  readList,
  readRegExp,
  readString,
  UsageError,
  type InputSource,
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
  /** A commitlint configuration file, or undefined for our defaults. */
  configFile: string | undefined;
  defaults: DefaultRules;
  /** `workspaces` or `folders:<glob>`: derive the scopes from the repository. */
  scopesFrom: string | undefined;
  prTitle: boolean;
  commits: boolean;
  branchPattern: RegExp | undefined;
  /** Branches exempt from branch-pattern besides the default branch. */
  protectedBranches: string[];
  ignoreAuthors: string[];
}

function configFile(
  inputs: InputSource,
  workspace: string,
  discover: (dir: string) => string | undefined,
): string | undefined {
  const value = readString(inputs, 'config') ?? 'auto';
  if (value === 'auto') return discover(workspace);
  if (value === 'none') return undefined;
  const path = resolve(workspace, value);
  if (!existsSync(path))
    throw new UsageError(`${inputs.describe('config')}: ${value} does not exist`, {
      input: 'config',
    });
  return path;
}

export function readSettings(
  inputs: InputSource,
  workspace: string,
  discover: (dir: string) => string | undefined,
): Settings {
  const scopes = readList(inputs, 'scopes');
  return {
    configFile: configFile(inputs, workspace, discover),
    defaults: {
      types: readList(inputs, 'types').length ? readList(inputs, 'types') : DEFAULT_TYPES,
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
    protectedBranches: readList(inputs, 'protected-branches'),
    ignoreAuthors: readList(inputs, 'ignore-authors').map((author) => author.toLowerCase()),
  };
}
