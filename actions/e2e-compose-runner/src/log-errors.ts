/** Lines a service logged that look like errors, with where they are. */
export interface ErrorLine {
  service: string;
  line: number;
  text: string;
}

/** ERROR, FATAL, a Go panic, a Python traceback, or a JSON log with level error. */
export const DEFAULT_LOG_ERROR_PATTERN = String.raw`ERROR|FATAL|panic:|Traceback|"level"\s*:\s*"error"`;

/** Every line of `log` matching `pattern`; `log` is stripped of Docker's timestamps first. */
export function findErrorLines(service: string, log: string, pattern: RegExp): ErrorLine[] {
  const matcher = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const found: ErrorLine[] = [];
  log.split('\n').forEach((text, index) => {
    if (matcher.test(text)) found.push({ service, line: index + 1, text });
  });
  return found;
}

/** "1 error line", "3 error lines". */
export function errorLines(count: number): string {
  return `${count} error ${count === 1 ? 'line' : 'lines'}`;
}
