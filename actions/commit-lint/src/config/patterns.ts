import { createRequire } from 'node:module';

/** parserOpts that the parser runs as regular expressions on every message. */
const PATTERNS = [
  'headerPattern',
  'breakingHeaderPattern',
  'mergePattern',
  'revertPattern',
  'fieldPattern',
] as const;
/** parserOpts whose items the parser joins into its own regular expressions. */
const PATTERN_LISTS = ['noteKeywords', 'referenceActions', 'issuePrefixes'] as const;

let bounded = false;

/**
 * Bound the time of every regular expression: past 50,000 backtracks in one match, V8 runs it again
 * on its linear-time engine, with the same result. A catastrophic pattern (`^(\w+\s?)*$`) then
 * costs milliseconds instead of hanging the step, and the common pattern keeps the fast engine.
 * Chosen over a worker with a deadline (a thread and a copy of every message, on each run: more
 * than the whole of a 20-commit lint) and over a safe-regex heuristic (it misses `(a|aa)*`).
 */
function boundRegExpTime(): void {
  if (bounded) return;
  // node:v8 loaded here, for a configuration's own patterns only: not at every start (and not with
  // process.getBuiltinModule, missing before Node 20.16, which the CLI runs on).
  const { setFlagsFromString } = createRequire(import.meta.url)(
    'node:v8',
  ) as typeof import('node:v8');
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  // Lets `new RegExp(source, 'l')` tell whether the linear engine can run a pattern at all.
  setFlagsFromString('--enable-experimental-regexp-engine');
  bounded = true;
}

/** Why a pattern cannot run in bounded time, or undefined when it can. */
function unbounded(pattern: unknown): string | undefined {
  if (typeof pattern !== 'string' && !(pattern instanceof RegExp)) return undefined;
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  const flags = typeof pattern === 'string' ? '' : pattern.flags.replace(/[gyd]/g, '');
  try {
    new RegExp(source, flags);
  } catch (error) {
    return (error as Error).message;
  }
  try {
    new RegExp(source, `${flags}l`);
    return undefined;
  } catch {
    return 'it uses a lookaround or a back-reference, which no engine can run in bounded time; rewrite it without them';
  }
}

/**
 * Check the patterns of a configuration's parserOpts: each must compile and run in bounded time.
 * `fail` names the key; the caller adds the file and line.
 */
export function checkPatterns(
  options: Record<string, unknown>,
  fail: (key: string, message: string) => never,
): void {
  boundRegExpTime();
  for (const key of PATTERNS) {
    const problem = unbounded(options[key]);
    if (problem) fail(key, problem);
  }
  for (const key of PATTERN_LISTS) {
    const list = options[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const problem = unbounded(item);
      if (problem) fail(`${key}.${index}`, problem);
      // The parser puts issue prefixes inside a lookbehind, where no fallback engine can help.
      if (key === 'issuePrefixes' && typeof item === 'string' && /\)[*+?{]/.test(item))
        fail(`${key}.${index}`, 'an issue prefix may not repeat a group');
    });
  }
}
