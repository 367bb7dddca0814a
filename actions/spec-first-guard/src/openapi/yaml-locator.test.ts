import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { parseYaml } from '@flow-actions/kit/yaml';
import { YamlLocator } from './yaml-locator.ts';

const require = createRequire(import.meta.url);

/** Every path into a value, in document order. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) paths(child, [...prefix, key], out);
  return out;
}

describe('YamlLocator', () => {
  // On real YAML descriptions, every line the locator gives is the full parser's line, and it
  // answers nearly every path itself (the full parser is the fallback, not the rule).
  test.each([
    '@blockfrost/openapi/openapi.yaml',
    'shipengine-openapi/openapi.yaml',
    '@readme/oas-examples/3.1/yaml/petstore.yaml',
  ])('%s: same lines as the full parser', (name) => {
    const text = readFileSync(require.resolve(name), 'utf8');
    const full = parseYaml(text, { file: 'api.yaml' });
    const locator = new YamlLocator(text);
    // A sample spread over the document: the full parser's lineOf walks from the root each time.
    const every = paths(full.value);
    const all = every.filter((_, index) => index % Math.ceil(every.length / 500) === 0);
    let answered = 0;
    const wrong: string[] = [];
    for (const path of all) {
      const line = locator.lineAt(path);
      if (line === undefined) continue;
      answered++;
      if (line !== full.lineOf(path))
        wrong.push(`${path.join('/')}: ${line} ≠ ${full.lineOf(path)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(answered / all.length).toBeGreaterThan(0.9);
  });

  test('what it cannot read with certainty it leaves to the full parser', () => {
    const text = [
      'a: { b: 1 }',
      'c:',
      '  - x: 1',
      '    y: [1]',
      '  -',
      '    z: 2',
      'd: &d',
      '  e: 1',
      "'q:1': 3",
      'f:',
      '- 1',
    ].join('\n');
    const locator = new YamlLocator(text);
    expect(locator.lineAt(['a'])).toBe(1);
    expect(locator.lineAt(['a', 'b'])).toBeUndefined();
    expect(locator.lineAt(['c', 0, 'y'])).toBe(4);
    expect(locator.lineAt(['c', 1, 'z'])).toBe(6);
    expect(locator.lineAt(['d', 'e'])).toBe(8);
    expect(locator.lineAt(['q:1'])).toBe(9);
    expect(locator.lineAt(['f', 0])).toBe(11);
    // An explicit key makes its whole block unreadable here.
    expect(new YamlLocator('a: 1\n? g\n: 4\n').lineAt(['a'])).toBeUndefined();
  });
});
