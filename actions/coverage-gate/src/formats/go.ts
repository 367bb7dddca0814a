import { checkLine } from '../limits.ts';
import { FileCoverage } from '../model.ts';
import { insideAny, type FunctionExtent } from './go-functions.ts';
import { malformed } from './malformed.ts';

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
/** A block is a run of statements without a branch: thousands of lines at most, never this. */
const MAX_BLOCK_LINES = 100_000;

/** The function declarations of a profile's source file, or undefined when it is not at hand. */
export type FunctionsOf = (path: string) => readonly FunctionExtent[] | undefined;

/**
 * A Go coverprofile (`go test -coverprofile`, any mode). Blocks are statements weighted by their
 * statement count; the same block twice (several profiles concatenated) merges as `go tool cover`
 * merges it. As `go tool cover -func` does, only blocks inside function declarations count when
 * the source file is at hand (`functionsOf`): a package-level `var f = func() {…}` is left out.
 * A line's hits are those of the blocks that touch it.
 */
export function parseGoProfile(
  file: string,
  text: string,
  functionsOf: FunctionsOf = () => undefined,
): FileCoverage[] {
  const extents = new Map<string, readonly FunctionExtent[] | undefined>();
  let visits = 0;
  const files = new Map<string, FileCoverage>();
  let mode: string | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (line.startsWith('mode: ')) {
      const next = line.slice(6).trim();
      if (!MODES.has(next))
        throw malformed(file, index + 1, `unknown mode ${JSON.stringify(next)}`);
      if (mode && mode !== next)
        throw malformed(
          file,
          index + 1,
          `mode ${next} after mode ${mode}: profiles of different modes cannot merge`,
        );
      mode = next;
      continue;
    }
    if (!mode) throw malformed(file, index + 1, 'a coverprofile starts with a "mode:" line');
    const match = BLOCK.exec(line);
    if (!match)
      throw malformed(file, index + 1, 'expected file:line.col,line.col statements count');
    const [, path, startLine, startCol, endLine, endCol, statements, count] = match;
    if (!extents.has(path!)) extents.set(path!, functionsOf(path!));
    const functions = extents.get(path!);
    const block = {
      startLine: Number(startLine),
      startCol: Number(startCol),
      endLine: Number(endLine),
      endCol: Number(endCol),
    };
    if (block.endLine < block.startLine || block.endLine - block.startLine > MAX_BLOCK_LINES)
      throw malformed(file, index + 1, `a block from line ${startLine} to ${endLine}`);
    checkLine(block.endLine);
    if (functions && !insideAny(functions, block)) continue;
    const coverage = files.get(path!) ?? new FileCoverage(path!);
    files.set(path!, coverage);
    coverage.measure('statements');
    coverage.measure('lines');
    const hits = mode === 'set' ? Math.min(1, Number(count)) : Number(count);
    coverage.addStatement(
      `${startLine}.${startCol},${endLine}.${endCol}`,
      Number(statements),
      hits,
    );
    // the lines blocks span stay proportional to the profile's size
    visits += block.endLine - block.startLine + 1;
    if (visits > 32 * text.length + 1_000_000)
      throw malformed(file, index + 1, 'its blocks span more lines than a profile of its size can');
    for (let number = Number(startLine); number <= Number(endLine); number++)
      coverage.lines.add(number, hits);
  }
  if (!mode) throw malformed(file, 1, 'empty coverprofile: no "mode:" line');
  return [...files.values()];
}
