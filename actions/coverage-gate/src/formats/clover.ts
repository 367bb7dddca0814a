import { functionKeys } from '../function-hits.ts';
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
  // istanbul 1 (jest ≤ 22) leaves the project's <metrics> open around the packages and files
  const containers = [project, ...children(project, 'metrics')];
  const fileNodes = containers.flatMap((container) => [
    ...children(container, 'file'),
    ...children(container, 'package').flatMap((pkg) => children(pkg, 'file')),
  ]);
  const files = new Map<string, FileCoverage>();
  for (const node of fileNodes) {
    const path = attr(node, 'path') ?? attr(node, 'name');
    if (!path) throw malformed(file, undefined, '<file> has neither path nor name');
    const coverage = files.get(path) ?? new FileCoverage(path);
    files.set(path, coverage);
    const methods = { starts: [] as number[], names: [] as string[], hits: [] as number[] };
    for (const line of children(node, 'line')) {
      const number = numberAttr(file, line, 'num', 'line');
      const count = Number(attr(line, 'count') ?? 0);
      const type = attr(line, 'type');
      if (type === 'method') {
        methods.starts.push(number);
        methods.names.push(attr(line, 'signature') ?? attr(line, 'name') ?? '');
        methods.hits.push(count);
        continue;
      }
      coverage.lines.add(number, count);
      if (type === 'cond') {
        const covered = Number(attr(line, 'truecount') ?? 0);
        const missed = Number(attr(line, 'falsecount') ?? 0);
        coverage.addBranchCount(number, covered, covered + missed);
      }
    }
    functionKeys(methods.starts, methods.names).forEach((key, index) =>
      coverage.addFunction(key, methods.hits[index]!),
    );
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
