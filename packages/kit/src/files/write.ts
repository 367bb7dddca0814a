import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { randomHex } from '../random.ts';
import { close, open, rename, rm, writeFile } from './fs-async.ts';
import { fileError, type PathOptions } from './paths.ts';

// O_EXCL with O_CREAT fails on any existing name, a symbolic link included.
const TEMP_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
const STREAM_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;

/** The target's real path in its confined directory, refused when it is a link or not a file. */
export function outputTarget(
  realDir: string,
  lexical: string,
  display: string,
  options: PathOptions,
): string {
  const target = join(realDir, basename(lexical));
  let stats;
  try {
    stats = lstatSync(target);
  } catch {
    return target;
  }
  if (stats.isSymbolicLink())
    throw fileError(display, 'is a symbolic link: refusing to write through it', options);
  if (stats.isDirectory()) throw fileError(display, 'is a directory, not a file', options);
  if (!stats.isFile()) throw fileError(display, 'is not a regular file', options);
  return target;
}

function writeError(error: unknown, display: string, options: PathOptions) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return fileError(display, 'cannot be written: permission denied', options);
  if (code === 'ENOTDIR')
    return fileError(display, 'has a file where a directory should be', options);
  return fileError(display, `cannot be written (${code ?? 'error'})`, options);
}

const tempName = (target: string) => join(target, '..', `.${basename(target)}.${randomHex(6)}.tmp`);

/** Write to a fresh temporary file beside the target, then rename it over the target. */
export function replaceFileSync(
  target: string,
  data: string | Uint8Array | readonly (string | Uint8Array)[],
  display: string,
  options: PathOptions,
): void {
  const temp = tempName(target);
  try {
    const fd = openSync(temp, TEMP_FLAGS, 0o644);
    try {
      for (const piece of Array.isArray(data) ? data : [data]) writeFileSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeError(error, display, options);
  }
}

export async function replaceFile(
  target: string,
  data: string | Uint8Array | readonly (string | Uint8Array)[],
  display: string,
  options: PathOptions,
): Promise<void> {
  const temp = tempName(target);
  try {
    const fd = await open(temp, TEMP_FLAGS, 0o644);
    try {
      for (const piece of Array.isArray(data) ? data : [data]) await writeFile(fd, piece);
    } finally {
      await close(fd);
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw writeError(error, display, options);
  }
}

/** A file descriptor open for writing at the target, which must not be a link. */
export function openOutputSync(target: string, display: string, options: PathOptions): number {
  try {
    return openSync(target, STREAM_FLAGS, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw fileError(display, 'is a symbolic link: refusing to write through it', options);
    throw writeError(error, display, options);
  }
}
