import { basename, dirname } from 'node:path';
import { interpolate } from './interpolate.ts';
import { parseExposeItem, PortSyntaxError } from './port-spec.ts';
import type { ScanContext } from './scan-context.ts';
import type { PortDeclaration } from './types.ts';

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Instructions with `\` continuations joined and comments dropped, each at its first line. */
export function instructions(text: string): Instruction[] {
  const escape = /^#\s*escape\s*=\s*`/im.test(text.split('\n').slice(0, 5).join('\n')) ? '`' : '\\';
  const result: Instruction[] = [];
  let current: Instruction | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!current && /^\s*(#|$)/.test(raw)) return;
    if (current && /^\s*#/.test(raw)) return;
    const continued = raw.trimEnd().endsWith(escape);
    const body = continued ? raw.trimEnd().slice(0, -1) : raw;
    if (current) current.args += ` ${body.trim()}`;
    else {
      // Always matches: a line of only `\` (an empty keyword) or a stray `\r` included.
      const match = /^\s*(\S*)\s*(.*)$/s.exec(body)!;
      current = { keyword: match[1]!.toUpperCase(), args: match[2]!, line: index + 1 };
    }
    if (!continued) {
      result.push(current);
      current = undefined;
    }
  });
  if (current) result.push(current);
  return result;
}

/** `ARG a=1 b`, `ENV a=1 b=2` or the old `ENV key value`. */
function assignments(args: string, keyword: string): [string, string | undefined][] {
  if (keyword === 'ENV' && !/^\S+=/.test(args.trim())) {
    const match = /^(\S+)\s+(.*)$/.exec(args.trim());
    return match ? [[match[1]!, match[2]!]] : [];
  }
  return (args.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []).map((word) => {
    const equals = word.indexOf('=');
    if (equals < 0) return [word, undefined];
    return [word.slice(0, equals), word.slice(equals + 1).replace(/^(["'])(.*)\1$/, '$2')];
  });
}

function expand(text: string, variables: Map<string, string>): string {
  try {
    return interpolate(text, variables).value;
  } catch {
    return text;
  }
}

/** The service a Dockerfile builds: `Dockerfile.api` → api, else its directory's name. */
export function dockerfileService(file: string): string {
  const name = basename(file);
  const suffix = /^Dockerfile\.(.+)$/i.exec(name)?.[1] ?? /^(.+)\.Dockerfile$/i.exec(name)?.[1];
  return suffix ?? (basename(dirname(file)) || 'root');
}

/**
 * EXPOSE of the final stage (and of the stages it is built `FROM`), with ARG and ENV values
 * substituted. A word that is still not a port after substitution is reported, not guessed.
 */
export function dockerfileDeclarations(context: ScanContext, path: string): PortDeclaration[] {
  const file = context.relative(path);
  const service = dockerfileService(file);
  const project = dirname(file);
  const globalArgs = new Map<string, string>();
  const stages = new Map<string, PortDeclaration[]>();
  let exposed: PortDeclaration[] = [];
  let variables = new Map<string, string>();
  let inStage = false;
  for (const { keyword, args, line } of instructions(context.readText(path))) {
    if (keyword === 'FROM') {
      const [image = '', , alias] = expand(args, globalArgs)
        .replace(/--\S+\s*/g, '')
        .trim()
        .split(/\s+/);
      exposed = [...(stages.get(image.toLowerCase()) ?? [])];
      variables = new Map();
      inStage = true;
      if (alias) stages.set(alias.toLowerCase(), exposed);
    } else if (keyword === 'ARG' || keyword === 'ENV') {
      for (const [name, value] of assignments(args, keyword)) {
        const resolved =
          value === undefined
            ? inStage
              ? globalArgs.get(name)
              : undefined
            : expand(value, new Map([...globalArgs, ...variables]));
        if (resolved === undefined) continue;
        (inStage ? variables : globalArgs).set(name, resolved);
      }
    } else if (keyword === 'EXPOSE') {
      for (const word of expand(args, variables).split(/\s+/).filter(Boolean)) {
        try {
          const { target, protocol } = parseExposeItem(word);
          exposed.push({
            source: 'dockerfile',
            project,
            projectId: `dockerfile:${file}`,
            service,
            aliases: [],
            file,
            line,
            hostIp: '',
            published: null,
            target,
            protocol,
          });
        } catch (error) {
          if (!(error instanceof PortSyntaxError)) throw error;
          context.add({
            rule: 'unresolved-expose',
            severity: 'warning',
            message: `EXPOSE ${word}: ${error.message}`,
            file,
            line,
          });
        }
      }
    }
  }
  return exposed;
}
