import { describe, expect, test } from '@jest/globals';
import { extractRoutes } from './extract.ts';

const MB = 1_000_000;

// Shapes that made the old patterns quadratic (a 300 kB file took 72 s): a long word, and many
// openings of a construct whose end never comes. Each 1 MB file must be read in under 2 s.
const HOSTILE: [string, string][] = [
  ['a.ts', 'a'],
  ['a.py', 'a'],
  ['a.go', 'a'],
  ['a.ts', 'x = new Router({'],
  ['a.ts', "r.route('/x').get("],
  ['a.ts', '@Controller({'],
  ['a.ts', '.route({'],
  ['a.py', '@app.get("'],
  ['a.py', 'app = APIRouter(x'],
  ['a.go', 'a.With(x).With('],
  ['a.go', 'a.Get("/'],
  ['a.go', '\n'],
];

describe('route extraction is linear', () => {
  test.each(HOSTILE)('%s made of %j', (file, unit) => {
    const text = unit.repeat(Math.ceil(MB / unit.length));
    const start = performance.now();
    extractRoutes(file, text);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
