import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  checkLexical,
  checkReal,
  displayOf,
  errorCode,
  fileError,
  realOf,
  type ConfinedPath,
  type PathOptions,
} from './paths.ts';

/**
 * Confined resolution of the paths a workspace reads. The real path of every directory met is
 * cached, so a file costs one lstat (`resolve`) or none (`target`, whose open checks the last
 * name), where a realpath per file read every component again: most of the time of an action
 * that reads thousands of small files, each system call being slow on a sandboxed runner.
 *
 * The cache lives as long as its Workspace, one run, and trusts that a directory it resolved is
 * not swapped for a link meanwhile: true of a checkout. An action that lets untrusted processes
 * change the workspace (containers) must read what it needs before it starts them.
 */
export class Resolver {
  private readonly realDirs = new Map<string, string>();
  private readonly root: string;
  private readonly realRoot: string;

  constructor(root: string, realRoot: string) {
    this.root = root;
    this.realRoot = realRoot;
  }

  resolve(path: string, options: PathOptions): ConfinedPath {
    const { lexical, display } = this.lexical(path, options);
    const real = this.realOf(lexical, display, options);
    if (real !== undefined) checkReal(real, display, [this.realRoot], options);
    return { real, lexical, display };
  }

  /**
   * Where a file to read is, without a system call once its directory is known; undefined when
   * its directory is not there or not plainly one. The caller opens it without following a link
   * (O_NOFOLLOW) and, if it is one, resolves it with `resolve`.
   */
  target(path: string, options: PathOptions): { real: string | undefined; display: string } {
    const { lexical, display } = this.lexical(path, options);
    if (lexical === this.root) return { real: this.realRoot, display };
    const dir = this.realDir(dirname(lexical), display, options);
    if (dir === undefined) return { real: undefined, display };
    const real = join(dir, basename(lexical));
    checkReal(real, display, [this.realRoot], options);
    return { real, display };
  }

  private lexical(path: string, options: PathOptions) {
    if (path.includes('\0')) throw fileError('(invalid path)', 'contains a NUL byte', options);
    const lexical = resolve(this.root, path);
    const display = displayOf(this.root, path, lexical);
    checkLexical(lexical, display, [this.root], options);
    return { lexical, display };
  }

  /** Whether `lexical` is a directory this resolver has already seen as one. */
  knownDirectory(lexical: string): boolean {
    return lexical === this.root || this.realDirs.has(lexical);
  }

  /** Remember the directories a listing found (entries that are directories, not links). */
  addDirectories(lexicalDir: string, realDir: string, names: readonly string[]): void {
    for (const name of names) this.realDirs.set(join(lexicalDir, name), join(realDir, name));
  }

  private realOf(lexical: string, display: string, options: PathOptions): string | undefined {
    if (lexical === this.root) return this.realRoot;
    const known = this.realDirs.get(lexical);
    if (known !== undefined) return known;
    const dir = this.realDir(dirname(lexical), display, options);
    if (dir === undefined) return realOf(lexical, display, options);
    const candidate = join(dir, basename(lexical));
    const stats = lstatOf(candidate, display, options);
    if (stats === undefined) return undefined;
    if (stats.isSymbolicLink()) return realOf(lexical, display, options);
    if (stats.isDirectory()) this.realDirs.set(lexical, candidate);
    return candidate;
  }

  /** The real path of a directory inside the root, cached; undefined when it is not one. */
  private realDir(lexical: string, display: string, options: PathOptions): string | undefined {
    if (lexical === this.root) return this.realRoot;
    const known = this.realDirs.get(lexical);
    if (known !== undefined) return known;
    const parent = this.realDir(dirname(lexical), display, options);
    if (parent === undefined) return undefined;
    const candidate = join(parent, basename(lexical));
    const stats = lstatOf(candidate, display, options);
    let real: string | undefined;
    if (stats?.isDirectory()) real = candidate;
    else if (stats?.isSymbolicLink()) real = linkedDirectory(candidate);
    if (real !== undefined) this.realDirs.set(lexical, real);
    return real;
  }
}

/** lstat, undefined when nothing is there; a directory that cannot be searched is an error. */
function lstatOf(path: string, display: string, options: PathOptions) {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOTDIR') return undefined;
    if (code === 'EACCES') throw fileError(display, 'cannot be read: permission denied', options);
    throw fileError(display, `cannot be resolved (${code ?? 'error'})`, options);
  }
}

/** Where a link to a directory leads (checked by the caller), or undefined: the slow path decides. */
function linkedDirectory(link: string): string | undefined {
  try {
    const real = realpathSync.native(link);
    return statSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}
