import { serviceOf, type InspectedContainer } from './docker.ts';

/** service → container port (`8080`, or `53/udp`) → host port. */
export type PortMap = Record<string, Record<string, number>>;

/** The host ports Docker published; with several replicas of a service, the first one's. */
export function publishedPorts(containers: readonly InspectedContainer[]): PortMap {
  const ports: PortMap = {};
  const sorted = [...containers].sort((a, b) => a.Name.localeCompare(b.Name));
  for (const container of sorted) {
    const service = serviceOf(container);
    for (const [key, bindings] of Object.entries(container.NetworkSettings.Ports ?? {})) {
      const hostPort = bindings?.find((binding) => binding.HostPort)?.HostPort;
      if (!hostPort) continue;
      const port = key.endsWith('/tcp') ? key.slice(0, -4) : key;
      (ports[service] ??= {})[port] ??= Number(hostPort);
    }
  }
  return ports;
}

/** `FLOW_E2E_<SERVICE>_<PORT>` (a udp port gets `_UDP`), upper case with `_` for anything else. */
export function portVariableName(service: string, port: string): string {
  return `FLOW_E2E_${`${service}_${port}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

export function portVariables(ports: PortMap): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [service, map] of Object.entries(ports)) {
    for (const [port, hostPort] of Object.entries(map))
      variables[portVariableName(service, port)] = String(hostPort);
  }
  return variables;
}
