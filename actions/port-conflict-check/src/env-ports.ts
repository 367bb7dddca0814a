import { basename, dirname } from 'node:path';
import { parseEnvFile } from './dotenv.ts';
import type { ScanContext } from './scan-context.ts';
import type { PortDeclaration } from './types.ts';

const PORT_KEY = /^(?:(.+)_)?PORT$/;

/** `API_PORT=8080` → service "api"; a bare `PORT=` belongs to the directory's service. */
function serviceOf(key: string, dir: string): string {
  const prefix = PORT_KEY.exec(key)?.[1];
  return prefix ? prefix.toLowerCase().replace(/_/g, '-') : basename(dir) || 'root';
}

/**
 * `*_PORT=` keys of `.env` files: the ports a service listens on when it runs on the host, so
 * they count as published on every address.
 */
export function envDeclarations(context: ScanContext, path: string): PortDeclaration[] {
  const file = context.relative(path);
  const dir = dirname(file);
  return parseEnvFile(context.readText(path)).flatMap((entry) => {
    if (!PORT_KEY.test(entry.key) || !/^\d+$/.test(entry.value)) return [];
    const port = Number(entry.value);
    if (port < 1 || port > 65535) return [];
    const range = { start: port, end: port };
    return [
      {
        source: 'env' as const,
        project: dir,
        projectId: `env:${dir}`,
        service: serviceOf(entry.key, dir),
        aliases: [entry.key],
        file,
        line: entry.line,
        hostIp: '',
        published: range,
        target: range,
        protocol: 'tcp' as const,
      },
    ];
  });
}
