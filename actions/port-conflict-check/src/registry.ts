import { extname } from 'node:path';
import { UsageError } from '@flow-actions/kit';
import { parseProtocol, parseRange, PortSyntaxError } from './port-spec.ts';
import type { PortRange, Protocol } from './types.ts';
import { isRecord, parseYaml } from '@flow-actions/kit/yaml';

/** One row of PORT_MAPPINGS.md (or one item of its YAML/JSON twin). */
export interface RegistryEntry {
  service: string;
  port: PortRange;
  containerPort: PortRange | undefined;
  protocol: Protocol;
  hostIp: string;
  description: string;
  file: string;
  line: number;
}

/** A Markdown table as found in the file: its lines, so a rewrite can replace exactly them. */
export interface RegistryTable {
  startLine: number;
  endLine: number;
}

export interface Registry {
  file: string;
  entries: RegistryEntry[];
  /** The first registry table of a Markdown registry. */
  table: RegistryTable | undefined;
}

type Column = 'service' | 'port' | 'containerPort' | 'protocol' | 'hostIp' | 'description';

const HEADERS: Record<Column, RegExp> = {
  service: /^(service|service name|name)$/,
  port: /^(port|ports|host port|host ports|published|published port|external port)$/,
  containerPort: /^(container port|container ports|target|target port|internal port)$/,
  protocol: /^(protocol|proto)$/,
  hostIp: /^(host ip|ip|bind|bind address|host address|interface)$/,
  description: /^(description|owner|notes|purpose|used by)$/,
};

const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const NO_PORT = /^(|-|—|–|n\/a|none)$/i;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function plain(cell: string): string {
  return cell.replace(/[`*_]/g, '').trim();
}

/** Protocol cells: "tcp", "UDP", "tcp/udp" or "both" (one entry each), empty for tcp. */
function protocols(cell: string, where: string): Protocol[] {
  const text = plain(cell).toLowerCase();
  if (text === '') return ['tcp'];
  if (text === 'both') return ['tcp', 'udp'];
  return text
    .split(/[\s/,+]+/)
    .filter(Boolean)
    .map((part) => parseProtocol(part, where));
}

interface RawEntry {
  service: unknown;
  port: unknown;
  containerPort: unknown;
  protocol: unknown;
  hostIp: unknown;
  description: unknown;
  line: number;
}

function toEntries(file: string, raw: RawEntry): RegistryEntry[] {
  const location = { file, line: raw.line };
  const portText = plain(String(raw.port ?? ''));
  if (NO_PORT.test(portText)) return [];
  try {
    const [port = '', suffix] = portText.replace(/\s*-\s*/, '-').split('/');
    const range = parseRange(port, 'the port column');
    const list = suffix
      ? [parseProtocol(suffix, 'the port column')]
      : protocols(String(raw.protocol ?? ''), 'the protocol column');
    const containerText = plain(String(raw.containerPort ?? ''))
      .split('/')[0]!
      .replace(/\s*-\s*/, '-');
    const containerPort = NO_PORT.test(containerText)
      ? undefined
      : parseRange(containerText, 'the container port column');
    const service = plain(String(raw.service ?? ''));
    if (!service) throw new UsageError('registry entry without a service', { location });
    return list.map((protocol) => ({
      service,
      port: range,
      containerPort,
      protocol,
      hostIp: plain(String(raw.hostIp ?? '')).replace(/^\[(.*)\]$/, '$1'),
      description: String(raw.description ?? '').trim(),
      file,
      line: raw.line,
    }));
  } catch (error) {
    if (error instanceof PortSyntaxError)
      throw new UsageError(`registry: ${error.message}`, { location });
    throw error;
  }
}

/** Tables whose header names a Service or a Port column; each must have both. */
function readMarkdown(file: string, text: string): Registry {
  const lines = text.split(/\r?\n/);
  const entries: RegistryEntry[] = [];
  let table: RegistryTable | undefined;
  for (let index = 0; index + 1 < lines.length; index++) {
    if (!lines[index]!.includes('|') || !SEPARATOR.test(lines[index + 1]!)) continue;
    const header = cells(lines[index]!).map((cell) => plain(cell).toLowerCase());
    const columns = Object.fromEntries(
      (Object.keys(HEADERS) as Column[]).map((column) => [
        column,
        header.findIndex((cell) => HEADERS[column].test(cell)),
      ]),
    ) as Record<Column, number>;
    if (columns.service < 0 && columns.port < 0) continue;
    const location = { file, line: index + 1 };
    if (columns.service < 0)
      throw new UsageError('the registry table has no Service column', { location });
    if (columns.port < 0)
      throw new UsageError('the registry table has no Port (or Host Port) column', { location });
    let row = index + 2;
    for (; row < lines.length && lines[row]!.includes('|'); row++) {
      const values = cells(lines[row]!);
      const at = (column: Column) => (columns[column] < 0 ? undefined : values[columns[column]]);
      entries.push(
        ...toEntries(file, {
          service: at('service'),
          port: at('port'),
          containerPort: at('containerPort'),
          protocol: at('protocol'),
          hostIp: at('hostIp'),
          description: at('description'),
          line: row + 1,
        }),
      );
    }
    table ??= { startLine: index + 1, endLine: row };
    index = row - 1;
  }
  if (!table)
    throw new UsageError(
      'no registry table found: expected a Markdown table with Service and Port columns',
      { location: { file, line: 1 } },
    );
  return { file, entries, table };
}

/** `[{service, port, container_port, protocol, host_ip, description}]`, bare or under `ports:`. */
function readStructured(file: string, text: string): Registry {
  const document = parseYaml(text, { file, input: 'registry', mergeKeys: true });
  const root = document.value;
  const list = Array.isArray(root) ? root : isRecord(root) ? root.ports : undefined;
  const path = Array.isArray(root) ? [] : ['ports'];
  if (!Array.isArray(list))
    throw new UsageError('expected a list of port entries (or a map with a ports list)', {
      location: { file, line: 1 },
    });
  const entries = list.flatMap((item: unknown, index) => {
    const line = document.lineOf([...path, index]);
    if (!isRecord(item))
      throw new UsageError('a registry entry must be a map', { location: { file, line } });
    for (const field of ['service', 'port'] as const) {
      const value =
        field === 'port' ? (item.port ?? item.host_port ?? item.published) : item.service;
      if (value === undefined)
        throw new UsageError(`registry entry without the ${field} field`, {
          location: { file, line },
        });
    }
    return toEntries(file, {
      service: item.service,
      port: item.port ?? item.host_port ?? item.published,
      containerPort: item.container_port ?? item.target,
      protocol: item.protocol,
      hostIp: item.host_ip,
      description: item.description ?? item.owner,
      line,
    });
  });
  return { file, entries, table: undefined };
}

export function isStructuredRegistry(file: string): boolean {
  return ['.yml', '.yaml', '.json'].includes(extname(file).toLowerCase());
}

export function parseRegistry(file: string, text: string): Registry {
  return isStructuredRegistry(file) ? readStructured(file, text) : readMarkdown(file, text);
}
