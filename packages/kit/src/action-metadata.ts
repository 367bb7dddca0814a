import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { mapInputs, type InputSource } from './inputs.ts';

export interface InputMetadata {
  description?: string;
  default?: string;
  required?: boolean;
}

export interface ActionMetadata {
  name: string;
  description?: string;
  inputs: Record<string, InputMetadata>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main?: string; post?: string; steps?: unknown[] };
}

/** An action.yml, for the CLI's options and defaults and for the test harness. */
export function readActionMetadata(path: string | URL): ActionMetadata {
  return parseActionMetadata(readFileSync(path, 'utf8'), String(path));
}

/** The text of an action.yml (`name` says which, for the error). */
export function parseActionMetadata(text: string, name: string): ActionMetadata {
  const document = parse(text) as Partial<ActionMetadata> | null;
  if (!document?.name || !document.runs)
    throw new Error(`${name} is not an action.yml (no name or runs)`);
  const inputs = Object.fromEntries(
    Object.entries(document.inputs ?? {}).map(([name, input]) => [
      name,
      { ...input, ...(input?.default === undefined ? {} : { default: String(input.default) }) },
    ]),
  );
  return { ...document, inputs, outputs: document.outputs ?? {} } as ActionMetadata;
}

export { inputVariable } from './input-variable.ts';

/** The literal defaults of action.yml (an expression default like `${{ github.token }}` has none here). */
export function literalDefaults(metadata: ActionMetadata): Record<string, string> {
  return Object.fromEntries(
    Object.entries(metadata.inputs).flatMap(([name, input]) =>
      input.default === undefined || input.default.includes('${{') ? [] : [[name, input.default]],
    ),
  );
}

/**
 * One source of defaults: the inputs whose action.yml default gives other settings than leaving
 * the input out does, i.e. where code writes a default of its own that disagrees. For a test:
 * `expect(await defaultMismatches(metadata, (inputs) => readSettings(inputs))).toEqual([])`.
 * `read` may be async.
 * `given` holds values for required inputs, so `read` can succeed.
 */
export async function defaultMismatches(
  metadata: ActionMetadata,
  read: (inputs: InputSource) => unknown,
  given: Record<string, string> = {},
): Promise<string[]> {
  const settingsOf = async (inputs: Record<string, string>) =>
    JSON.stringify(await read(mapInputs(inputs)));
  const baseline = await settingsOf(given);
  const mismatches: string[] = [];
  for (const [name, value] of Object.entries(literalDefaults(metadata))) {
    if (!(name in given) && (await settingsOf({ ...given, [name]: value })) !== baseline)
      mismatches.push(name);
  }
  return mismatches;
}
