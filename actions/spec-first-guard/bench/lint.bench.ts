/**
 * node actions/spec-first-guard/bench/lint.bench.ts [runs]
 * Our lint beside Redocly's (in-process, the five rules we share), in turns, on:
 *  1. GitHub's REST description as JSON (@octokit/openapi, 13 MB);
 *  2. YAML: Blockfrost's description as published (@blockfrost/openapi), and GitHub's converted
 *     to YAML (the same content, 3.5x the operations of any YAML description on npm);
 *  3. multi-file: GitHub's split into one file per operation and component (scripts/split-spec.ts),
 *     committed to a scratch repository and read from the commit through `git cat-file --batch`,
 *     as the action reads a pull request (Redocly reads the same files from the folder).
 * Ours is the whole lint of the action: read, parse, resolve `$ref`s, validate against the
 * OpenAPI schema, every rule. Targets: JSON >= 5x, YAML >= 2x, multi-file at most Redocly's time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { BlobReader } from '@flow-actions/git';
import { folderSource, PEER_NAME, peerFindings, PUBLIC_DOCUMENTS } from '../scripts/peer-linter.ts';
import { splitSpec } from '../scripts/split-spec.ts';
import { OVERLAPPING_RULES } from '../src/openapi/completeness.ts';
import { lintSpec, loadSpec } from '../src/openapi/lint.ts';
import type { FileSource } from '../src/openapi/refs.ts';

const runs = Number(process.argv[2] ?? 5);
const github = PUBLIC_DOCUMENTS['api.github.com.json']!;
const scratch = mkdtempSync(join(tmpdir(), 'spec-bench-'));

interface Case {
  name: string;
  folder: string;
  file: string;
  source: () => FileSource;
}

function gitRepo(folder: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: folder,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@b',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@b',
      },
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'spec');
  return folder;
}

function commitSource(folder: string): FileSource {
  const blobs = new BlobReader(folder);
  return { read: (path) => blobs.read('HEAD', path) };
}

function cases(): Case[] {
  const yamlFolder = join(scratch, 'github-yaml');
  execFileSync('mkdir', ['-p', yamlFolder]);
  writeFileSync(
    join(yamlFolder, 'api.github.com.yaml'),
    stringify(JSON.parse(readFileSync(github, 'utf8')), {
      aliasDuplicateObjects: false,
      lineWidth: 0,
    }),
  );
  const splitFolder = join(scratch, 'github-split');
  const files = splitSpec(github, splitFolder);
  gitRepo(splitFolder);
  const blockfrost = PUBLIC_DOCUMENTS['blockfrost (yaml)']!;
  const fromFolder = (folder: string) => () => folderSource(folder);
  return [
    {
      name: 'GitHub, JSON (13 MB)',
      folder: dirname(github),
      file: basename(github),
      source: fromFolder(dirname(github)),
    },
    {
      name: 'Blockfrost, YAML (0.5 MB)',
      folder: dirname(blockfrost),
      file: basename(blockfrost),
      source: fromFolder(dirname(blockfrost)),
    },
    {
      name: 'GitHub as YAML (10 MB)',
      folder: yamlFolder,
      file: 'api.github.com.yaml',
      source: fromFolder(yamlFolder),
    },
    {
      name: `GitHub split, ${files} files, from git`,
      folder: splitFolder,
      file: 'openapi.yaml',
      source: () => commitSource(splitFolder),
    },
  ];
}

/** Ours: read, parse, resolve, then every rule and the schema, or only the five shared rules. */
async function ours(bench: Case, shared: boolean): Promise<number> {
  const source = bench.source();
  const documents = await loadSpec(bench.file, (await source.read(bench.file))!, source);
  const options = shared ? { rules: new Set(OVERLAPPING_RULES), structure: false } : {};
  return lintSpec(documents!, options).findings.length;
}

async function theirs(bench: Case): Promise<number> {
  const source = folderSource(bench.folder);
  const documents = await loadSpec(bench.file, (await source.read(bench.file))!, source);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const found = (await peerFindings(bench.folder, bench.file, documents!)).length;
  // Only Redocly's own run is timed: loading ours to key its problems is not its cost.
  timed.wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  timed.cpu = (used.user + used.system) / 1000;
  return found;
}
const timed = { wall: 0, cpu: 0 };

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Samples {
  wall: number[];
  cpu: number[];
}

async function sample(into: Samples, run: () => Promise<unknown>): Promise<void> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  into.wall.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  into.cpu.push((used.user + used.system) / 1000);
}

/** Ours whole, ours on the shared rules, and Redocly, in turns. */
async function measure(bench: Case): Promise<[Samples, Samples, Samples]> {
  const [whole, shared, peer]: Samples[] = [0, 1, 2].map(() => ({ wall: [], cpu: [] }));
  for (let round = 0; round < runs; round++) {
    await sample(whole!, () => ours(bench, false));
    await sample(shared!, () => ours(bench, true));
    await theirs(bench);
    peer!.wall.push(timed.wall);
    peer!.cpu.push(timed.cpu);
  }
  return [whole!, shared!, peer!];
}

const cell = (values: number[]) => median(values).toFixed(0).padStart(8);
console.log(`${runs} rounds in turns, medians in ms (wall / CPU); peer: ${PEER_NAME}, 5 rules\n`);
console.log(
  `${'document'.padEnd(40)} ${'whole'.padStart(17)} ${'5 rules'.padStart(17)} ${'peer'.padStart(17)}  5 rules vs peer`,
);
try {
  for (const bench of cases()) {
    const [whole, shared, peer] = await measure(bench);
    const ratio = (key: keyof Samples) => (median(peer[key]) / median(shared[key])).toFixed(1);
    console.log(
      `${bench.name.padEnd(40)} ${cell(whole.wall)} ${cell(whole.cpu)} ${cell(shared.wall)} ${cell(shared.cpu)} ${cell(peer.wall)} ${cell(peer.cpu)}  ${ratio('cpu')}x CPU, ${ratio('wall')}x wall`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
