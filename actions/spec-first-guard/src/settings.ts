import {
  readBoolean,
  readEnum,
  readGlobs,
  readList,
  readString,
  UsageError,
  type InputSource,
} from '@flow-actions/kit';
import type { BreakingMode } from './breaking/check.ts';
import { globSet, type GlobSet } from './globs.ts';
import type { OpenSpecMode } from './openspec/check.ts';
import { readRulesConfig, type RulesConfig } from './rules-config.ts';
import {
  PRESET_NAMES,
  PRESETS,
  readCompanionRules,
  type CompanionRule,
  type PresetName,
} from '@flow-actions/rules';

export interface Settings {
  specPaths: GlobSet;
  implementationPaths: GlobSet;
  requireSpec: boolean;
  specFirst: boolean;
  sameCommit: 'allow' | 'deny';
  lint: 'changed' | 'all' | 'off';
  routeDrift: 'off' | 'warn' | 'error';
  /** Rules from the `rules` input, then the presets. */
  rules: CompanionRule[];
  /** Rules written by the user (not presets): their `when` globs must match a file. */
  userRules: CompanionRule[];
  /** Each lint rule's level from `rules-config`. */
  rulesConfig: RulesConfig;
  skipLabel: string | undefined;
  breakingChanges: BreakingMode;
  breakingLabel: string | undefined;
  openspec: OpenSpecMode;
  /** CLI only: the range to check when there is no event. */
  from: string | undefined;
  to: string | undefined;
}

function requiredGlobs(inputs: InputSource, name: string): GlobSet {
  const patterns = readGlobs(inputs, name);
  if (patterns.length === 0)
    throw new UsageError(`${inputs.describe(name)}: give at least one glob`, { input: name });
  return globSet(patterns);
}

function readPresets(inputs: InputSource): CompanionRule[] {
  return readList(inputs, 'presets').map((name) => {
    if (!(PRESET_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(
        `${inputs.describe('presets')}: unknown preset ${JSON.stringify(name)} (expected ${PRESET_NAMES.join(', ')})`,
        {
          input: 'presets',
        },
      );
    }
    return PRESETS[name as PresetName];
  });
}

/** Every input, read and checked once: a bad one is an input error naming it. */
export async function readSettings(context: {
  inputs: InputSource;
  workspace: string;
}): Promise<Settings> {
  const { inputs, workspace } = context;
  const userRules = await readCompanionRules({ inputs, workspace });
  const presets = readPresets(inputs);
  for (const preset of presets) {
    if (userRules.some((rule) => rule.name === preset.name)) {
      throw new UsageError(
        `${inputs.describe('rules')}: rule \`${preset.name}\` is also the name of a preset rule`,
        { input: 'rules' },
      );
    }
  }
  return {
    specPaths: requiredGlobs(inputs, 'spec-paths'),
    implementationPaths: requiredGlobs(inputs, 'implementation-paths'),
    requireSpec: readBoolean(inputs, 'require-spec', true),
    specFirst: readBoolean(inputs, 'spec-first', true),
    sameCommit: readEnum(inputs, 'same-commit', ['allow', 'deny'], 'allow'),
    lint: readEnum(inputs, 'lint', ['changed', 'all', 'off'], 'changed'),
    routeDrift: readEnum(inputs, 'route-drift', ['off', 'warn', 'error'], 'warn'),
    rules: [...userRules, ...presets],
    userRules,
    rulesConfig: await readRulesConfig(inputs, workspace),
    skipLabel: readString(inputs, 'skip-label'),
    breakingChanges: readEnum(
      inputs,
      'breaking-changes',
      ['declared', 'error', 'warn', 'off'],
      'declared',
    ),
    breakingLabel: readString(inputs, 'breaking-label'),
    openspec: readEnum(inputs, 'openspec', ['layout', 'complete', 'off'], 'layout'),
    from: readString(inputs, 'from'),
    to: readString(inputs, 'to'),
  };
}
