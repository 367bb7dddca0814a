import { expect, test } from '@jest/globals';
import type { InspectedContainer } from './docker.ts';
import { portVariableName, portVariables, publishedPorts } from './ports.ts';

function container(
  name: string,
  service: string,
  ports: InspectedContainer['NetworkSettings']['Ports'],
): InspectedContainer {
  return {
    Id: name,
    Name: `/${name}`,
    RestartCount: 0,
    Config: { Labels: { 'com.docker.compose.service': service } },
    State: { Status: 'running', ExitCode: 0, StartedAt: '', FinishedAt: '' },
    NetworkSettings: { Ports: ports },
  };
}

test('published ports: host ports per service and container port, unpublished ones left out', () => {
  const ports = publishedPorts([
    container('p_web_1', 'web', {
      '8080/tcp': [
        { HostIp: '0.0.0.0', HostPort: '49153' },
        { HostIp: '::', HostPort: '49153' },
      ],
      '9090/tcp': null,
    }),
    container('p_dns_1', 'dns', { '53/udp': [{ HostIp: '0.0.0.0', HostPort: '5353' }] }),
    container('p_db_1', 'db', null),
  ]);
  expect(ports).toEqual({ web: { '8080': 49153 }, dns: { '53/udp': 5353 } });
  expect(portVariables(ports)).toEqual({ FLOW_E2E_WEB_8080: '49153', FLOW_E2E_DNS_53_UDP: '5353' });
});

test('variable names are upper case with _ for anything else', () => {
  expect(portVariableName('api-gateway.v2', '8080')).toBe('FLOW_E2E_API_GATEWAY_V2_8080');
});
