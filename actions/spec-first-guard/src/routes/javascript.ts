import { lineIndex } from '../lines.ts';
import { joinPath, type Route } from './route.ts';

const METHODS = 'get|post|put|patch|delete|head|options|all';

/** Receivers whose `.get('/x')` is a request made, not a route served. */
const HTTP_CLIENTS = new Set([
  'axios',
  'http',
  'https',
  'fetch',
  'request',
  'superagent',
  'supertest',
  'client',
  'ky',
  'got',
  '$http',
]);
const QUOTED = String.raw`['"\`]([^'"\`]*)['"\`]`;

/** `router = new Router({ prefix: '/api' })` (Koa) and `app.use('/api', router)` (Express) in the same file. */
function prefixes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(
    new RegExp(String.raw`(\w+)\s*=\s*new\s+Router\(\s*\{[^}]*prefix:\s*${QUOTED}`, 'g'),
  )) {
    found.set(match[1]!, match[2]!);
  }
  for (const match of text.matchAll(
    new RegExp(String.raw`\.use\(\s*${QUOTED}\s*,\s*(\w+)\s*\)`, 'g'),
  )) {
    found.set(match[2]!, joinPath(match[1]!, found.get(match[2]!) ?? ''));
  }
  return found;
}

function nestRoutes(text: string, file: string, lineOf: (offset: number) => number): Route[] {
  const routes: Route[] = [];
  const pattern = new RegExp(
    String.raw`@Controller\(\s*(?:${QUOTED}|\{[^}]*path:\s*${QUOTED}[^}]*\})?\s*\)|@(Get|Post|Put|Patch|Delete|Head|Options|All)\(\s*(?:${QUOTED})?\s*\)`,
    'g',
  );
  let prefix = '';
  for (const match of text.matchAll(pattern)) {
    if (match[0].startsWith('@Controller')) prefix = match[1] ?? match[2] ?? '';
    else {
      const method = match[3]!.toUpperCase();
      routes.push({
        method: method === 'ALL' ? 'ANY' : method,
        path: joinPath(`/${prefix}`, match[4] ?? ''),
        file,
        line: lineOf(match.index),
      });
    }
  }
  return routes;
}

/** Express, Koa and Fastify: `app.get('/x')`, `router.route('/x').get()`, `fastify.route({ method, url })`; NestJS decorators. */
export function javascriptRoutes(text: string, file: string): Route[] {
  const lineOf = lineIndex(text);
  if (text.includes('@Controller(')) return nestRoutes(text, file, lineOf);
  const routes: Route[] = [];
  const mounted = prefixes(text);
  const add = (method: string, path: string, variable: string | undefined, offset: number) => {
    if (variable && HTTP_CLIENTS.has(variable)) return;
    const upper = method.toUpperCase();
    routes.push({
      method: upper === 'ALL' ? 'ANY' : upper,
      path: joinPath(mounted.get(variable ?? '') ?? '', path),
      file,
      line: lineOf(offset),
    });
  };
  for (const match of text.matchAll(
    new RegExp(String.raw`\b([A-Za-z_$][\w$]*)\.(${METHODS})\(\s*['"\`](\/[^'"\`]*)['"\`]`, 'g'),
  )) {
    add(match[2]!, match[3]!, match[1], match.index);
  }
  for (const match of text.matchAll(
    new RegExp(
      String.raw`\b([A-Za-z_$][\w$]*)\.route\(\s*['"\`](\/[^'"\`]*)['"\`]\s*\)((?:\s*\.(?:${METHODS})\([^;]*?\))+)`,
      'g',
    ),
  )) {
    for (const chained of match[3]!.matchAll(new RegExp(String.raw`\.(${METHODS})\(`, 'g')))
      add(chained[1]!, match[2]!, match[1], match.index);
  }
  for (const match of text.matchAll(/\.route\(\s*\{([\s\S]{0,600}?)\}\s*\)/g)) {
    const body = match[1]!;
    const url = new RegExp(String.raw`\b(?:url|path):\s*${QUOTED}`).exec(body)?.[1];
    const methods = /\bmethod:\s*(\[[^\]]*\]|['"`]\w+['"`])/.exec(body)?.[1];
    if (!url || !methods) continue;
    for (const method of methods.matchAll(/['"`](\w+)['"`]/g))
      add(method[1]!, url, undefined, match.index);
  }
  return routes;
}
