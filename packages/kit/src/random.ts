import { closeSync, openSync, readSync } from 'node:fs';

/**
 * `bytes` random bytes from the kernel's generator, as hex: output delimiters, stop tokens,
 * temporary names. Each run needs a few, and node:crypto would cost about 3 ms of every action's
 * start for them (it loads its ciphers, keys and streams when imported). /dev/urandom is the
 * generator node:crypto draws from too; where it is missing (Windows), node:crypto is loaded.
 */
export function randomHex(bytes: number): string {
  const buffer = Buffer.alloc(bytes);
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    for (let filled = 0; filled < bytes;) {
      const read = readSync(fd, buffer, filled, bytes - filled, null);
      if (read === 0) throw new Error('/dev/urandom ended');
      filled += read;
    }
  } catch {
    return process.getBuiltinModule('node:crypto').randomBytes(bytes).toString('hex');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return buffer.toString('hex');
}
