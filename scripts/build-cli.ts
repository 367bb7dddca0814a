/**
 * The CLI as one installable package, @flow-actions/cli, built into DIR/cli/: the launcher
 * (bin/flow-actions.js), index.js bundled with ncc (with a chunk per action, loaded when that
 * action runs), licenses.txt, README.md and a package.json with a `files` list, ready for
 * `npm pack` / `npm publish` from dist/cli.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseActionMetadata } from '@flow-actions/kit';
import { repoRoot } from './actions.ts';
import { bundle, writeAssets, type Bundle } from './bundle.ts';

const source = join(repoRoot, 'packages', 'cli');

/** The Node.js version the bundled CLI needs, as its launcher checks it (bin/flow-actions.js). */
export const CLI_NODE_FLOOR = '>=20';

/** The package's manifest; `files` names each top-level file and folder the build wrote. */
function manifest(written: readonly string[]): string {
  const own = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const published = {
    name: own.name,
    version: own.version,
    description: own.description,
    license: 'MIT',
    type: 'module',
    bin: { 'flow-actions': 'bin/flow-actions.js' },
    files: [...new Set(written.map((name) => name.split('/')[0]!))].sort(),
    engines: { node: CLI_NODE_FLOOR },
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

/**
 * ncc names the action.yml files it relocates action.yml, action1.yml, … in the order it happens
 * to meet them, which varies from build to build. Each is renamed after the action it describes
 * (actions/<name>.json), in the assets and in the code that loads it, so the build is
 * deterministic, and written as the JSON of its metadata: the CLI then reads it without loading
 * the YAML parser (kit's actionCommand).
 */
function actionMetadataAsJson(bundled: Bundle): Bundle {
  const renames = new Map<string, string>();
  const converted = new Map<string, Buffer>();
  for (const [name, content] of Object.entries(bundled.assets)) {
    if (!/^action\d*\.yml$/.test(name)) continue;
    const metadata = parseActionMetadata(content.toString('utf8'), name);
    const action = /^flow-actions\s+([\w-]+)$/.exec(metadata.name)?.[1];
    if (!action) continue;
    renames.set(name, `actions/${action}.json`);
    converted.set(name, Buffer.from(`${JSON.stringify(metadata)}\n`));
  }
  const rewrite = (code: string) =>
    code.replace(
      /(\.ab\s*\+\s*)(["'])(action\d*\.yml)\2/g,
      (whole, prefix: string, quote: string, name: string) =>
        renames.has(name) ? `${prefix}${quote}${renames.get(name)}${quote}` : whole,
    );
  const assets: Bundle['assets'] = {};
  for (const [name, content] of Object.entries(bundled.assets))
    assets[renames.get(name) ?? name] = name.endsWith('.js')
      ? Buffer.from(rewrite(content.toString('utf8')))
      : (converted.get(name) ?? content);
  return { ...bundled, code: rewrite(bundled.code), assets };
}

export async function buildCli(outRoot: string): Promise<string[]> {
  const out = join(outRoot, 'cli');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'bin'), { recursive: true });
  const { code, licenses, assets } = actionMetadataAsJson(
    await bundle(join(source, 'src', 'start.ts')),
  );
  writeFileSync(join(out, 'index.js'), code);
  // The chunks and each action's metadata (its options and defaults), as ncc relocates them.
  const files = writeAssets(out, assets);
  writeFileSync(join(out, 'licenses.txt'), licenses);
  copyFileSync(join(source, 'bin', 'flow-actions.js'), join(out, 'bin', 'flow-actions.js'));
  copyFileSync(join(source, 'README.md'), join(out, 'README.md'));
  const written = ['bin/flow-actions.js', 'index.js', ...files, 'licenses.txt', 'README.md'];
  writeFileSync(join(out, 'package.json'), manifest(written));
  return [...written, 'package.json'];
}
