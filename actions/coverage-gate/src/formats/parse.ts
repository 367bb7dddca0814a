import { UsageError } from '@flow-actions/kit';
import { LimitError } from '../limits.ts';
import type { Format, ParsedReport } from '../model.ts';
import { parseClover } from './clover.ts';
import { parseCobertura } from './cobertura.ts';
import { parseCoveragePy } from './coveragepy.ts';
import { detectFormat } from './detect.ts';
import { parseGoProfile, type FunctionsOf } from './go.ts';
import { parseIstanbulFinal, parseIstanbulSummary } from './istanbul.ts';
import { parseJacoco } from './jacoco.ts';
import { parseLcovFile, parseLcovStream } from './lcov.ts';
import { malformed } from './malformed.ts';
import { readHead, readWhole } from './read.ts';
import { parseXml } from './xml.ts';

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line =
      /line (\d+)/.exec(message)?.[1] ??
      (position ? text.slice(0, Number(position[1])).split('\n').length : undefined);
    throw malformed(
      file,
      line === undefined ? undefined : Number(line),
      `invalid JSON: ${message}`,
    );
  }
}

/** A report's format: `format` itself, or (for 'auto') read from its first bytes; undefined when unknown. */
export async function formatOf(file: string, format: Format | 'auto'): Promise<Format | undefined> {
  return format === 'auto' ? detectFormat(await readHead(file)) : format;
}

/** What parsing needs from outside the report: a Go profile's function declarations. */
export interface ParseOptions {
  functionsOf?: FunctionsOf;
}

/** Parse one report file of a known format; errors name it `displayName`. */
export function parseReport(
  file: string,
  detected: Format,
  displayName = file,
  options: ParseOptions = {},
): Promise<ParsedReport> {
  return guarded(displayName, async () =>
    detected === 'lcov'
      ? {
          file: displayName,
          format: detected,
          files: await parseLcovFile(file, displayName),
          roots: [],
        }
      : parseText(displayName, detected, await readWhole(file, displayName), options),
  );
}

/** Parse a report held in memory (the fuzz tests' way in); errors name it `name`. */
export function parseReportText(
  name: string,
  detected: Format,
  text: string,
  options: ParseOptions = {},
): Promise<ParsedReport> {
  return guarded(name, async () =>
    detected === 'lcov'
      ? {
          file: name,
          format: detected,
          files: await parseLcovStream(name, [Buffer.from(text)]),
          roots: [],
        }
      : parseText(name, detected, text, options),
  );
}

/**
 * Whatever a stranger's report holds ends as a result or a UsageError naming it (exit 2): a
 * number past a bound, a file that cannot be read, a structure too deep for the stack.
 */
async function guarded(name: string, parse: () => Promise<ParsedReport>): Promise<ParsedReport> {
  try {
    return await parse();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof LimitError || error instanceof RangeError)
      throw malformed(name, undefined, error.message);
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
      throw new UsageError(`${name} cannot be read (${code})`, {
        input: 'reports',
        location: { file: name },
      });
    throw error;
  }
}

function parseText(
  name: string,
  detected: Exclude<Format, 'lcov'>,
  text: string,
  options: ParseOptions,
): ParsedReport {
  const report = (files: ParsedReport['files'], roots: string[] = []): ParsedReport => ({
    file: name,
    format: detected,
    files,
    roots,
  });
  switch (detected) {
    case 'go':
      return report(parseGoProfile(name, text, options.functionsOf));
    case 'cobertura':
      return parseCobertura(name, parseXml(name, text));
    case 'jacoco':
      return parseJacoco(name, parseXml(name, text));
    case 'clover':
      return parseClover(name, parseXml(name, text));
    case 'istanbul':
      return report(parseIstanbulFinal(name, parseJson(name, text)));
    case 'istanbul-summary':
      return report(parseIstanbulSummary(name, parseJson(name, text)));
    case 'coveragepy':
      return report(parseCoveragePy(name, parseJson(name, text)));
  }
}
