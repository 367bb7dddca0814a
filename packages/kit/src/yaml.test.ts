import { describe, expect, test } from '@jest/globals';
import { UsageError } from './errors.ts';
import { isRecord, parseYaml, parseYamlDocuments } from './yaml.ts';

function caught(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected an error');
}

const COMPOSE = `x-ports: &web-ports
  ports:
    - "8080:80"
services:
  web:
    <<: *web-ports
    image: nginx
  api:
    ports:
      - target: 3000
        published: 3000
`;

describe('parseYaml', () => {
  const { value, lineOf, lineOfNode, document } = parseYaml(COMPOSE, {
    file: 'compose.yaml',
    mergeKeys: true,
  });

  test('the plain value, with merge keys applied', () => {
    expect(value).toEqual({
      'x-ports': { ports: ['8080:80'] },
      services: {
        web: { ports: ['8080:80'], image: 'nginx' },
        api: { ports: [{ target: 3000, published: 3000 }] },
      },
    });
  });

  test.each([
    [['services'], 4],
    [['services', 'web'], 5],
    [['services', 'web', 'image'], 7],
    // Through the merge key and the alias: the line where the anchor declares it.
    [['services', 'web', 'ports'], 2],
    [['services', 'web', 'ports', 0], 3],
    [['services', 'api', 'ports', 0, 'published'], 11],
    // Past the end of the document: the nearest line there is.
    [['services', 'api', 'ports', 5], 9],
    [['services', 'db', 'ports'], 4],
    [[], 1],
  ])('lineOf %j is line %i', (path, line) => expect(lineOf(path)).toBe(line));

  test('without mergeKeys, `<<` is a key like any (YAML 1.2)', () => {
    const plain = parseYaml(COMPOSE, { file: 'compose.yaml' });
    expect(plain.value).toMatchObject({ services: { web: { '<<': { ports: ['8080:80'] } } } });
    expect(plain.lineOf(['services', 'web', 'ports'])).toBe(5);
  });

  test('lineOfNode', () => {
    expect(lineOfNode(document.getIn(['services', 'api', 'ports'], true))).toBe(10);
    expect(lineOfNode(undefined)).toBeUndefined();
  });

  test('an empty text is a null document', () => {
    expect(parseYaml('', { file: 'empty.yaml' }).value).toBeNull();
    expect(parseYamlDocuments('', { file: 'empty.yaml' })).toEqual([]);
  });
});

describe('parseYamlDocuments', () => {
  test('each document with its own lines', () => {
    const [first, second] = parseYamlDocuments('a: 1\n---\nb:\n  c: 2\n', { file: 'k8s.yaml' });
    expect([first!.value, second!.value]).toEqual([{ a: 1 }, { b: { c: 2 } }]);
    expect(second!.lineOf(['b', 'c'])).toBe(4);
  });
});

describe('errors name the file and line', () => {
  test('a syntax error', () => {
    const error = caught(() => parseYaml('a: 1\nb: [2\n', { file: 'bad.yaml', input: 'registry' }));
    expect(error.message).toMatch(/^invalid YAML: /);
    expect(error.input).toBe('registry');
    expect(error.location).toEqual({ file: 'bad.yaml', line: expect.any(Number) });
  });

  test('inline YAML says the line in the message', () => {
    const error = caught(() => parseYaml('a: 1\na: 2\n', { file: undefined, input: 'rules' }));
    expect(error.message).toMatch(/^line 2: invalid YAML: .*unique/i);
    expect(error.location).toBeUndefined();
  });

  test('several documents where one is expected', () => {
    const error = caught(() => parseYaml('a: 1\n---\nb: 2\n', { file: 'one.yaml' }));
    expect(error.message).toMatch(/multiple documents/);
    expect(error.location?.line).toBe(2);
  });

  test('an alias bomb is refused at the alias that crosses the limit', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 6; level++)
      bomb.push(
        `${'b'.repeat(level)}: &${'b'.repeat(level)} [${Array(10)
          .fill(level === 1 ? '*a' : `*${'b'.repeat(level - 1)}`)
          .join(', ')}]`,
      );
    const error = caught(() => parseYaml(bomb.join('\n'), { file: 'bomb.yaml' }));
    expect(error.message).toMatch(/^refused: aliases expand this document past 10000 nodes/);
    // Lines 2-4 create 110, 1,110 and 11,110 nodes: the limit is crossed in line 4's list.
    expect(error.location).toEqual({ file: 'bomb.yaml', line: 4 });
  });

  test('many ordinary aliases are read: what they expand to counts, not how many', () => {
    const services = Array.from(
      { length: 300 },
      (_, index) => `  s${index}:\n    <<: *defaults\n    image: app${index}`,
    );
    const text = `x-defaults: &defaults\n  restart: always\n  logging: {driver: json-file}\nservices:\n${services.join('\n')}\n`;
    const { value } = parseYaml(text, { file: 'compose.yaml', mergeKeys: true });
    expect(value).toMatchObject({ services: { s299: { restart: 'always', image: 'app299' } } });
  });

  test('a large document may expand in proportion to its size', () => {
    const rows = Array.from({ length: 2000 }, (_, index) => `r${index}: &r${index} [a, b, c, d]`);
    const uses = Array.from({ length: 2000 }, (_, index) => `u${index}: [*r${index}, *r${index}]`);
    expect(() => parseYaml([...rows, ...uses].join('\n'), { file: 'big.yaml' })).not.toThrow();
  });

  test('an alias inside the node it names is refused, not followed forever', () => {
    const error = caught(() => parseYaml('a: 1\nb: &b\n  - *b\n', { file: 'loop.yaml' }));
    expect(error.message).toMatch(/alias \*b refers to a node that holds it/);
    expect(error.location).toEqual({ file: 'loop.yaml', line: 3 });
  });

  test('an alias with no anchor is invalid YAML', () => {
    const error = caught(() => parseYaml('a: *nowhere\n', { file: 'x.yaml' }));
    expect(error.message).toMatch(/^invalid YAML: Unresolved alias/);
  });
});

test('isRecord', () => {
  expect([{}, { a: 1 }, [], null, 'x', 1].map(isRecord)).toEqual([
    true,
    true,
    false,
    false,
    false,
    false,
  ]);
});
