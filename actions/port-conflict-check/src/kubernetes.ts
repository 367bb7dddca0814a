import { dirname } from 'node:path';
import type { ScanContext } from './scan-context.ts';
import type { PortDeclaration, Protocol } from './types.ts';
import { isRecord, type YamlDocument } from '@flow-actions/kit/yaml';

type Path = (string | number)[];

const MANIFEST = /^kind:\s*\S/m;
const TEMPLATE = /\{\{/;

/** Cheap test before parsing: a YAML file that names a `kind` is a manifest candidate. */
export function looksLikeManifest(text: string): boolean {
  return MANIFEST.test(text) && /^apiVersion:/m.test(text);
}

export function isHelmTemplate(text: string): boolean {
  return TEMPLATE.test(text);
}

function port(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 && number <= 65535
    ? number
    : undefined;
}

function protocolOf(value: unknown): Protocol {
  const protocol = String(value ?? 'TCP').toLowerCase();
  return protocol === 'udp' || protocol === 'sctp' ? protocol : 'tcp';
}

interface Manifest {
  document: YamlDocument<string>;
  file: string;
  name: string;
  namespace: string;
  /** Named container ports of the file, for a Service whose targetPort is a name. */
  namedPorts: ReadonlyMap<string, number>;
}

function base(manifest: Manifest, path: Path) {
  return {
    source: 'kubernetes' as const,
    project: manifest.namespace,
    projectId: `kubernetes:${manifest.namespace}`,
    service: manifest.name,
    aliases: [],
    file: manifest.file,
    line: manifest.document.lineOf(path),
  };
}

/** Service ports: the container port they reach (targetPort) and the node port, when there is one. */
function servicePorts(
  manifest: Manifest,
  spec: Record<string, unknown>,
  path: Path,
): PortDeclaration[] {
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  return ports.flatMap((item: unknown, index) => {
    if (!isRecord(item)) return [];
    const number = port(item.port);
    const target =
      port(item.targetPort) ??
      (typeof item.targetPort === 'string'
        ? manifest.namedPorts.get(item.targetPort)
        : undefined) ??
      number;
    if (target === undefined) return [];
    const nodePort = port(item.nodePort);
    return [
      {
        ...base(manifest, [...path, 'ports', index]),
        hostIp: '',
        published: nodePort === undefined ? null : { start: nodePort, end: nodePort },
        target: { start: target, end: target },
        protocol: protocolOf(item.protocol),
        ...(nodePort === undefined ? {} : { binding: 'nodePort' as const }),
      },
    ];
  });
}

/** containerPort of every container, with hostPort (and hostIP) when the pod binds the node's port. */
function containerPorts(manifest: Manifest, containers: unknown, path: Path): PortDeclaration[] {
  if (!Array.isArray(containers)) return [];
  return containers.flatMap((container: unknown, index) => {
    if (!isRecord(container) || !Array.isArray(container.ports)) return [];
    return container.ports.flatMap((item: unknown, portIndex) => {
      if (!isRecord(item)) return [];
      const target = port(item.containerPort);
      if (target === undefined) return [];
      const hostPort = port(item.hostPort);
      return [
        {
          ...base(manifest, [...path, index, 'ports', portIndex]),
          hostIp: typeof item.hostIP === 'string' ? item.hostIP : '',
          published: hostPort === undefined ? null : { start: hostPort, end: hostPort },
          target: { start: target, end: target },
          protocol: protocolOf(item.protocol),
          ...(hostPort === undefined ? {} : { binding: 'hostPort' as const }),
        },
      ];
    });
  });
}

/** Walk any object (Pod, Deployment, CronJob, List...) for Service specs and container lists. */
function walk(manifest: Manifest, value: unknown, path: Path, depth: number): PortDeclaration[] {
  if (depth > 12) return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => walk(manifest, item, [...path, index], depth + 1));
  if (!isRecord(value)) return [];
  if (value.kind === 'Service' && isRecord(value.spec)) {
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    const named = {
      ...manifest,
      name: String(metadata.name ?? manifest.name),
      namespace: String(metadata.namespace ?? manifest.namespace),
    };
    return servicePorts(named, value.spec, [...path, 'spec']);
  }
  const metadata = isRecord(value.metadata) ? value.metadata : undefined;
  const here =
    metadata?.name && value.kind
      ? {
          ...manifest,
          name: String(metadata.name),
          namespace: String(metadata.namespace ?? manifest.namespace),
        }
      : manifest;
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'containers' || key === 'initContainers'
      ? containerPorts(here, item, [...path, key])
      : walk(here, item, [...path, key], depth + 1),
  );
}

/** Ports of every document of a manifest file; documents that are not Kubernetes objects are ignored. */
/** `name: http, containerPort: 8080` of every container in the file. */
function namedPorts(value: unknown, names: Map<string, number>, depth = 0): Map<string, number> {
  if (depth > 12) return names;
  if (Array.isArray(value)) value.forEach((item) => namedPorts(item, names, depth + 1));
  else if (isRecord(value)) {
    const number = port(value.containerPort);
    if (typeof value.name === 'string' && number !== undefined) names.set(value.name, number);
    Object.values(value).forEach((item) => namedPorts(item, names, depth + 1));
  }
  return names;
}

export function kubernetesDeclarations(context: ScanContext, path: string): PortDeclaration[] {
  const file = context.relative(path);
  const documents = context.yamlDocuments(path);
  const names = new Map<string, number>();
  for (const document of documents) namedPorts(document.value, names);
  return documents.flatMap((document) => {
    if (!isRecord(document.value) || typeof document.value.kind !== 'string') return [];
    const manifest = {
      document,
      file,
      name: dirname(file),
      namespace: 'default',
      namedPorts: names,
    };
    return walk(manifest, document.value, [], 0);
  });
}
