/**
 * One TypeScript entry of the repository bundled with ncc into one file, with its licences and
 * the chunks it loads at run time.
 */
import ncc from '@vercel/ncc';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './actions.ts';

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
export interface Bundle {
  code: string;
  licenses: string;
  /** Other files the bundle loads at run time (chunks of dynamic imports), by relative name. */
  assets: Record<string, Buffer>;
}

export async function bundle(entry: string): Promise<Bundle> {
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
    // One licence file per chunk (a dynamic import makes one): a single name would keep only the
    // last chunk's. They are merged below.
    license: '[name].licenses.txt',
  });
  const licenses = Object.entries(result.assets)
    .filter(([name]) => name.endsWith('.licenses.txt'))
    .map(([, asset]) => asset.source.toString());
  return {
    code: result.code,
    licenses: mergeLicenses(licenses),
    // ncc also emits a package.json ({ type: module }); the callers write their own.
    assets: Object.fromEntries(
      Object.entries(result.assets)
        .filter(([name]) => name !== 'package.json' && !name.endsWith('.licenses.txt'))
        .filter(([name]) => !UNUSED_GRPC_ASSET.test(name))
        .map(([name, asset]) => [name, Buffer.from(asset.source)]),
    ),
  };
}

/**
 * @grpc/grpc-js reads its .proto files (their licences beside them) only to serve channelz or to
 * report ORCA load; e2e-compose-runner's health client does neither, and ncc copied them twice.
 */
const UNUSED_GRPC_ASSET = /^(?:proto\/)?(?:xds\/|protoc-gen-validate\/|channelz\.proto$)/;

/**
 * Licence files of several chunks as one: each package once, by name. An entry is the package's
 * name on a line of its own, then its licence id and text when it has them; a blank line between.
 */
function mergeLicenses(files: string[]): string {
  if (files.length <= 1) return files[0] ?? '';
  const entries = new Map<string, string>();
  for (const file of files) {
    for (const entry of file.split(
      /\n\n(?=(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:$|\n\n|\n[\w.()+ -]+\n))/,
    ))
      if (entry) entries.set(entry.split('\n', 1)[0]!, entry);
  }
  return [...entries.keys()]
    .sort()
    .map((name) => entries.get(name))
    .join('\n\n');
}

/** Writes a bundle's assets under `out`, in the folders ncc put them in; returns their names. */
export function writeAssets(out: string, assets: Bundle['assets']): string[] {
  for (const [name, content] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), content);
  }
  return Object.keys(assets);
}
