import {
  defaultBranchTip,
  ensureCommit,
  ensureComplete,
  mergeBase,
  presentBounds,
  shallowFile,
} from './clone-history.ts';
import { boundsFrom, type Bounds, type GitRange, type RangeRequest } from './range-bounds.ts';

export type { GitRange, RangeRequest } from './range-bounds.ts';

/**
 * The range of commits an event asks about, made present in the clone: a shallow clone is
 * deepened until the merge-base of base and head and every commit between are there.
 */
export async function resolveRange(cwd: string, request: RangeRequest): Promise<GitRange> {
  const bounds = boundsFrom(request);
  const present = bounds.base ? await presentBounds(cwd, bounds.base, bounds.head) : undefined;
  return resolveBounds(cwd, request, bounds, present);
}

/** resolveRange once the bounds are known and looked up in the clone. */
export async function resolveBounds(
  cwd: string,
  request: RangeRequest,
  bounds: Bounds,
  present: Awaited<ReturnType<typeof presentBounds>>,
): Promise<GitRange> {
  const remote = request.remote ?? 'origin';
  const log = request.log ?? (() => {});
  const head = present?.head ?? (await ensureCommit(cwd, remote, bounds.head, log));
  let base = bounds.base;
  if (base === undefined && bounds.defaultBranch) {
    const tip = await defaultBranchTip(cwd, remote, bounds.defaultBranch, log);
    if (!tip) {
      log(`new branch and no ${bounds.defaultBranch} to compare with: checking ${head} alone`);
      return { base: undefined, head, source: bounds.source };
    }
    base = tip;
  }
  if (base === undefined) return { base: undefined, head, source: bounds.source };
  const baseSha = present?.base ?? (await ensureCommit(cwd, remote, base, log));
  const start = await mergeBase(cwd, remote, baseSha, head, log);
  const shallow = present?.shallow ?? (await shallowFile(cwd));
  await ensureComplete(cwd, remote, { base: start, head, shallow }, log);
  return { base: start, head, source: bounds.source };
}
