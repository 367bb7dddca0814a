import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { close, fstat, open, read } from './fs-async.ts';
import { errorCode, fileError, type PathOptions } from './paths.ts';

export interface ReadOptions extends PathOptions {
  /** Refuse a file larger than this many bytes (default 64 MiB). */
  maxBytes?: number;
}

/**
 * Where a link leads (confined), when the last name of the path to read was not resolved before
 * the open and turned out to be a symbolic link: the open refuses to follow it (O_NOFOLLOW).
 */
export type LinkResolver = () => string;

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

// O_NONBLOCK: opening a FIFO must not hang the step; its fstat then refuses it.
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

function openError(error: unknown, display: string, options: PathOptions) {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM')
    return fileError(display, 'cannot be read: permission denied', options);
  if (code === 'ENOENT' || code === 'ENOTDIR') return fileError(display, 'does not exist', options);
  if (code === 'EISDIR') return fileError(display, 'is a directory, not a file', options);
  if (code === 'ELOOP') return fileError(display, 'is a symbolic link: not followed', options);
  return fileError(display, `cannot be read (${code ?? 'error'})`, options);
}

function checkStats(stats: Stats, display: string, limit: number, options: PathOptions): void {
  if (stats.isDirectory()) throw fileError(display, 'is a directory, not a file', options);
  if (!stats.isFile()) throw fileError(display, 'is not a regular file', options);
  if (stats.size > limit) throw tooLarge(display, limit, options);
}

function tooLarge(display: string, limit: number, options: PathOptions) {
  return fileError(display, `is larger than the limit of ${formatBytes(limit)}`, options);
}

/** Read a real path that `confine` accepted, refusing anything but a regular file within the limit. */
export function readBytesSync(
  real: string,
  display: string,
  options: ReadOptions = {},
  resolveLink?: LinkResolver,
): Buffer {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  try {
    fd = openSync(real, READ_FLAGS);
  } catch (error) {
    if (!resolveLink || errorCode(error) !== 'ELOOP') throw openError(error, display, options);
    return readBytesSync(resolveLink(), display, options);
  }
  try {
    const stats = fstatSync(fd);
    checkStats(stats, display, limit, options);
    const chunks: Buffer[] = [];
    let total = 0;
    // The first buffer fits the file as stat saw it (a 1 MiB buffer per small file made reading
    // thousands of them slow); a file that grows meanwhile is read on, still up to the limit.
    let size = Number(stats.size) + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(limit + 1 - total, size, 1 << 20) || 1);
      const count = readSync(fd, chunk, 0, chunk.length, null);
      if (count === 0) break;
      total += count;
      if (total > limit) throw tooLarge(display, limit, options);
      chunks.push(count === chunk.length ? chunk : chunk.subarray(0, count));
      if (count < chunk.length) break; // a regular file reads short only at its end
      size = Math.max(size, 1 << 16);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof Error && error.name === 'UsageError') throw error;
    throw openError(error, display, options);
  } finally {
    closeSync(fd);
  }
}

export async function readBytes(
  real: string,
  display: string,
  options: ReadOptions = {},
  resolveLink?: LinkResolver,
): Promise<Buffer> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  try {
    fd = await open(real, READ_FLAGS);
  } catch (error) {
    if (!resolveLink || errorCode(error) !== 'ELOOP') throw openError(error, display, options);
    return readBytes(resolveLink(), display, options);
  }
  try {
    checkStats(await fstat(fd), display, limit, options);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(limit + 1 - total, 1 << 20) || 1);
      const { bytesRead } = await read(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge(display, limit, options);
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof Error && error.name === 'UsageError') throw error;
    throw openError(error, display, options);
  } finally {
    await close(fd);
  }
}
