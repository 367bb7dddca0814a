import { entryMatches } from './registry-checks.ts';
import type { Registry } from './registry.ts';
import { formatRange, rangesOverlap, type PortDeclaration } from './types.ts';

export const REGISTRY_COLUMNS = [
  'Service',
  'Port',
  'Container Port',
  'Protocol',
  'Host IP',
  'Description',
];

interface Row {
  cells: string[];
  start: number;
}

function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function renderTable(rows: readonly Row[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [
    line(REGISTRY_COLUMNS),
    line(REGISTRY_COLUMNS.map(() => '---')),
    ...rows.map((row) => line(row.cells)),
  ];
}

/** One row per published Compose port declaration; a service name used by two projects is qualified. */
function foundRows(declarations: readonly PortDeclaration[]) {
  const published = declarations.filter((d) => d.source === 'compose' && d.published);
  const projects = new Map<string, Set<string>>();
  for (const d of published)
    projects.set(d.service, (projects.get(d.service) ?? new Set()).add(d.projectId));
  const seen = new Set<string>();
  return published
    .map((d) => ({
      declaration: d,
      service: projects.get(d.service)!.size > 1 ? `${d.project}/${d.service}` : d.service,
    }))
    .filter(({ declaration: d, service }) => {
      const key = `${service} ${formatRange(d.published!)} ${d.protocol} ${d.hostIp}`;
      return !seen.has(key) && seen.add(key);
    });
}

/**
 * The registry table for what was found: rows already in the registry keep their place and their
 * description (service and ports are brought up to date), new ports follow sorted by port, and rows
 * nothing declares any more are dropped.
 */
export function registryTable(
  declarations: readonly PortDeclaration[],
  existing: Registry | undefined,
): string[] {
  const found = foundRows(declarations);
  const used = new Set<number>();
  const row = ({ declaration: d, service }: (typeof found)[number], description: string): Row => ({
    cells: [
      service,
      formatRange(d.published!),
      formatRange(d.target),
      d.protocol,
      d.hostIp,
      description,
    ],
    start: d.published!.start,
  });
  const kept: Row[] = [];
  for (const entry of existing?.entries ?? []) {
    const matches = found
      .map((item, index) => ({ item, index }))
      .filter(
        ({ item, index }) =>
          !used.has(index) &&
          item.declaration.protocol === entry.protocol &&
          rangesOverlap(item.declaration.published!, entry.port),
      );
    const best = matches.find(({ item }) => entryMatches(entry, item.declaration)) ?? matches[0];
    if (!best) continue;
    used.add(best.index);
    kept.push(row(best.item, entry.description));
  }
  const added = found.filter((_, index) => !used.has(index)).map((item) => row(item, ''));
  added.sort((a, b) => a.start - b.start);
  return renderTable([...kept, ...added]);
}

const PREAMBLE = [
  '# Port mappings',
  '',
  'Every host port the services of this repository publish. Check this table before changing a port;',
  'port-conflict-check keeps it honest (`npx flow-actions port-conflict-check --write-registry PORT_MAPPINGS.md` updates it).',
  '',
];

/** The whole registry file: the table replaced in place, or a new file around it. */
export function registryDocument(
  table: readonly string[],
  existingText: string | undefined,
  existing: Registry | undefined,
): string {
  if (existingText === undefined || !existing?.table) return [...PREAMBLE, ...table, ''].join('\n');
  const lines = existingText.split(/\r?\n/);
  const { startLine, endLine } = existing.table;
  return [...lines.slice(0, startLine - 1), ...table, ...lines.slice(endLine)].join('\n');
}
