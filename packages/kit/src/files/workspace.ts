import { createWriteStream, readdirSync, statSync, type Dirent, type WriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  confine,
  confineParent,
  fileError,
  realRoot,
  type ConfinedPath,
  type PathOptions,
} from './paths.ts';
import { readBytes, readBytesSync, type ReadOptions } from './read.ts';
import { openOutputSync, outputTarget, replaceFile, replaceFileSync } from './write.ts';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  name: string;
  /** Repository-relative, `/`-separated. */
  path: string;
  /** What the entry itself is; a link is not followed (stat() it, confined, to see its target). */
  kind: EntryKind;
}

export interface FileInfo {
  kind: 'file' | 'directory' | 'other';
  size: number;
  /** Repository-relative, `/`-separated. */
  path: string;
}

const kindOf = (entry: Dirent): EntryKind =>
  entry.isSymbolicLink()
    ? 'symlink'
    : entry.isDirectory()
      ? 'directory'
      : entry.isFile()
        ? 'file'
        : 'other';

const joinDisplay = (dir: string, name: string) => (dir === '.' ? name : `${dir}/${name}`);

/**
 * Every file an action reads or writes goes through one of these. Reads stay inside the
 * workspace, links followed only while they stay inside; outputs may also go to `outputRoots`
 * (RUNNER_TEMP) and are never written through a link. Errors are UsageErrors naming the
 * repository-relative path: never the file's content, never where a link points.
 */
export class Workspace {
  readonly root: string;
  private readonly outputRoots: readonly string[];
  private realRootCache: string | undefined;
  private realOutputCache: string[] | undefined;

  constructor(root: string, options: { outputRoots?: readonly string[] } = {}) {
    this.root = resolve(root);
    this.outputRoots = (options.outputRoots ?? []).map((dir) => resolve(dir));
  }

  private get realRoot(): string {
    return (this.realRootCache ??= realRoot(this.root));
  }

  /** Resolve a path to read, refusing one that is, or leads, outside the workspace. */
  resolve(path: string, options: PathOptions = {}): ConfinedPath {
    return confine(this.root, [this.realRoot], [this.root], path, options);
  }

  /** The resolved path of an existing entry, or a UsageError saying it does not exist. */
  private existing(path: string, options: PathOptions): ConfinedPath & { real: string } {
    const confined = this.resolve(path, options);
    if (confined.real === undefined) throw fileError(confined.display, 'does not exist', options);
    return confined as ConfinedPath & { real: string };
  }

  readBytesSync(path: string, options: ReadOptions = {}): Buffer {
    const { real, display } = this.existing(path, options);
    return readBytesSync(real, display, options);
  }

  readTextSync(path: string, options: ReadOptions = {}): string {
    return this.readBytesSync(path, options).toString('utf8');
  }

  async readBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
    const { real, display } = this.existing(path, options);
    return readBytes(real, display, options);
  }

  async readText(path: string, options: ReadOptions = {}): Promise<string> {
    return (await this.readBytes(path, options)).toString('utf8');
  }

  /** What is at `path` (links followed inside the workspace); undefined when nothing is. */
  statSync(path: string, options: PathOptions = {}): FileInfo | undefined {
    const { real, display } = this.resolve(path, options);
    return real === undefined ? undefined : infoOf(statSync(real), display);
  }

  async stat(path: string, options: PathOptions = {}): Promise<FileInfo | undefined> {
    const { real, display } = this.resolve(path, options);
    return real === undefined ? undefined : infoOf(await stat(real), display);
  }

  existsSync(path: string, options: PathOptions = {}): boolean {
    return this.statSync(path, options) !== undefined;
  }

  async exists(path: string, options: PathOptions = {}): Promise<boolean> {
    return (await this.stat(path, options)) !== undefined;
  }

  /** The entries of a directory inside the workspace, sorted by name. */
  listSync(dir: string, options: PathOptions = {}): DirEntry[] {
    const { real, display } = this.directory(dir, options);
    return entriesOf(readdirSync(real, { withFileTypes: true }), display);
  }

  async list(dir: string, options: PathOptions = {}): Promise<DirEntry[]> {
    const { real, display } = this.directory(dir, options);
    return entriesOf(await readdir(real, { withFileTypes: true }), display);
  }

  private directory(dir: string, options: PathOptions) {
    const confined = this.existing(dir, options);
    if (!statSync(confined.real).isDirectory())
      throw fileError(confined.display, 'is not a directory', options);
    return confined;
  }

  /** Where an output may be written: inside the workspace or an output root, not through a link. */
  private outputPath(path: string, options: PathOptions): { target: string; display: string } {
    this.realOutputCache ??= this.outputRoots.map((dir) => realRoot(dir, true));
    const realRoots = [this.realRoot, ...this.realOutputCache];
    const lexicalRoots = [this.root, ...this.outputRoots];
    const { lexical, display } = confine(this.root, realRoots, lexicalRoots, path, options);
    const realDir = confineParent(lexical, display, realRoots, options);
    return { target: outputTarget(realDir, lexical, display, options), display };
  }

  /** Write a whole file (temporary file + rename); returns the path written. */
  writeOutputSync(path: string, data: string | Uint8Array, options: PathOptions = {}): string {
    const { target, display } = this.outputPath(path, options);
    replaceFileSync(target, data, display, options);
    return target;
  }

  async writeOutput(
    path: string,
    data: string | Uint8Array | readonly (string | Uint8Array)[],
    options: PathOptions = {},
  ): Promise<string> {
    const { target, display } = this.outputPath(path, options);
    await replaceFile(target, data, display, options);
    return target;
  }

  /** A stream writing the output file (logs), opened with O_NOFOLLOW. */
  createOutputStream(path: string, options: PathOptions = {}): WriteStream {
    const { target, display } = this.outputPath(path, options);
    return createWriteStream(target, { fd: openOutputSync(target, display, options) });
  }
}

function infoOf(stats: ReturnType<typeof statSync>, display: string): FileInfo {
  const kind = stats!.isFile() ? 'file' : stats!.isDirectory() ? 'directory' : 'other';
  return { kind, size: Number(stats!.size), path: display };
}

function entriesOf(entries: Dirent[], display: string): DirEntry[] {
  return entries
    .map((entry) => ({
      name: entry.name,
      path: joinDisplay(display, entry.name),
      kind: kindOf(entry),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The workspace of a run: reads in `workspace`, outputs also in `tempDir` (RUNNER_TEMP). */
export function workspaceOf(context: { workspace: string; tempDir?: string }): Workspace {
  return new Workspace(context.workspace, {
    outputRoots: context.tempDir ? [context.tempDir] : [],
  });
}
