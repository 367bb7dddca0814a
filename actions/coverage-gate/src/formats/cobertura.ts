import { functionKeys } from '../function-hits.ts';
import { FileCoverage, type ParsedReport } from '../model.ts';
import { malformed } from './malformed.ts';
import { attr, child, children, numberAttr, type XmlNode } from './xml.ts';

/** "50% (1/2)" → [covered, total]. */
function conditionCoverage(file: string, text: string): [number, number] {
  const match = /\((\d+)\/(\d+)\)/.exec(text);
  if (!match)
    throw malformed(
      file,
      undefined,
      `condition-coverage ${JSON.stringify(text)} has no (covered/total)`,
    );
  return [Number(match[1]), Number(match[2])];
}

function readLines(file: string, coverage: FileCoverage, lines: XmlNode[]): void {
  for (const line of lines) {
    const number = numberAttr(file, line, 'number', 'line');
    coverage.lines.add(number, numberAttr(file, line, 'hits', 'line'));
    const condition = attr(line, 'condition-coverage');
    if (attr(line, 'branch') === 'true' && condition) {
      const [covered, total] = conditionCoverage(file, condition);
      coverage.addBranchCount(number, covered, total);
    }
  }
}

/**
 * Cobertura XML in coverage.py's and Istanbul's flavours: `<sources>` roots, classes by filename
 * (several classes of one file merge), per-line hits and condition-coverage, methods as functions.
 */
export function parseCobertura(file: string, root: XmlNode): ParsedReport {
  const coverage = child(root, 'coverage');
  if (!coverage) throw malformed(file, undefined, 'no <coverage> root element');
  const sources = child(coverage, 'sources')?.source;
  const roots = (Array.isArray(sources) ? sources : sources === undefined ? [] : [sources])
    .map((source: unknown) =>
      String(typeof source === 'object' ? ((source as XmlNode)['#text'] ?? '') : source).trim(),
    )
    .filter(Boolean);
  const files = new Map<string, FileCoverage>();
  const methods = new Map<FileCoverage, { starts: number[]; names: string[]; hits: number[] }>();
  for (const pkg of children(child(coverage, 'packages'), 'package')) {
    for (const cls of children(child(pkg, 'classes'), 'class')) {
      const path = attr(cls, 'filename');
      if (!path)
        throw malformed(
          file,
          undefined,
          `<class name="${attr(cls, 'name') ?? ''}"> has no filename`,
        );
      const coverageOf = files.get(path) ?? new FileCoverage(path);
      files.set(path, coverageOf);
      coverageOf.measure('lines');
      coverageOf.measure('branches');
      readLines(file, coverageOf, children(child(cls, 'lines'), 'line'));
      const found = methods.get(coverageOf) ?? { starts: [], names: [], hits: [] };
      methods.set(coverageOf, found);
      for (const method of children(child(cls, 'methods'), 'method')) {
        const lines = children(child(method, 'lines'), 'line');
        found.hits.push(
          attr(method, 'hits') !== undefined
            ? numberAttr(file, method, 'hits', 'method')
            : Math.max(0, ...lines.map((line) => Number(attr(line, 'hits')) || 0)),
        );
        found.starts.push(Number(attr(lines[0] ?? {}, 'number')) || 0);
        found.names.push(
          `${attr(cls, 'name') ?? ''}.${attr(method, 'name') ?? ''}${attr(method, 'signature') ?? ''}`,
        );
        coverageOf.measure('functions');
      }
    }
  }
  for (const [coverageOf, { starts, names, hits }] of methods) {
    functionKeys(starts, names).forEach((key, index) => coverageOf.addFunction(key, hits[index]!));
  }
  return { file, format: 'cobertura', files: [...files.values()], roots };
}
