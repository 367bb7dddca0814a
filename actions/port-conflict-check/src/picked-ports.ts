/**
 * Host ranges for one container port ("8000-8010:80"): Docker binds the first free port of the
 * range when the container starts. Such a service fails to start only when every port of its range
 * is taken, so that is the only certain conflict; a range that shares some ports with other
 * mappings is a warning (which port it gets depends on what starts first).
 */
import type { Severity } from '@flow-actions/kit';
import { append } from './collections.ts';
import { byLocation, describe, LISTED, where, type ConflictOptions } from './conflicts.ts';
import type { PortFinding } from './scan-context.ts';
import {
  formatRange,
  hostsOverlap,
  rangesOverlap,
  type PortDeclaration,
  type PortRange,
} from './types.ts';

const size = (range: PortRange) => range.end - range.start + 1;
const within = (inner: PortRange, outer: PortRange) =>
  outer.start <= inner.start && inner.end <= outer.end;
const hostRange = (d: PortDeclaration) => d.published ?? d.pickFrom;

/** How many ports of `range` the fixed mappings cover (their overlaps counted once). */
function covered(range: PortRange, fixed: readonly PortDeclaration[]): number {
  const clipped = fixed
    .map((d) => ({
      start: Math.max(d.published!.start, range.start),
      end: Math.min(d.published!.end, range.end),
    }))
    .sort((a, b) => a.start - b.start);
  let count = 0;
  let reached = range.start - 1;
  for (const { start, end } of clipped) {
    if (end <= reached) continue;
    count += end - Math.max(start, reached + 1) + 1;
    reached = end;
  }
  return count;
}

/** Whether `other` is compared with `picker`: one project, or two projects declared to run together. */
function compared(picker: PortDeclaration, other: PortDeclaration, options: ConflictOptions) {
  if (other.project === picker.project && other.service === picker.service) return false;
  if (other.projectId === picker.projectId) return true;
  return (
    options.crossProject !== 'off' &&
    options.together.has(picker.projectId) &&
    options.together.has(other.projectId)
  );
}

function finding(
  picker: PortDeclaration,
  others: readonly PortDeclaration[],
  taken: number,
  options: ConflictOptions,
): PortFinding {
  const range = picker.pickFrom!;
  const all = [picker, ...others].sort(byLocation);
  const last = all.at(-1)!;
  const listed = others
    .slice(0, LISTED)
    .map((d) => `${describe(d)} at ${where(d)} (${formatRange(hostRange(d)!)})`);
  const more = others.length > LISTED ? `; and ${others.length - LISTED} more` : '';
  const head = `Docker binds one free host port of ${formatRange(range)}/${picker.protocol} for ${describe(picker)} at ${where(picker)}`;
  const base = { file: last.file, line: last.line, involves: [...new Set(all.map((d) => d.file))] };
  if (taken < size(range))
    return {
      ...base,
      rule: 'port-range-overlap',
      severity: 'warning',
      message: `${head}; ${taken} of its ${size(range)} ports may be taken by: ${listed.join('; ')}${more}. Which port it gets depends on what starts first.`,
    };
  const sameProject = others.some((d) => d.projectId === picker.projectId);
  const severity: Severity = sameProject || options.crossProject === 'error' ? 'error' : 'warning';
  return {
    ...base,
    rule: sameProject ? 'port-conflict' : 'cross-project-port-conflict',
    severity,
    message: `${head}, and none is left: ${listed.join('; ')}${more}`,
  };
}

/** The findings of every host range for one container port, one per group of mappings involved. */
export function pickedPortFindings(
  declarations: readonly PortDeclaration[],
  options: ConflictOptions,
): PortFinding[] {
  const pools = new Map<string, PortDeclaration[]>();
  for (const d of declarations)
    if (d.source === 'compose' && hostRange(d)) append(pools, d.protocol, d);
  const findings: PortFinding[] = [];
  const seen = new Set<string>();
  for (const pool of pools.values()) {
    for (const picker of pool.filter((d) => d.pickFrom)) {
      const range = picker.pickFrom!;
      const others = pool
        .filter(
          (d) =>
            d !== picker &&
            rangesOverlap(hostRange(d)!, range) &&
            hostsOverlap(d.hostIp, picker.hostIp) &&
            compared(picker, d, options),
        )
        .sort(byLocation);
      if (others.length === 0) continue;
      const fixed = others.filter((d) => d.published);
      // Pickers whose range lies inside this one must take one port of it each.
      const inside = others.filter((d) => d.pickFrom && within(d.pickFrom, range)).length;
      const taken = Math.min(covered(range, fixed) + inside, size(range));
      const key = [formatRange(range), ...[picker, ...others].map(where).sort()].join('\0');
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding(picker, others, taken, options));
    }
  }
  return findings;
}
