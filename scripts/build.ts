/**
 * npm run build [-- --out DIR] [NAME...]
 * Bundles each JavaScript action with ncc (scripts/bundle.ts) into DIR/<name>/ (default dist/):
 * index.js (and post.js), licenses.txt, package.json (type: module), the action.yml and README.md.
 * A composite action gets its action.yml and README.md, and src/combine.ts bundled as combine.js. The CLI package goes to DIR/cli/
 * (scripts/build-cli.ts). The output is deterministic: same sources, same bytes.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listActions, repoRoot, type ActionSource } from './actions.ts';
import { buildCli } from './build-cli.ts';
import { BUNDLE_BUDGET_BYTES, bundle, writeAssets } from './bundle.ts';

export async function buildAction(action: ActionSource, outRoot: string): Promise<string[]> {
  const out = join(outRoot, action.name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = ['action.yml'];
  copyFileSync(join(action.dir, 'action.yml'), join(out, 'action.yml'));
  if (existsSync(join(action.dir, 'README.md'))) {
    copyFileSync(join(action.dir, 'README.md'), join(out, 'README.md'));
    written.push('README.md');
  }
  const { runs } = action.metadata;
  if (runs.using === 'composite') {
    // A composite's own script step (pr-checks' combine), bundled beside its action.yml.
    if (!existsSync(join(action.dir, 'src', 'combine.ts'))) return written;
    const { code, licenses } = await bundle(join(action.dir, 'src', 'combine.ts'));
    writeFileSync(join(out, 'combine.js'), code);
    writeFileSync(join(out, 'licenses.txt'), licenses);
    writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
    return [...written, 'combine.js', 'licenses.txt', 'package.json'];
  }
  if (runs.using !== 'node24' || runs.main !== 'index.js') {
    throw new Error(
      `actions/${action.name}/action.yml: runs must be using: node24 with main: index.js`,
    );
  }
  const entries: [string, string][] = [['index.js', 'src/main.ts']];
  if (runs.post) {
    if (runs.post !== 'post.js')
      throw new Error(`actions/${action.name}/action.yml: runs.post must be post.js`);
    entries.push(['post.js', 'src/post.ts']);
  }
  const licenses: string[] = [];
  for (const [file, entry] of entries) {
    const { code, licenses: text, assets } = await bundle(join(action.dir, entry));
    if (file === 'index.js' && Buffer.byteLength(code) > BUNDLE_BUDGET_BYTES) {
      throw new Error(
        `${action.name}/index.js is ${Buffer.byteLength(code)} bytes, over the 1.5 MB budget`,
      );
    }
    writeFileSync(join(out, file), code);
    if (!licenses.includes(text)) licenses.push(text);
    written.push(file);
    written.push(...writeAssets(out, assets));
  }
  writeFileSync(join(out, 'licenses.txt'), licenses.join('\n\n'));
  writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  written.push('licenses.txt', 'package.json');
  return written;
}

/** Every action, and the CLI package (named `cli`), or only those named; says what it wrote. */
export async function buildAll(
  outRoot: string,
  names: readonly string[] = [],
  log: (line: string) => void = () => {},
): Promise<void> {
  const wanted = (name: string) => names.length === 0 || names.includes(name);
  const built: [string, string[]][] = [];
  for (const action of listActions().filter((entry) => wanted(entry.name)))
    built.push([action.name, await buildAction(action, outRoot)]);
  if (wanted('cli')) built.push(['cli', await buildCli(outRoot)]);
  for (const [name, files] of built)
    log(`built ${relative(process.cwd(), join(outRoot, name)) || '.'}: ${files.join(', ')}`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' } },
    allowPositionals: true,
  });
  await buildAll(resolve(values.out ?? join(repoRoot, 'dist')), positionals, console.log);
}

if (import.meta.main) await main();
