import { lineIndex } from '../lines.ts';
import { joinPath, type Route } from './route.ts';

/** FastAPI (`@app.get`, `APIRouter(prefix=...)`) and Flask (`@app.route(methods=[...])`, `Blueprint(url_prefix=...)`). */
export function pythonRoutes(text: string, file: string): Route[] {
  const lineOf = lineIndex(text);
  const prefixes = new Map<string, string>();
  for (const match of text.matchAll(
    /(\w+)\s*=\s*(?:APIRouter|Blueprint)\([^)]*?(?:url_prefix|prefix)\s*=\s*['"]([^'"]*)['"]/g,
  )) {
    prefixes.set(match[1]!, match[2]!);
  }
  for (const match of text.matchAll(
    /\.(?:include_router|register_blueprint)\(\s*(\w+)\s*,[^)]*?(?:url_prefix|prefix)\s*=\s*['"]([^'"]*)['"]/g,
  )) {
    prefixes.set(match[1]!, joinPath(match[2]!, prefixes.get(match[1]!) ?? ''));
  }
  const routes: Route[] = [];
  for (const match of text.matchAll(
    /@(\w+)\.(get|post|put|patch|delete|head|options|api_route|route)\(\s*['"]([^'"]*)['"]([^)]*)\)/g,
  )) {
    const [, variable, kind, path, rest] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    const listed = /methods\s*=\s*\[([^\]]*)\]/.exec(rest)?.[1];
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
