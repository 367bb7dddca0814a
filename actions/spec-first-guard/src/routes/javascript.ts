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
/*
 * Every pattern here runs on a stranger's file, so each stays linear: a capture that starts with
 * a word begins only at a word start (the lookbehind), and every span that could run on is bounded
 * (a path is one line of at most PATH characters, an options object at most OPTIONS).
 */
const PATH = 512;
const OPTIONS = 300;
/** How far after `x.route('/p')` its chained `.get()`/`.post()` calls are looked for. */
const CHAIN = 300;
/** How long Fastify's `route({ ... })` options may be. */
const OBJECT = 600;
const QUOTED = String.raw`['"\`]([^'"\`\n]{0,${PATH}})['"\`]`;

/** `router = new Router({ prefix: '/api' })` (Koa) and `app.use('/api', router)` (Express) in the same file. */
function prefixes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(
    new RegExp(
      String.raw`(?<![\w$])(\w+)\s*=\s*new\s+Router\(\s*\{[^}]{0,${OPTIONS}}?prefix:\s*${QUOTED}`,
      'g',
    ),
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

const CALL = new RegExp(String.raw`\s*\.(${METHODS})\(`, 'y');

/** The method call `.get(...)` starting at `at` (spaces first), to its balanced `)` in the statement. */
function methodCall(text: string, at: number): { method: string; end: number } | undefined {
  CALL.lastIndex = at;
  const match = CALL.exec(text);
  if (!match) return undefined;
  let depth = 1;
  for (let index = CALL.lastIndex; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 59) return undefined; // ; ends the statement
    if (code === 40)
      depth++; // (
    else if (code === 41 && --depth === 0) return { method: match[1]!, end: index + 1 }; // )
  }
  return undefined;
}

function nestRoutes(text: string, file: string, lineOf: (offset: number) => number): Route[] {
  const routes: Route[] = [];
  const pattern = new RegExp(
    String.raw`@Controller\(\s*(?:${QUOTED}|\{[^}]{0,${OPTIONS}}?path:\s*${QUOTED}[^}]{0,${OPTIONS}}\})?\s*\)|@(Get|Post|Put|Patch|Delete|Head|Options|All)\(\s*(?:${QUOTED})?\s*\)`,
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
    new RegExp(
      String.raw`(?<![\w$])([A-Za-z_$][\w$]*)\.(${METHODS})\(\s*['"\`](\/[^'"\`\n]{0,${PATH}})['"\`]`,
      'g',
    ),
  )) {
    add(match[2]!, match[3]!, match[1], match.index);
  }
  for (const match of text.matchAll(
    new RegExp(
      String.raw`(?<![\w$])([A-Za-z_$][\w$]*)\.route\(\s*['"\`](\/[^'"\`\n]{0,${PATH}})['"\`]\s*\)`,
      'g',
    ),
  )) {
    // The chain `.get(...).post(...)` up to the statement's end, read call by call.
    const end = match.index + match[0].length;
    const window = text.slice(end, end + CHAIN);
    for (let at = 0, call = methodCall(window, at); call; call = methodCall(window, at)) {
      add(call.method, match[2]!, match[1], match.index);
      at = call.end;
    }
  }
  for (const match of text.matchAll(/\.route\(\s*\{/g)) {
    // Fastify's options object, up to its `})` within a bounded stretch.
    const start = match.index + match[0].length;
    const stretch = text.slice(start, start + OBJECT);
    const close = stretch.search(/\}\s*\)/);
    if (close === -1) continue;
    const body = stretch.slice(0, close);
    const url = new RegExp(String.raw`\b(?:url|path):\s*${QUOTED}`).exec(body)?.[1];
    const methods = /\bmethod:\s*(\[[^\]]{0,300}\]|['"`]\w+['"`])/.exec(body)?.[1];
    if (!url || !methods) continue;
    for (const method of methods.matchAll(/['"`](\w+)['"`]/g))
      add(method[1]!, url, undefined, match.index);
  }
  return routes;
}
