import { readExistingFile, readString, type InputContext } from '@flow-actions/kit';
import { parseCompanionRules, type CompanionRule } from './companion.ts';

/** A rules file is configuration, not data: 1 MiB is far beyond any real one. */
const MAX_RULES_BYTES = 1024 * 1024;

/** The `rules` input: a path to a YAML file in the repository (read confined to it), or the YAML itself. */
export async function readCompanionRules(context: InputContext): Promise<CompanionRule[]> {
  const value = readString(context.inputs, 'rules');
  if (value === undefined) return [];
  if (!value.includes('\n') && /\.ya?ml$/i.test(value) && !/^\s*-/.test(value)) {
    const file = await readExistingFile(context, 'rules', { maxBytes: MAX_RULES_BYTES });
    return parseCompanionRules(file!.text, file!.path);
  }
  return parseCompanionRules(value, undefined);
}
