/** A route declared in code: `method` is upper case, or ANY when the code accepts every method. */
export interface Route {
  method: string;
  path: string;
  file: string;
  line: number;
}

/** Path parameters in any notation (`:id`, `{id}`, `<int:id>`, `{id:[0-9]+}`, `{rest...}`) become `{}`. */
export function normalisePath(path: string): string {
  let normal = path
    .trim()
    .replace(/<(?:[^:>]+:)?[^>]+>/g, '{}')
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/:[A-Za-z_][A-Za-z0-9_]*(\([^)]*\))?\??/g, '{}')
    .replace(/\/\*[A-Za-z_]*$/, '/{}')
    .replace(/\/+/g, '/');
  if (!normal.startsWith('/')) normal = `/${normal}`;
  return normal.length > 1 ? normal.replace(/\/$/, '') : normal;
}

export function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
