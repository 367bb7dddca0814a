import { isAlias, isCollection, isNode, isPair, type Alias, type Document, type Node } from 'yaml';

/** An alias that expands a document past its limit, or that refers to the node holding it. */
export interface ExpansionFault {
  alias: Node;
  message: string;
}

/** Documents this small may always expand this far: a few kB of YAML text at most. */
const FLOOR = 10_000;

/**
 * Measures what aliases create rather than counting them (yaml's own `maxAliasCount` counts, so a
 * Compose file with 142 ordinary `<<: *defaults` is refused while a bomb of few aliases is the
 * real risk). Each alias creates a copy of its anchor, aliases inside included; the copies may
 * hold `ratio` nodes per node the document itself has (at least FLOOR). One pass in document
 * order with each anchor's size memoized, so the measure itself is linear in the document.
 */
export function aliasExpansionFault(
  document: Document.Parsed,
  ratio: number,
): ExpansionFault | undefined {
  const sizes = new Map<unknown, number>();
  const anchors = new Map<string, Node>();
  const open = new Set<unknown>();
  const created: { alias: Node; total: number }[] = [];
  let own = 0;
  let total = 0;
  let recursive: Alias | undefined;
  const size = (node: unknown): number => {
    if (isPair(node)) return size(node.key) + size(node.value);
    if (!isNode(node)) return 0;
    own++;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target && open.has(target)) recursive ??= node;
      const copy = (target && sizes.get(target)) ?? 0;
      total += copy;
      created.push({ alias: node, total });
      return copy;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    open.add(node);
    let result = 1;
    if (isCollection(node)) for (const item of node.items) result += size(item);
    open.delete(node);
    sizes.set(node, result);
    return result;
  };
  size(document.contents);
  if (recursive)
    return {
      alias: recursive,
      message: `alias *${recursive.source} refers to a node that holds it`,
    };
  const limit = Math.max(FLOOR, ratio * own);
  const crossed = created.find((entry) => entry.total > limit);
  return crossed
    ? {
        alias: crossed.alias,
        message: `refused: aliases expand this document past ${limit} nodes (${ratio} per node of the document, to stop an alias bomb)`,
      }
    : undefined;
}
