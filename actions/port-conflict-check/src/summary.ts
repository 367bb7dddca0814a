import { countBySeverity, md, Summary, type Finding } from '@flow-actions/kit';
import { append } from './collections.ts';
import { formatRange, type PortDeclaration, type PortSource } from './types.ts';

export function isConflict(finding: Finding): boolean {
  return finding.rule.endsWith('conflict');
}

function where(file: string | undefined, line: number | undefined): string {
  return file ? md.code(`${file}${line ? `:${line}` : ''}`) : '';
}

/** By host port, unbound ports after the bound ones, then by container port. */
function byPort(a: PortDeclaration, b: PortDeclaration): number {
  const host = (d: PortDeclaration) => d.published?.start ?? Number.MAX_SAFE_INTEGER;
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

function portMap(summary: Summary, declarations: readonly PortDeclaration[]): void {
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
  const services = new Map<string, PortDeclaration[]>();
  for (const d of sorted) append(services, `${d.source}\0${d.project}\0${d.service}`, d);
  const ports = (list: readonly PortDeclaration[]) =>
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

export interface SummaryInput {
  passed: boolean;
  findings: readonly Finding[];
  declarations: readonly PortDeclaration[];
  files: Record<PortSource, number>;
  registry: string | undefined;
}

/** The job summary: the conflicts (then the other findings), then the port map sorted by port. */
export function buildSummary(input: SummaryInput): Summary {
  const counts = countBySeverity(input.findings);
  const conflicts = input.findings.filter(isConflict);
  const summary = new Summary().heading(`${md.passFail(input.passed)} Port conflict check`);
  summary.paragraph(
    `${input.declarations.length} port declarations from ${input.files.compose} compose files, ${input.files.dockerfile} Dockerfiles, ` +
      `${input.files.kubernetes} Kubernetes manifests and ${input.files.env} .env files; ` +
      `registry: ${input.registry ? md.code(input.registry) : 'none'}. ` +
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
  const others = input.findings.filter((finding) => !isConflict(finding));
  if (others.length > 0)
    summary
      .heading('Other findings', 3)
      .table(['Severity', 'Rule', 'Where', 'Finding'], others.map(row));
  portMap(summary, input.declarations);
  return summary;
}
