import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

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
  const document = parse(readFileSync(path, 'utf8')) as Partial<ActionMetadata> | null;
  if (!document?.name || !document.runs)
    throw new Error(`${String(path)} is not an action.yml (no name or runs)`);
  const inputs = Object.fromEntries(
    Object.entries(document.inputs ?? {}).map(([name, input]) => [
      name,
      { ...input, ...(input?.default === undefined ? {} : { default: String(input.default) }) },
    ]),
  );
  return { ...document, inputs, outputs: document.outputs ?? {} } as ActionMetadata;
}

/** The runner's variable for an input: spaces to `_`, upper case, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
