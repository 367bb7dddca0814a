/**
 * npm run build [-- --out DIR] [NAME...]
 * Bundles each JavaScript action with ncc into DIR/<name>/ (default dist/): index.js (and post.js),
 * licenses.txt, package.json (type: module), the action.yml and README.md. A composite action
 * gets its action.yml and README.md only. The output is deterministic: same sources, same bytes.
 */
import ncc from '@vercel/ncc';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listActions, repoRoot, type ActionSource } from './actions.ts';

// ncc compiles TypeScript with the tsconfig.json nearest the entry: a generated entry in a
// directory of its own gets a bundler-friendly config (ESM output, .ts imports allowed) instead of
// the composite, declaration-only configs that `tsc -b` uses for type checking.
const stubDir = join(repoRoot, '.tmp', 'ncc');
const stubConfig = {
  compilerOptions: {
    target: 'es2023',
    module: 'esnext',
    moduleResolution: 'bundler',
    rootDir: '../..',
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    types: ['node'],
  },
};

/** The published budget: each action's index.js stays under 1.5 MB. */
export const BUNDLE_BUDGET_BYTES = 1.5 * 1024 * 1024;

/** One entry (a TypeScript file of the repository) bundled with its dependencies into one file. */
export async function bundle(entry: string): Promise<{ code: string; licenses: string }> {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(join(stubDir, 'tsconfig.json'), `${JSON.stringify(stubConfig, null, 2)}\n`);
  const stub = join(stubDir, relative(join(repoRoot, 'actions'), entry).replace(/\W/g, '-'));
  writeFileSync(stub, `import '${relative(stubDir, entry).replace(/\\/g, '/')}';\n`);
  const result = await ncc(stub, {
    quiet: true,
    minify: true,
    sourceMap: false,
    cache: false,
    transpileOnly: true, // `npm run typecheck` checks types; the bundler only strips them
    license: 'licenses.txt',
  });
  const licenses = result.assets['licenses.txt']?.source.toString() ?? '';
  return { code: result.code, licenses };
}

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
  if (runs.using === 'composite') return written;
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
    const { code, licenses: text } = await bundle(join(action.dir, entry));
    if (file === 'index.js' && Buffer.byteLength(code) > BUNDLE_BUDGET_BYTES) {
      throw new Error(
        `${action.name}/index.js is ${Buffer.byteLength(code)} bytes, over the 1.5 MB budget`,
      );
    }
    writeFileSync(join(out, file), code);
    if (!licenses.includes(text)) licenses.push(text);
    written.push(file);
  }
  writeFileSync(join(out, 'licenses.txt'), licenses.join('\n\n'));
  writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  written.push('licenses.txt', 'package.json');
  return written;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' } },
    allowPositionals: true,
  });
  const outRoot = resolve(values.out ?? join(repoRoot, 'dist'));
  const actions = listActions().filter(
    (action) => positionals.length === 0 || positionals.includes(action.name),
  );
  for (const action of actions) {
    const files = await buildAction(action, outRoot);
    console.log(
      `built ${relative(process.cwd(), join(outRoot, action.name)) || '.'}: ${files.join(', ')}`,
    );
  }
}

if (import.meta.main) await main();
