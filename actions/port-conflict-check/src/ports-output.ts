import type { PortDeclaration, PortEntry } from './types.ts';

/** The `ports` output: one entry per container port, ranges expanded, `published: null` when unbound. */
export function portEntries(declarations: readonly PortDeclaration[]): PortEntry[] {
  return declarations.flatMap((d) => {
    const entries: PortEntry[] = [];
    for (let offset = 0; offset <= d.target.end - d.target.start; offset++) {
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
    return entries;
  });
}
