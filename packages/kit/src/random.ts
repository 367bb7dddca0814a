import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

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
    // required when needed (process.getBuiltinModule is missing before Node 20.16, which the CLI runs on)
    const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    return crypto.randomBytes(bytes).toString('hex');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return buffer.toString('hex');
}
