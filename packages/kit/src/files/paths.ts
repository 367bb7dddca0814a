import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.ts';

/** Who asked for a path: named in errors as "input 'reports': coverage/lcov.info: ...". */
export interface PathOptions {
  input?: string | undefined;
}

/** A path checked to stay inside its root: `real` for the file system, `display` for people. */
export interface ConfinedPath {
  /** The real path (symbolic links resolved); undefined when nothing exists there. */
  real: string | undefined;
  /** The path as given, resolved against the root without following links. */
  lexical: string;
  /** Repository-relative with `/` separators; the only name errors may show. */
  display: string;
}

/** Posix separators, for paths shown to people and matched by globs. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `path` relative to `root` (both absolute and normalised), or undefined when it lies outside. */
export function relativeInside(root: string, path: string): string | undefined {
  if (sep === '/') {
    // A string prefix, not path.relative: this runs for every file read.
    if (path === root) return '';
    const prefix = root.endsWith('/') ? root : `${root}/`;
    return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
  }
  const rel = relative(root, path);
  const inside = rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
  return inside ? rel : undefined;
}

/** Whether a relative path goes through `.git`: git's own files hold the checkout's credentials. */
export function inGit(rel: string): boolean {
  return /(?:^|[\\/])\.git(?:[\\/]|$)/i.test(rel);
}

/** Refuse a real path unless it lies inside one of `realRoots`, outside any `.git`. */
export function checkReal(
  real: string,
  display: string,
  realRoots: readonly string[],
  options: PathOptions,
): void {
  checkInside(
    real,
    display,
    realRoots,
    'is a symbolic link that leads outside the workspace',
    options,
  );
}

function checkInside(
  path: string,
  display: string,
  roots: readonly string[],
  outside: string,
  options: PathOptions,
): void {
  for (const root of roots) {
    const rel = relativeInside(root, path);
    if (rel === undefined) continue;
    if (inGit(rel)) throw fileError(display, 'is inside .git', options);
    return;
  }
  throw fileError(display, outside, options);
}

/** A file error for `display`: never the content, never where a link points. */
export function fileError(display: string, message: string, options: PathOptions = {}) {
  return new UsageError(message, { input: options.input, location: { file: display } });
}

/** The real path of an existing directory root; a missing root is created (RUNNER_TEMP). */
export function realRoot(root: string, create = false): string {
  try {
    if (create) mkdirSync(root, { recursive: true });
    return realpathSync.native(root);
  } catch (error) {
    const code = errorCode(error) ?? 'error';
    throw new UsageError(`the directory ${root} cannot be used (${code})`, { cause: error });
  }
}

/** The path as people see it: repository-relative, or as given when it lies outside. */
export function displayOf(root: string, given: string, lexical: string): string {
  const rel = relativeInside(root, lexical);
  return rel === undefined ? toPosix(given) : toPosix(rel) || '.';
}

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** The real path, or undefined when nothing is there; a dangling link or a loop is an error. */
export function realOf(lexical: string, display: string, options: PathOptions): string | undefined {
  try {
    return realpathSync.native(lexical);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') throw fileError(display, 'is a loop of symbolic links', options);
    if (code === 'EACCES') throw fileError(display, 'cannot be read: permission denied', options);
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      throw fileError(display, `cannot be resolved (${code ?? 'error'})`, options);
    let dangling = false;
    try {
      dangling = lstatSync(lexical).isSymbolicLink();
    } catch {
      // nothing at all there
    }
    if (dangling)
      throw fileError(display, 'is a symbolic link to a file that does not exist', options);
    return undefined;
  }
}

/** Refuse a path as written unless it lies inside one of `lexicalRoots`, outside any `.git`. */
export function checkLexical(
  lexical: string,
  display: string,
  lexicalRoots: readonly string[],
  options: PathOptions,
): void {
  checkInside(lexical, display, lexicalRoots, 'is outside the workspace', options);
}

/**
 * Resolve `path` (relative to `root`, or absolute) and refuse it unless both the path as written
 * and its real path (links followed) lie inside one of `roots` (real paths of the roots), and
 * neither goes through `.git`.
 */
export function confine(
  root: string,
  realRoots: readonly string[],
  lexicalRoots: readonly string[],
  path: string,
  options: PathOptions = {},
): ConfinedPath {
  if (path.includes('\0')) throw fileError('(invalid path)', 'contains a NUL byte', options);
  const lexical = resolve(root, path);
  const display = displayOf(root, path, lexical);
  checkLexical(lexical, display, lexicalRoots, options);
  const real = realOf(lexical, display, options);
  if (real !== undefined) checkReal(real, display, realRoots, options);
  return { real, lexical, display };
}

/**
 * The real directory a new file at `lexical` would be written in: its nearest existing ancestor
 * must really lie inside a root before any missing directories are made under it.
 */
export function confineParent(
  lexical: string,
  display: string,
  realRoots: readonly string[],
  options: PathOptions,
): string {
  const parent = dirname(lexical);
  let existing = parent;
  let real: string | undefined;
  for (;;) {
    real = realOf(existing, display, options);
    if (real !== undefined || dirname(existing) === existing) break;
    existing = dirname(existing);
  }
  if (real === undefined)
    throw fileError(display, 'is a symbolic link that leads outside the workspace', options);
  checkReal(real, display, realRoots, options);
  if (existing !== parent) {
    mkdirSync(resolve(real, relative(existing, parent)), { recursive: true });
  }
  const madeReal = realOf(parent, display, options);
  if (madeReal === undefined)
    throw fileError(display, 'is a symbolic link that leads outside the workspace', options);
  checkReal(madeReal, display, realRoots, options);
  return madeReal;
}

/** A name from untrusted text (a service, a label) made safe as one file name in a directory. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[/\\\0]/g, '_');
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? `_${cleaned}` : cleaned;
}
