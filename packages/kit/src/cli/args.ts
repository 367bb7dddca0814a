import { parseArgs } from 'node:util';
import leven from 'leven';
import { UsageError } from '../errors.ts';

export interface ParsedArgs {
  values: Record<string, string>;
  json: boolean;
  help: boolean;
  version: boolean;
  reportFile: string | undefined;
}

/** Options every command has, beside its action's inputs. */
const FLAGS = ['json', 'help', 'version'] as const;
const REPORT_FILE = 'report-file';

/** The known name closest to a mistyped one, when it is close enough to be what was meant. */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  const names = [...known];
  const prefixed = names.find((candidate) => candidate.startsWith(name));
  if (prefixed) return prefixed;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const distance = leven(name, candidate);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  // Two edits covers a swapped pair of letters (--form for --from); short names allow one.
  return best && best.distance <= (name.length >= 4 ? 2 : 1) ? best.name : undefined;
}

/** The option an error of parseArgs is about: its messages quote it as '--name' or '--name <value>'. */
function quotedOption(message: string): string | undefined {
  return /'--?([^'\s]+)/.exec(message)?.[1];
}

function usageErrorOf(error: unknown, known: ReadonlySet<string>): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const name = quotedOption(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name) {
    const nearest = nearestName(name, [...known, ...FLAGS, REPORT_FILE]);
    const hint = nearest ? `; did you mean --${nearest}?` : '; see --help for the options';
    return new UsageError(`unknown option --${name}${hint}`, { input: name });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) {
    const flag = (FLAGS as readonly string[]).includes(name);
    return new UsageError(
      flag
        ? `option --${name} takes no value`
        : `option --${name} needs a value (--${name} <value>, or --${name}=<value> for a value that starts with -)`,
      { input: name },
    );
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const value = /'([^']*)'/.exec(message)?.[1] ?? '';
    return new UsageError(`unexpected argument ${JSON.stringify(value)}: options are --name value`);
  }
  return new UsageError(message);
}

/**
 * A boolean input written bare (`--strict`, last or before another option) means `--strict=true`,
 * as a flag does; every other input needs its value.
 */
function expandBareBooleans(argv: readonly string[], booleans: ReadonlySet<string>): string[] {
  return argv.map((arg, index) => {
    const next = argv[index + 1];
    const bare = arg.startsWith('--') && booleans.has(arg.slice(2));
    return bare && (next === undefined || next.startsWith('-')) ? `${arg}=true` : arg;
  });
}

/**
 * `--name value` or `--name=value` for each known input (repeated: one line each), `--json`,
 * `--help`/`-h`, `--version`, `--report-file path`. Node's util.parseArgs in strict mode: an
 * option with no value, an unknown option or a stray argument is a UsageError naming it.
 */
export function parseCliArgs(
  argv: readonly string[],
  known: ReadonlySet<string>,
  booleans: ReadonlySet<string> = new Set(),
): ParsedArgs {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    [REPORT_FILE]: { type: 'string' },
  };
  for (const name of known) options[name] = { type: 'string', multiple: true };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: expandBareBooleans(argv, booleans),
      options,
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw usageErrorOf(error, known);
  }
  const values: Record<string, string> = {};
  for (const name of known) {
    const given = parsed.values[name] as string[] | undefined;
    if (given) values[name] = given.join('\n');
  }
  const flag = (name: string) => parsed.values[name] === true;
  return {
    values,
    json: flag('json'),
    help: flag('help'),
    version: flag('version'),
    reportFile: parsed.values[REPORT_FILE] as string | undefined,
  };
}
