import { countBySeverity, md, Summary, type Finding } from '@flow-actions/kit';
import { isConflict, type PortReport } from './check.ts';
import { append } from './collections.ts';
import { formatRange, type PortDeclaration, type PortEntry } from './types.ts';

/** One row of the port map: a declaration as the report's expanded ports give it back. */
type MapRow = Pick<
  PortDeclaration,
  | 'source'
  | 'project'
  | 'service'
  | 'file'
  | 'line'
  | 'hostIp'
  | 'published'
  | 'target'
  | 'protocol'
>;

/** The report's ports (ranges expanded) folded back into one row per declaration. */
function mapRows(entries: readonly PortEntry[]): MapRow[] {
  const rows: MapRow[] = [];
  let last: MapRow | undefined;
  for (const e of entries) {
    const follows =
      last &&
      `${last.file}:${last.line}:${last.service}:${last.project}:${last.protocol}:${last.hostIp}` ===
        `${e.file}:${e.line}:${e.service}:${e.project}:${e.protocol}:${e.host_ip}` &&
      last.target.end + 1 === e.target &&
      (last.published ? e.published === last.published.end + 1 : e.published === null);
    if (follows) {
      last!.target.end++;
      if (last!.published) last!.published.end++;
      continue;
    }
    last = {
      source: e.source,
      project: e.project,
      service: e.service,
      file: e.file,
      line: e.line,
      hostIp: e.host_ip,
      published: e.published === null ? null : { start: e.published, end: e.published },
      target: { start: e.target, end: e.target },
      protocol: e.protocol,
    };
    rows.push(last);
  }
  return rows;
}

function where(file: string | undefined, line: number | undefined): string {
  return file ? md.code(`${file}${line ? `:${line}` : ''}`) : '';
}

/** By host port, unbound ports after the bound ones, then by container port. */
function byPort(a: MapRow, b: MapRow): number {
  const host = (d: MapRow) => d.published?.start ?? Number.MAX_SAFE_INTEGER;
  return (
    host(a) - host(b) ||
    a.target.start - b.target.start ||
    a.file.localeCompare(b.file) ||
    a.line - b.line
  );
}

/** Past this many ports the map is collapsed: one row per service, folded away. */
const FULL_MAP_ROWS = 30;
/** A collapsed map lists this many services; the JSON report has them all. */
const COLLAPSED_ROWS = 300;

function portMap(summary: Summary, declarations: readonly MapRow[]): void {
  const sorted = [...declarations].sort(byPort);
  if (sorted.length <= FULL_MAP_ROWS) {
    summary.heading('Port map', 3).table(
      [
        'Host port',
        'Protocol',
        'Host IP',
        'Container port',
        'Service',
        'Project',
        'Source',
        'Declared at',
      ],
      sorted.map((d) => [
        d.published ? formatRange(d.published) : '—',
        d.protocol,
        d.published ? md.code(d.hostIp || 'all') : '',
        formatRange(d.target),
        md.code(d.service),
        md.code(d.project),
        d.source,
        where(d.file, d.line),
      ]),
    );
    return;
  }
  const services = new Map<string, MapRow[]>();
  for (const d of sorted) append(services, `${d.source}\0${d.project}\0${d.service}`, d);
  const ports = (list: readonly MapRow[]) =>
    list
      .map(
        (d) =>
          `${d.published ? `${formatRange(d.published)}→` : ''}${formatRange(d.target)}/${d.protocol}`,
      )
      .join(', ');
  const rows = [...services.values()].slice(0, COLLAPSED_ROWS).map((list) => {
    const d = list[0]!;
    return [md.code(d.service), md.code(d.project), d.source, md.text(ports(list))];
  });
  const more = services.size - rows.length;
  const body =
    md.table(['Service', 'Project', 'Source', 'Ports (host→container)'], rows) +
    (more > 0 ? `\n\n${more} more services are in the JSON report.` : '');
  summary
    .heading('Port map', 3)
    .details(`${sorted.length} port declarations of ${services.size} services, by service`, body);
}

/** The job summary: the conflicts (then the other findings), then the port map sorted by port. */
export function buildSummary(report: PortReport): Summary {
  const counts = countBySeverity(report.findings);
  const conflicts = report.findings.filter(isConflict);
  const rows = mapRows(report.ports);
  const summary = new Summary().heading(`${md.passFail(report.passed)} Port conflict check`);
  summary.paragraph(
    `${rows.length} port declarations from ${report.files.compose} compose files, ${report.files.dockerfile} Dockerfiles, ` +
      `${report.files.kubernetes} Kubernetes manifests and ${report.files.env} .env files; ` +
      `registry: ${report.registry ? md.code(report.registry) : 'none'}. ` +
      `${conflicts.length} conflicts, ${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices.`,
  );
  const row = (finding: Finding) => [
    finding.severity,
    md.code(finding.rule),
    where(finding.file, finding.line),
    md.text(finding.message),
  ];
  if (conflicts.length > 0) {
    summary
      .heading('Conflicts', 3)
      .table(['Severity', 'Rule', 'Where', 'Conflict'], conflicts.map(row));
  }
  const others = report.findings.filter((finding) => !isConflict(finding));
  if (others.length > 0)
    summary
      .heading('Other findings', 3)
      .table(['Severity', 'Rule', 'Where', 'Finding'], others.map(row));
  portMap(summary, rows);
  return summary;
}
