import { describe, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { parseSource } from './source.ts';

const value = { openapi: '3.0.3', paths: { '/a~b/c': { get: { 'x-y': [1, { z: 'q"}' }] } } } };

describe('parseSource', () => {
  test('JSON: the line of any pointer, escaped keys and strings with braces included', () => {
    const text = JSON.stringify({ ...value, after: { 'k\\"ey': true } }, null, 2);
    const document = parseSource('api.json', text);
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
    expect(document.lineAt(['paths', '/a~b/c', 'get'])).toBe(lineOf('"get"'));
    expect(document.lineAt(['paths', '/a~b/c', 'get', 'x-y', 1, 'z'])).toBe(lineOf('"z"'));
    expect(document.lineAt(['after', 'k\\"ey'])).toBe(lineOf('k\\\\\\"ey'));
    // A pointer that goes nowhere: its deepest existing ancestor.
    expect(document.lineAt(['paths', '/a~b/c', 'post'])).toBe(lineOf('"/a~b/c"'));
  });

  test('YAML: lines through anchors and flow collections', () => {
    const text = [
      'openapi: 3.1.0',
      'x-shared: &shared',
      '  summary: s',
      'paths:',
      '  /a:',
      '    get: *shared',
      '    post: { summary: p }',
    ].join('\n');
    const document = parseSource('api.yaml', text);
    expect(document.value).toMatchObject({
      paths: { '/a': { get: { summary: 's' }, post: { summary: 'p' } } },
    });
    expect(document.lineAt(['paths', '/a', 'post'])).toBe(7);
    expect(document.lineAt(['paths', '/a', 'get', 'summary'])).toBe(3);
  });

  test('a byte order mark is not part of the document', () => {
    expect(parseSource('api.json', '\ufeff{\n"openapi": "3.0.3"}').lineAt(['openapi'])).toBe(2);
    expect(parseSource('api.yaml', '\ufeffopenapi: 3.0.3\n').value).toEqual({ openapi: '3.0.3' });
  });

  test('syntax errors and alias bombs are usage errors at their line', () => {
    const json = (() => {
      try {
        parseSource('api.json', '{\n  "openapi": "3.0.0",\n  "paths": {,}\n}');
      } catch (error) {
        return error as UsageError;
      }
    })();
    expect(json).toBeInstanceOf(UsageError);
    expect(json?.location).toEqual({ file: 'api.json', line: 3 });
    expect(() => parseSource('api.yaml', 'openapi: 3.0.0\npaths:\n  a: [\n')).toThrow(
      /invalid YAML/,
    );
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    expect(() => parseSource('bomb.yaml', bomb.join('\n'))).toThrow(/alias/i);
  });
});
