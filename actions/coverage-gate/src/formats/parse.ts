import type { Format, ParsedReport } from '../model.ts';
import { parseClover } from './clover.ts';
import { parseCobertura } from './cobertura.ts';
import { parseCoveragePy } from './coveragepy.ts';
import { detectFormat } from './detect.ts';
import { parseGoProfile, type FunctionsOf } from './go.ts';
import { parseIstanbulFinal, parseIstanbulSummary } from './istanbul.ts';
import { parseJacoco } from './jacoco.ts';
import { parseLcovFile } from './lcov.ts';
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
export async function parseReport(
  file: string,
  detected: Format,
  displayName = file,
  options: ParseOptions = {},
): Promise<ParsedReport> {
  const report = (files: ParsedReport['files'], roots: string[] = []): ParsedReport => ({
    file: displayName,
    format: detected,
    files,
    roots,
  });
  switch (detected) {
    case 'lcov':
      return report(await parseLcovFile(file, displayName));
    case 'go':
      return report(
        parseGoProfile(displayName, await readWhole(file, displayName), options.functionsOf),
      );
    case 'cobertura':
      return parseCobertura(displayName, parseXml(displayName, await readWhole(file, displayName)));
    case 'jacoco':
      return parseJacoco(displayName, parseXml(displayName, await readWhole(file, displayName)));
    case 'clover':
      return parseClover(displayName, parseXml(displayName, await readWhole(file, displayName)));
    case 'istanbul':
      return report(
        parseIstanbulFinal(displayName, parseJson(displayName, await readWhole(file, displayName))),
      );
    case 'istanbul-summary':
      return report(
        parseIstanbulSummary(
          displayName,
          parseJson(displayName, await readWhole(file, displayName)),
        ),
      );
    case 'coveragepy':
      return report(
        parseCoveragePy(displayName, parseJson(displayName, await readWhole(file, displayName))),
      );
  }
}
