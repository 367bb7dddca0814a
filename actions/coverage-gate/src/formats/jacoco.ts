import { FileCoverage, type ParsedReport } from '../model.ts';
import { malformed } from './malformed.ts';
import { attr, child, children, numberAttr, type XmlNode } from './xml.ts';

/** Packages may sit in nested <group>s (multi-module builds). */
function packagesOf(node: XmlNode): XmlNode[] {
  return [...children(node, 'package'), ...children(node, 'group').flatMap(packagesOf)];
}

/**
 * JaCoCo XML: a sourcefile per package; per line mi/ci (missed/covered instructions) and mb/cb
 * (branches). A line counts as covered when any of its instructions ran, as JaCoCo's LINE counter
 * counts it; METHOD and INSTRUCTION come from the sourcefile's counters (functions, statements).
 */
export function parseJacoco(file: string, root: XmlNode): ParsedReport {
  const report = child(root, 'report');
  if (!report) throw malformed(file, undefined, 'no <report> root element');
  const files = new Map<string, FileCoverage>();
  for (const pkg of packagesOf(report)) {
    const packageName = attr(pkg, 'name') ?? '';
    for (const source of children(pkg, 'sourcefile')) {
      const name = attr(source, 'name');
      if (!name)
        throw malformed(file, undefined, `a <sourcefile> of package ${packageName} has no name`);
      const path = packageName ? `${packageName}/${name}` : name;
      const coverage = files.get(path) ?? new FileCoverage(path);
      files.set(path, coverage);
      for (const line of children(source, 'line')) {
        const number = numberAttr(file, line, 'nr', 'line');
        const [mi, ci, mb, cb] = ['mi', 'ci', 'mb', 'cb'].map((key) =>
          Number(attr(line, key) ?? 0),
        );
        if (mi! + ci! > 0) coverage.lines.add(number, ci!);
        if (mb! + cb! > 0) {
          coverage.addBranchCount(number, cb!, mb! + cb!);
        }
      }
      for (const counter of children(source, 'counter')) {
        const metric = { METHOD: 'functions', INSTRUCTION: 'statements' }[
          attr(counter, 'type') ?? ''
        ] as 'functions' | 'statements' | undefined;
        if (!metric) continue;
        const missed = numberAttr(file, counter, 'missed', 'counter');
        const covered = numberAttr(file, counter, 'covered', 'counter');
        coverage.state(metric, { covered, total: covered + missed });
      }
      for (const metric of ['lines', 'branches', 'functions', 'statements'] as const)
        coverage.measure(metric);
    }
  }
  return { file, format: 'jacoco', files: [...files.values()], roots: [] };
}
