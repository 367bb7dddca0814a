import { UsageError } from '@flow-actions/kit';

/** A report that does not parse: the error names the file and the line. */
export function malformed(file: string, line: number | undefined, message: string): UsageError {
  return new UsageError(`malformed coverage report: ${message}`, {
    input: 'reports',
    location: line === undefined ? { file } : { file, line },
  });
}
