import { describe, expect, test } from '@jest/globals';
import { parseExposeItem, parsePortItem, PortSyntaxError } from './port-spec.ts';

const binding = (
  hostIp: string,
  published: [number, number] | null,
  target: [number, number],
  protocol = 'tcp',
) => ({
  hostIp,
  published: published && { start: published[0], end: published[1] },
  target: { start: target[0], end: target[1] },
  protocol,
});

describe('the short syntax', () => {
  test.each([
    ['8080', binding('', null, [8080, 8080])],
    ['8080:80', binding('', [8080, 8080], [80, 80])],
    ['127.0.0.1:8080:80', binding('127.0.0.1', [8080, 8080], [80, 80])],
    ['127.0.0.1::80', binding('127.0.0.1', null, [80, 80])],
    ['[::1]:8080:80', binding('::1', [8080, 8080], [80, 80])],
    ['[::1]::80/udp', binding('::1', null, [80, 80], 'udp')],
    ['9000-9005:9000-9005', binding('', [9000, 9005], [9000, 9005])],
    ['53:53/udp', binding('', [53, 53], [53, 53], 'udp')],
    ['8000-8010:80', { ...binding('', null, [80, 80]), pickFrom: { start: 8000, end: 8010 } }],
    ['9090-9091', binding('', null, [9090, 9091])],
  ])('%s', (text, expected) => expect(parsePortItem(text)).toEqual(expected));

  test('a YAML int is a container port', () =>
    expect(parsePortItem(3000)).toEqual(binding('', null, [3000, 3000])));

  test.each([
    ['8080:80/http', /unknown protocol/],
    ['70000:80', /outside 1-65535/],
    ['9005-9000:80', /runs backwards/],
    ['9000-9002:80-81', /differ in size/],
    ['300.1.1.1:80:80', /invalid host IP/],
    ['abc', /invalid port/],
  ])('%s is refused', (text, message) => expect(() => parsePortItem(text)).toThrow(message));
});

describe('the long syntax', () => {
  test('every field', () => {
    const item = {
      target: 80,
      published: '8080-8080',
      host_ip: '127.0.0.1',
      protocol: 'udp',
      mode: 'host',
      name: 'web',
      app_protocol: 'http',
    };
    expect(parsePortItem(item)).toEqual(binding('127.0.0.1', [8080, 8080], [80, 80], 'udp'));
  });
  test('a range string for published', () => {
    expect(parsePortItem({ target: '9000-9001', published: '19000-19001' })).toEqual(
      binding('', [19000, 19001], [9000, 9001]),
    );
  });
  test('no published port, no host port', () =>
    expect(parsePortItem({ target: 80 })).toEqual(binding('', null, [80, 80])));
  test('an unknown option and a missing target are errors', () => {
    expect(() => parsePortItem({ target: 80, hostport: 1 })).toThrow(PortSyntaxError);
    expect(() => parsePortItem({ published: 80 })).toThrow(/needs a target/);
  });
});

test('expose items', () => {
  expect(parseExposeItem('4000-4001/udp')).toEqual({
    target: { start: 4000, end: 4001 },
    protocol: 'udp',
  });
  expect(parseExposeItem(3000)).toEqual({ target: { start: 3000, end: 3000 }, protocol: 'tcp' });
});
