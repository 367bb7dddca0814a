import { open, stat } from 'node:fs/promises';
import { UsageError } from '@flow-actions/kit';

// Reads of report files whose real path the workspace has confined (collect.ts resolves each
// through kit's Workspace first): kit reads whole files, an lcov report of 100 MB is streamed.

/** XML and JSON reports are parsed whole: beyond this they are refused, not read. */
export const MAX_WHOLE_REPORT_BYTES = 256 << 20;

/**
 * The file's bytes, read into two reused buffers in turn: a stream would allocate a buffer a
 * chunk, and 100 MB of them wait for the garbage collector. The next chunk is read (by libuv's
 * thread pool) while the caller parses this one, which stays intact until the caller asks for
 * the next.
 */
export async function* readChunks(path: string, size = 1 << 20): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let next = handle.read(buffers[0]!, 0, size, null);
  try {
    for (let turn = 1; ; turn ^= 1) {
      const { bytesRead, buffer } = await next;
      if (bytesRead === 0) return;
      next = handle.read(buffers[turn]!, 0, size, null);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // a read still under way when the caller stops (a malformed report) ends before the close
    await next.catch(() => undefined);
    await handle.close();
  }
}

/** The first bytes of a file, for detecting its format. */
export async function readHead(file: string, bytes = 4096): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A whole report as text, refused past MAX_WHOLE_REPORT_BYTES; errors name it `name`. */
export async function readWhole(file: string, name: string): Promise<string> {
  const { size } = await stat(file);
  if (size > MAX_WHOLE_REPORT_BYTES) {
    throw new UsageError(
      `${name} is larger than the limit of ${MAX_WHOLE_REPORT_BYTES >> 20} MiB for an XML or JSON report`,
      { input: 'reports', location: { file: name } },
    );
  }
  const handle = await open(file, 'r');
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
