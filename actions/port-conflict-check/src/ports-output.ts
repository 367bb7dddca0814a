import type { PortDeclaration, PortEntry } from './types.ts';

/**
 * The report holds at most this many ports: a 10-byte `EXPOSE 1-65535` expands to 65,535, so
 * without a bound memory would follow the numbers in a file rather than its size.
 */
export const MAX_PORT_ENTRIES = 100_000;

/**
 * The `ports` output: one entry per container port, ranges expanded, `published: null` when
 * unbound; `total` counts every port, including those past MAX_PORT_ENTRIES that are left out.
 */
export function portEntries(declarations: readonly PortDeclaration[]): {
  entries: PortEntry[];
  total: number;
} {
  const entries: PortEntry[] = [];
  let total = 0;
  for (const d of declarations) {
    const size = d.target.end - d.target.start + 1;
    total += size;
    for (let offset = 0; offset < size && entries.length < MAX_PORT_ENTRIES; offset++) {
      entries.push({
        service: d.service,
        project: d.project,
        file: d.file,
        line: d.line,
        host_ip: d.hostIp,
        published: d.published ? d.published.start + offset : null,
        target: d.target.start + offset,
        protocol: d.protocol,
        source: d.source,
      });
    }
  }
  return { entries, total };
}
