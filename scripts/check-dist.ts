/**
 * npm run check-dist: rebuild every action and the CLI package into a temporary directory and compare it with the
 * committed dist/. Fails, naming each differing, missing or extra file, when they differ.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './actions.ts';
import { buildAll } from './build.ts';

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(dir, file)).isFile())
      .sort();
  } catch {
    return [];
  }
}

const fresh = mkdtempSync(join(tmpdir(), 'flow-dist-'));
try {
  await buildAll(fresh);
  const committed = join(repoRoot, 'dist');
  const built = new Set(filesUnder(fresh));
  const present = new Set(filesUnder(committed));
  const all = new Set([...built, ...present]);
  const problems: string[] = [];
  for (const file of [...all].sort()) {
    const a = join(fresh, file);
    const b = join(committed, file);
    if (!present.has(file)) problems.push(`dist/${file}: missing (the build writes it)`);
    else if (!built.has(file)) problems.push(`dist/${file}: extra (the build does not write it)`);
    else if (!readFileSync(a).equals(readFileSync(b)))
      problems.push(`dist/${file}: differs from a fresh build`);
  }
  if (problems.length) {
    console.error(
      `dist/ does not match a fresh build (run npm run build and commit dist/):\n  ${problems.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else
    console.log(
      `dist/ matches a fresh build (${relative(repoRoot, committed)}/: ${all.size} files)`,
    );
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
