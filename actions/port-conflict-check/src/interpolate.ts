/**
 * Variable interpolation as Compose does it: `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty),
 * `${VAR-default}` (unset), `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, `$$` for a
 * literal `$`; defaults and alternatives may themselves hold variables. A `$` followed by neither
 * a name nor `{` stays as written, as Compose v2 keeps it; a malformed `${...}` is an error.
 */
export type Variables = ReadonlyMap<string, string>;

export class InterpolationError extends Error {
  override name = 'InterpolationError';
}

export interface InterpolationResult {
  value: string;
  /** Variables used without a value and without a default: Compose warns and uses "". */
  unset: string[];
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'] as const;

/** Index just past the `}` that closes the `${` opened before `start`, or -1. */
function closingBrace(text: string, start: number): number {
  let depth = 1;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '$' && text[index + 1] === '$') index++;
    else if (text[index] === '$' && text[index + 1] === '{') {
      depth++;
      index++;
    } else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

function expandBraced(
  body: string,
  variables: Variables,
  unset: string[],
  original: string,
): string {
  const name = NAME.exec(body)?.[0];
  if (!name)
    throw new InterpolationError(`invalid interpolation format for ${JSON.stringify(original)}`);
  const rest = body.slice(name.length);
  const value = variables.get(name);
  if (rest === '') {
    if (value === undefined) unset.push(name);
    return value ?? '';
  }
  const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
  if (!operator)
    throw new InterpolationError(`invalid interpolation format for ${JSON.stringify(original)}`);
  const argument = () => expand(rest.slice(operator.length), variables, unset, original);
  const empty = operator.startsWith(':') ? !value : value === undefined;
  switch (operator) {
    case ':-':
    case '-':
      return empty ? argument() : value!;
    case ':?':
    case '?': {
      if (!empty) return value!;
      const message = argument();
      throw new InterpolationError(
        `required variable ${name} is missing a value${message ? `: ${message}` : ''}`,
      );
    }
    default:
      return empty ? '' : argument();
  }
}

function expand(text: string, variables: Variables, unset: string[], original: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const dollar = text.indexOf('$', index);
    if (dollar < 0) return out + text.slice(index);
    out += text.slice(index, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      out += '$';
      index = dollar + 2;
    } else if (next === '{') {
      const close = closingBrace(text, dollar + 2);
      if (close < 0)
        throw new InterpolationError(
          `invalid interpolation format for ${JSON.stringify(original)}`,
        );
      out += expandBraced(text.slice(dollar + 2, close), variables, unset, original);
      index = close + 1;
    } else {
      const name = NAME.exec(text.slice(dollar + 1))?.[0];
      if (!name) {
        // Compose v2 keeps `$(cmd)`, `$5` and a lone `$` as written (v1 refused them).
        out += '$';
        index = dollar + 1;
        continue;
      }
      const value = variables.get(name);
      if (value === undefined) unset.push(name);
      out += value ?? '';
      index = dollar + 1 + name.length;
    }
  }
  return out;
}

export function interpolate(text: string, variables: Variables): InterpolationResult {
  const unset: string[] = [];
  if (!text.includes('$')) return { value: text, unset };
  return { value: expand(text, variables, unset, text), unset };
}
