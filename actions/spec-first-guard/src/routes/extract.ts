import { goRoutes } from './go.ts';
import { javascriptRoutes } from './javascript.ts';
import { pythonRoutes } from './python.ts';
import type { Route } from './route.ts';

/** The routes a source file declares, by its language; other files declare none. */
export function extractRoutes(file: string, text: string): Route[] {
  if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(file)) return javascriptRoutes(text, file);
  if (file.endsWith('.go')) return goRoutes(text, file);
  if (file.endsWith('.py')) return pythonRoutes(text, file);
  return [];
}

export function isRouteSource(file: string): boolean {
  return (
    /\.(?:[cm]?[jt]s|[jt]sx|go|py)$/.test(file) &&
    !/\.(?:test|spec)\.[jt]sx?$|_test\.go$|(?:^|\/)test_[^/]*\.py$/.test(file)
  );
}
