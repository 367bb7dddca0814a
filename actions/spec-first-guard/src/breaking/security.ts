import { isRecord } from '@flow-actions/kit/yaml';

/** The security alternatives in force on an operation: its own, else the document's; each a set of scheme names. */
function alternatives(root: unknown, operation: unknown): string[][] | undefined {
  const own = isRecord(operation) ? operation.security : undefined;
  const list = Array.isArray(own) ? own : isRecord(root) ? root.security : undefined;
  if (!Array.isArray(list)) return undefined;
  return list.map((requirement) => (isRecord(requirement) ? Object.keys(requirement).sort() : []));
}

/**
 * Why an operation now asks for more than before, or undefined. Each base alternative (a set of
 * schemes a caller could satisfy; none at all means anonymous) must still be enough: some head
 * alternative must need no scheme outside it. Scopes are not compared.
 */
export function securityAdded(
  baseRoot: unknown,
  baseOperation: unknown,
  headRoot: unknown,
  headOperation: unknown,
): string | undefined {
  const before = alternatives(baseRoot, baseOperation) ?? [];
  const after = alternatives(headRoot, headOperation) ?? [];
  if (after.length === 0) return undefined;
  const callers = before.length === 0 ? [[]] : before;
  const lost = callers.find((caller) =>
    after.every((needed) => needed.some((scheme) => !caller.includes(scheme))),
  );
  if (!lost) return undefined;
  const describe = (alternative: string[]) =>
    alternative.length ? alternative.join(' + ') : 'none';
  return `security: callers with ${describe(lost)} are refused; now needs ${after.map(describe).join(' or ')}`;
}
