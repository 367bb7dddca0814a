import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomHex } from './random.ts';

test('randomHex gives the bytes asked for, as hex, different each time', () => {
  const tokens = new Set(Array.from({ length: 100 }, () => randomHex(16)));
  expect(tokens.size).toBe(100);
  for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32}$/);
  expect(randomHex(6)).toMatch(/^[0-9a-f]{12}$/);
});

test('randomHex loads node:crypto only where the kernel has no generator', () => {
  // In a process of its own, from plain JavaScript: running TypeScript loads node:crypto itself.
  const dir = mkdtempSync(join(tmpdir(), 'flow-random-'));
  try {
    const source = readFileSync(new URL('./random.ts', import.meta.url), 'utf8');
    writeFileSync(join(dir, 'random.mjs'), stripTypeScriptTypes(source));
    writeFileSync(
      join(dir, 'check.mjs'),
      "import { randomHex } from './random.mjs';\n" +
        "console.log(JSON.stringify({ token: randomHex(16), crypto: process.moduleLoadList.includes('NativeModule crypto') }));\n",
    );
    const { token, crypto } = JSON.parse(
      execFileSync(process.execPath, [join(dir, 'check.mjs')], { encoding: 'utf8' }),
    ) as { token: string; crypto: boolean };
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(crypto).toBe(process.platform === 'win32');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
