import { expect, test } from '@jest/globals';
import { goFunctionExtents, insideAny } from './go-functions.ts';

const SOURCE = `package shop

// Total is a declaration; the literal below is not.
var rounding = func(x float64) float64 { return x }

type Pair struct{ a, b int }

func (p Pair) Sum() interface{} {
	s := "}{" + \`
}\` + string('}')
	return p.a + p.b /* } */
}

func One() int { return 1 }

func asm(x int) int
`;

test('top-level function declarations, as go/parser finds them (byte columns, end past the brace)', () => {
  expect(goFunctionExtents(Buffer.from(SOURCE))).toEqual([
    { startLine: 8, startCol: 1, endLine: 12, endCol: 2 },
    { startLine: 14, startCol: 1, endLine: 14, endCol: 28 },
  ]);
});

test('a block counts when it overlaps a declaration, as go tool cover -func decides', () => {
  const extents = goFunctionExtents(Buffer.from(SOURCE));
  expect(insideAny(extents, { startLine: 4, startCol: 40, endLine: 4, endCol: 52 })).toBe(false);
  expect(insideAny(extents, { startLine: 8, startCol: 33, endLine: 11, endCol: 18 })).toBe(true);
  expect(insideAny(extents, { startLine: 14, startCol: 16, endLine: 14, endCol: 27 })).toBe(true);
});
