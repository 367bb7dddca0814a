import { interpolate, type Variables } from './interpolate.ts';

/** One `KEY=value` of an env file, with the line it is on. */
export interface EnvEntry {
  key: string;
  value: string;
  line: number;
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;

function unquote(raw: string, known: Variables): string {
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.length > 1) {
    const end = raw.indexOf(quote, 1);
    if (end > 0) {
      const inner = raw.slice(1, end);
      if (quote === "'") return inner;
      return interpolateLenient(inner.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1'), known);
    }
  }
  // Unquoted: an inline comment starts at " #".
  return interpolateLenient(raw.replace(/\s+#.*$/, '').trim(), known);
}

/** Values may use earlier variables; a malformed reference stays as written. */
function interpolateLenient(text: string, known: Variables): string {
  try {
    return interpolate(text, known).value;
  } catch {
    return text;
  }
}

/** The entries of a `.env` file as Compose reads it: comments, `export`, quotes, `${VAR}` references. */
export function parseEnvFile(text: string, base: Variables = new Map()): EnvEntry[] {
  const entries: EnvEntry[] = [];
  const known = new Map(base);
  text.split(/\r?\n/).forEach((raw, index) => {
    if (/^\s*(#|$)/.test(raw)) return;
    const match = ASSIGNMENT.exec(raw);
    if (!match) return;
    const value = unquote(match[2]!.trim(), known);
    known.set(match[1]!, value);
    entries.push({ key: match[1]!, value, line: index + 1 });
  });
  return entries;
}

export function envVariables(entries: readonly EnvEntry[]): Map<string, string> {
  return new Map(entries.map((entry) => [entry.key, entry.value]));
}
