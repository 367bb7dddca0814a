import { lineIndex } from '../lines.ts';
import { joinPath, type Route } from './route.ts';

interface Scope {
  variable: string;
  prefix: string;
  depth: number;
}

/**
 * net/http (Go 1.22 `"GET /agents/{id}"` patterns), chi (`r.Get`, `r.Route("/x", func(r chi.Router) {...})`),
 * gin and echo (`r.GET`, `g := r.Group("/v1")`).
 */
export function goRoutes(text: string, file: string): Route[] {
  const lineOf = lineIndex(text);
  const routes: Route[] = [];
  const groups = new Map<string, string>();
  const scopes: Scope[] = [];
  let depth = 0;
  const prefixOf = (variable: string | undefined) => {
    const scope = [...scopes].reverse().find((item) => item.variable === variable);
    return scope?.prefix ?? groups.get(variable ?? '') ?? '';
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    // Every pattern below needs a quote or a brace: most lines have neither.
    if (!/["{}]/.test(line)) {
      offset += line.length + 1;
      continue;
    }
    const at = (index: number) => lineOf(offset + index);
    const group = /(?<!\w)(\w+)\s*:?=\s*(\w+)\.Group\(\s*"([^"]{0,512})"/.exec(line);
    if (group) groups.set(group[1]!, joinPath(prefixOf(group[2]), group[3]!));
    for (const match of line.matchAll(
      /\.(?:HandleFunc|Handle)\(\s*"(?:([A-Z]+)\s+)?(\/[^"]{0,512})"/g,
    )) {
      routes.push({ method: match[1] ?? 'ANY', path: match[2]!, file, line: at(match.index) });
    }
    for (const match of line.matchAll(
      /(?<!\w)(\w+)(?:\.With\([^()]{0,300}\))*\.(Get|Post|Put|Patch|Delete|Head|Options|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any)\(\s*"(\/[^"]{0,512})"/g,
    )) {
      const method = match[2]!.toUpperCase();
      routes.push({
        method,
        path: joinPath(prefixOf(match[1]), match[3]!),
        file,
        line: at(match.index),
      });
    }
    for (const match of line.matchAll(
      /(?<!\w)(\w+)\.Method(?:Func)?\(\s*"([A-Z]+)"\s*,\s*"(\/[^"]{0,512})"/g,
    )) {
      routes.push({
        method: match[2]!,
        path: joinPath(prefixOf(match[1]), match[3]!),
        file,
        line: at(match.index),
      });
    }
    const route =
      /(?<!\w)(\w+)\.Route\(\s*"([^"]{0,512})"\s*,\s*func\(\s*(\w+)\s+chi\.Router\s*\)/.exec(line);
    const opened = (line.match(/\{/g) ?? []).length;
    const closed = (line.match(/\}/g) ?? []).length;
    if (route)
      scopes.push({
        variable: route[3]!,
        prefix: joinPath(prefixOf(route[1]), route[2]!),
        depth: depth + 1,
      });
    depth += opened - closed;
    while (scopes.length && depth < scopes[scopes.length - 1]!.depth) scopes.pop();
    offset += line.length + 1;
  }
  return routes;
}
