import { lineIndex } from '../lines.ts';
import { joinPath, type Route } from './route.ts';

/** `methods=[...]` among a decorator's other arguments, up to its `)` within a bounded stretch. */
function listedMethods(text: string, from: number): string | undefined {
  const rest = text.slice(from, from + 1000);
  const close = rest.indexOf(')');
  return /methods\s*=\s*\[([^\]]{0,300})\]/.exec(close === -1 ? rest : rest.slice(0, close))?.[1];
}

// Each pattern stays linear on a stranger's file: a leading word only at a word start, every
// span bounded (a path is one line of at most 512 characters, arguments at most 1,000).

/** FastAPI (`@app.get`, `APIRouter(prefix=...)`) and Flask (`@app.route(methods=[...])`, `Blueprint(url_prefix=...)`). */
export function pythonRoutes(text: string, file: string): Route[] {
  const lineOf = lineIndex(text);
  const prefixes = new Map<string, string>();
  for (const match of text.matchAll(
    /(?<!\w)(\w+)\s*=\s*(?:APIRouter|Blueprint)\([^)]{0,300}?(?:url_prefix|prefix)\s*=\s*['"]([^'"\n]{0,512})['"]/g,
  )) {
    prefixes.set(match[1]!, match[2]!);
  }
  for (const match of text.matchAll(
    /\.(?:include_router|register_blueprint)\(\s*(\w+)\s*,[^)]{0,300}?(?:url_prefix|prefix)\s*=\s*['"]([^'"\n]{0,512})['"]/g,
  )) {
    prefixes.set(match[1]!, joinPath(match[2]!, prefixes.get(match[1]!) ?? ''));
  }
  const routes: Route[] = [];
  for (const match of text.matchAll(
    /@(\w+)\.(get|post|put|patch|delete|head|options|api_route|route)\(\s*['"]([^'"\n]{0,512})['"]/g,
  )) {
    const [, variable, kind, path] = match as unknown as [string, string, string, string];
    const listed = kind.endsWith('route')
      ? listedMethods(text, match.index + match[0].length)
      : undefined;
    const methods =
      kind === 'route' || kind === 'api_route'
        ? listed
          ? [...listed.matchAll(/['"](\w+)['"]/g)].map((method) => method[1]!.toUpperCase())
          : ['GET']
        : [kind.toUpperCase()];
    for (const method of methods) {
      routes.push({
        method,
        path: joinPath(prefixes.get(variable) ?? '', path),
        file,
        line: lineOf(match.index),
      });
    }
  }
  return routes;
}
