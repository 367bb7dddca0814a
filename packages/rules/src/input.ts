import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readString, UsageError, type InputSource } from '@flow-actions/kit';
import { parseCompanionRules, type CompanionRule } from './companion.ts';

/** The `rules` input: a path to a YAML file in the repository, or the YAML itself. */
export async function readCompanionRules(
  inputs: InputSource,
  workspace: string,
): Promise<CompanionRule[]> {
  const value = readString(inputs, 'rules');
  if (value === undefined) return [];
  if (!value.includes('\n') && /\.ya?ml$/i.test(value) && !/^\s*-/.test(value)) {
    let text: string;
    try {
      text = await readFile(join(workspace, value), 'utf8');
    } catch (error) {
      throw new UsageError(
        `${inputs.describe('rules')}: cannot read ${value}: ${(error as Error).message}`,
        { input: 'rules' },
      );
    }
    return parseCompanionRules(text, value);
  }
  return parseCompanionRules(value, undefined);
}
