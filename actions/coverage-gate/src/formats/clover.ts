import { FileCoverage, type ParsedReport } from '../model.ts';
import { malformed } from './malformed.ts';
import { attr, child, children, numberAttr, type XmlNode } from './xml.ts';

/**
 * Clover XML (Istanbul's and OpenClover's): stmt and cond lines give lines, cond lines'
 * truecount/falsecount give branches, method lines give functions; each file's <metrics> give
 * statements (and methods when there are no method lines).
 */
export function parseClover(file: string, root: XmlNode): ParsedReport {
  const project = child(child(root, 'coverage'), 'project');
  if (!project) throw malformed(file, undefined, 'no <coverage><project> element');
  const fileNodes = [
    ...children(project, 'file'),
    ...children(project, 'package').flatMap((pkg) => children(pkg, 'file')),
  ];
  const files = new Map<string, FileCoverage>();
  for (const node of fileNodes) {
    const path = attr(node, 'path') ?? attr(node, 'name');
    if (!path) throw malformed(file, undefined, '<file> has neither path nor name');
    const coverage = files.get(path) ?? new FileCoverage(path);
    files.set(path, coverage);
    for (const line of children(node, 'line')) {
      const number = numberAttr(file, line, 'num', 'line');
      const count = Number(attr(line, 'count') ?? 0);
      const type = attr(line, 'type');
      if (type === 'method') {
        coverage.addFunction(
          `${attr(line, 'signature') ?? attr(line, 'name') ?? ''}@${number}`,
          count,
        );
        continue;
      }
      coverage.lines.add(number, count);
      if (type === 'cond') {
        const covered = Number(attr(line, 'truecount') ?? 0);
        const missed = Number(attr(line, 'falsecount') ?? 0);
        coverage.addBranches(
          number,
          Array.from({ length: covered + missed }, (_, index) => (index < covered ? 1 : 0)),
        );
      }
    }
    const metrics = child(node, 'metrics');
    if (metrics) {
      const pair = (total: string, covered: string) => ({
        covered: numberAttr(file, metrics, covered, 'metrics'),
        total: numberAttr(file, metrics, total, 'metrics'),
      });
      coverage.state('statements', pair('statements', 'coveredstatements'));
      coverage.state('branches', pair('conditionals', 'coveredconditionals'));
      if (attr(metrics, 'methods') !== undefined)
        coverage.state('functions', pair('methods', 'coveredmethods'));
    }
    for (const metric of ['lines', 'branches', 'functions', 'statements'] as const)
      coverage.measure(metric);
  }
  return { file, format: 'clover', files: [...files.values()], roots: [] };
}
