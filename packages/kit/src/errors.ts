/**
 * Three ways a run can end badly, each with its own exit behaviour:
 * - UsageError: the caller gave bad input (an input, a file, a config). Fix the input.
 * - PolicyFailure: the input was fine and the gate said no (findings of severity error).
 * - anything else is an internal fault: a bug or an environment problem.
 */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
}

export class UsageError extends Error {
  override name = 'UsageError';
  readonly input: string | undefined;
  readonly location: Location | undefined;
  constructor(
    message: string,
    options: { input?: string; location?: Location; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.input = options.input;
    this.location = options.location;
  }
}

export class PolicyFailure extends Error {
  override name = 'PolicyFailure';
}

/** Exit codes of the CLI; the runner only distinguishes zero from non-zero. */
export const exitCodes = { ok: 0, policy: 1, usage: 2, internal: 3 } as const;

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return exitCodes.usage;
  if (error instanceof PolicyFailure) return exitCodes.policy;
  return exitCodes.internal;
}

/** "file:line:column: " prefix for messages that point into a file. */
export function formatLocation(location: Location | undefined): string {
  if (!location?.file) return '';
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  return `${text}: `;
}

export function describeError(error: unknown): string {
  if (error instanceof UsageError) {
    const where = formatLocation(error.location);
    const named =
      error.message.includes(`'${error.input}'`) || error.message.includes(`--${error.input}`);
    const input = error.input && !named ? `input '${error.input}': ` : '';
    return `${input}${where}${error.message}`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
