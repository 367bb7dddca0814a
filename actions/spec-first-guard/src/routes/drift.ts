import type { Finding, Severity } from '@flow-actions/kit';
import { normalisePath, type Route } from './route.ts';

/** A spec operation, where it is written. */
export interface SpecRoute {
  method: string;
  path: string;
  file: string;
  line: number;
}

/** One row of the drift table: a route in code, in the spec, or both. */
export interface DriftRow {
  method: string;
  path: string;
  code?: { file: string; line: number };
  spec?: { file: string; line: number };
}

export interface DriftResult {
  rows: DriftRow[];
  findings: Finding[];
}

/** Base paths of the spec's servers (`https://api.example.com/v1` → `/v1`), so code may mount under them. */
export function serverBasePaths(servers: unknown): string[] {
  if (!Array.isArray(servers)) return [];
  const paths = servers.flatMap((server) => {
    const url = (server as { url?: unknown } | null)?.url;
    if (typeof url !== 'string') return [];
    const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    return path && path !== '/' ? [normalisePath(path)] : [];
  });
  return [...new Set(paths)];
}

function methodsMatch(code: string, spec: string): boolean {
  return code === spec || code === 'ANY' || (spec === 'HEAD' && code === 'GET');
}

/** Code routes missing from the spec, and spec operations no code route serves. */
export function compareRoutes(
  code: readonly Route[],
  spec: readonly SpecRoute[],
  basePaths: readonly string[],
  severity: Severity,
): DriftResult {
  const specPaths = spec.map((operation) => normalisePath(operation.path));
  const candidates = (path: string) => [
    path,
    ...basePaths
      .filter((base) => path.startsWith(`${base}/`))
      .map((base) => path.slice(base.length)),
  ];
  const rows: DriftRow[] = [];
  const findings: Finding[] = [];
  const served = new Set<number>();
  for (const route of code) {
    const paths = candidates(normalisePath(route.path));
    const matched = spec.flatMap((operation, index) =>
      paths.includes(specPaths[index]!) &&
      methodsMatch(route.method, operation.method.toUpperCase())
        ? [index]
        : [],
    );
    matched.forEach((index) => served.add(index));
    if (matched.length > 0) continue;
    rows.push({
      method: route.method,
      path: route.path,
      code: { file: route.file, line: route.line },
    });
    findings.push({
      rule: 'route-missing-from-spec',
      severity,
      message: `${route.method} ${route.path} is served by the code but not described in the spec`,
      file: route.file,
      line: route.line,
    });
  }
  spec.forEach((operation, index) => {
    const method = operation.method.toUpperCase();
    if (served.has(index)) {
      const route = code.find(
        (item) =>
          candidates(normalisePath(item.path)).includes(specPaths[index]!) &&
          methodsMatch(item.method, method),
      )!;
      rows.push({
        method,
        path: operation.path,
        code: { file: route.file, line: route.line },
        spec: { file: operation.file, line: operation.line },
      });
      return;
    }
    rows.push({
      method,
      path: operation.path,
      spec: { file: operation.file, line: operation.line },
    });
    findings.push({
      rule: 'route-not-implemented',
      severity,
      message: `${method} ${operation.path} is in the spec but no route in the implementation serves it`,
      file: operation.file,
      line: operation.line,
    });
  });
  return { rows, findings };
}
