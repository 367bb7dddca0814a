import { createWriteStream, readdirSync, statSync, type Dirent, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { readdir, stat } from './fs-async.ts';
import {
  confine,
  confineParent,
  fileError,
  realRoot,
  type ConfinedPath,
  type PathOptions,
} from './paths.ts';
import { readBytes, readBytesSync, type ReadOptions } from './read.ts';
import { Resolver } from './resolver.ts';
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
 * (RUNNER_TEMP) and are never written through a link. Nothing is read or written inside `.git`
 * (even through a link): it holds the checkout's credentials and hooks. Errors are UsageErrors
 * naming the repository-relative path: never the file's content, never where a link points.
 */
export class Workspace {
  readonly root: string;
  private readonly outputRoots: readonly string[];
  private realRootCache: string | undefined;
  private realOutputCache: string[] | undefined;
  private resolver: Resolver | undefined;

  constructor(root: string, options: { outputRoots?: readonly string[] } = {}) {
    this.root = resolve(root);
    this.outputRoots = (options.outputRoots ?? []).map((dir) => resolve(dir));
  }

  private get realRoot(): string {
    return (this.realRootCache ??= realRoot(this.root));
  }

  /** Resolve a path to read, refusing one that is, or leads, outside the workspace or into .git. */
  resolve(path: string, options: PathOptions = {}): ConfinedPath {
    return this.reads.resolve(path, options);
  }

  private get reads(): Resolver {
    return (this.resolver ??= new Resolver(this.root, this.realRoot));
  }

  /** A file to read: its path without a system call, and how to resolve it if it is a link. */
  private readTarget(path: string, options: PathOptions) {
    const target = this.reads.target(path, options);
    const resolveLink = () => this.existing(path, options).real;
    if (target.real !== undefined)
      return { real: target.real, display: target.display, resolveLink };
    return { ...this.existing(path, options), resolveLink: undefined };
  }

  /** The resolved path of an existing entry, or a UsageError saying it does not exist. */
  private existing(path: string, options: PathOptions): ConfinedPath & { real: string } {
    const confined = this.resolve(path, options);
    if (confined.real === undefined) throw fileError(confined.display, 'does not exist', options);
    return confined as ConfinedPath & { real: string };
  }

  readBytesSync(path: string, options: ReadOptions = {}): Buffer {
    const { real, display, resolveLink } = this.readTarget(path, options);
    return readBytesSync(real, display, options, resolveLink);
  }

  readTextSync(path: string, options: ReadOptions = {}): string {
    return this.readBytesSync(path, options).toString('utf8');
  }

  async readBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
    const { real, display, resolveLink } = this.readTarget(path, options);
    return readBytes(real, display, options, resolveLink);
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
    const confined = this.directory(dir, options);
    return this.entries(confined, readdirSync(confined.real, { withFileTypes: true }));
  }

  async list(dir: string, options: PathOptions = {}): Promise<DirEntry[]> {
    const confined = this.directory(dir, options);
    return this.entries(confined, await readdir(confined.real, { withFileTypes: true }));
  }

  private directory(dir: string, options: PathOptions) {
    const confined = this.existing(dir, options);
    if (!this.reads.knownDirectory(confined.lexical) && !statSync(confined.real).isDirectory())
      throw fileError(confined.display, 'is not a directory', options);
    return confined;
  }

  /** The sorted entries; the directories among them are remembered, so a walk resolves none twice. */
  private entries(dir: ConfinedPath & { real: string }, entries: Dirent[]): DirEntry[] {
    const listed = entriesOf(entries, dir.display);
    const directories = listed.filter((entry) => entry.kind === 'directory');
    this.reads.addDirectories(
      dir.lexical,
      dir.real,
      directories.map((entry) => entry.name),
    );
    return listed;
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

  /** Write a whole file (temporary file + rename), in pieces; returns the path written. */
  writeOutputSync(
    path: string,
    data: string | Uint8Array | readonly (string | Uint8Array)[],
    options: PathOptions = {},
  ): string {
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
