/**
 * Bounds on the numbers a report writes: memory follows what a report holds, never a number
 * written in it. A stranger's report saying "line 2,000,000,000" or "(1/4000000000) branches"
 * is an error naming the report, not an allocation.
 */
export const MAX_LINE = 1_000_000;
export const MAX_BRANCHES_PER_LINE = 1_000;

/** A number beyond a bound; parsers turn it into a malformed-report error at the report's line. */
export class LimitError extends Error {}

/** A source line number: a whole number from 0 (some tools write 0) up to MAX_LINE. */
export function checkLine(line: number): void {
  if (!Number.isInteger(line) || line < 0 || line > MAX_LINE)
    throw new LimitError(
      `line number ${line} is no line of a source file (whole numbers up to ${MAX_LINE.toLocaleString('en')})`,
    );
}

/** A line's branch count, as Cobertura, JaCoCo and Clover give it. */
export function checkBranchCount(covered: number, total: number): void {
  if (!Number.isInteger(total) || total < 0 || total > MAX_BRANCHES_PER_LINE)
    throw new LimitError(
      `${total} branches on one line: a line has whole numbers of branches up to ${MAX_BRANCHES_PER_LINE}`,
    );
  if (!Number.isInteger(covered) || covered < 0 || covered > total)
    throw new LimitError(`${covered} of ${total} branches covered`);
}
