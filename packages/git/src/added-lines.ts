import { changedLines } from './diff.ts';

/** A line the head side added, with its text at head. */
export interface AddedLine {
  file: string;
  line: number;
  text: string;
}

/**
 * The lines base..head added to `files`, with their text as `read` gives it at head; a file that
 * is gone at head or binary (a NUL byte) has none.
 */
export async function addedLines(
  cwd: string,
  range: { base: string; head: string },
  files: readonly string[],
  read: (file: string) => Promise<string | undefined>,
): Promise<Map<string, AddedLine[]>> {
  const ranges = await changedLines(cwd, range.base, range.head);
  const result = new Map<string, AddedLine[]>();
  for (const file of files) {
    const spans = ranges.get(file);
    if (!spans?.length) continue;
    const text = await read(file);
    if (text === undefined || text.includes('\0')) continue;
    const lines = text.split(/\r?\n/);
    result.set(
      file,
      spans.flatMap(([start, end]) =>
        lines
          .slice(start - 1, end)
          .map((line, index) => ({ file, line: start + index, text: line })),
      ),
    );
  }
  return result;
}
