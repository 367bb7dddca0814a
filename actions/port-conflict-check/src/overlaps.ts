import { append } from './collections.ts';
import { isAllAddresses, normalizeHost, type PortRange } from './types.ts';

/** A stretch of ports that two or more items cover, with every item covering it. */
export interface Overlap<T> {
  ports: PortRange;
  members: T[];
}

/**
 * The stretches of the port axis covered by two or more items: a sweep over range starts and
 * ends, so n items on one port are one overlap listing n (never n² pairs), and time is linear in
 * the items plus what the overlaps list.
 */
export function* overlaps<T>(
  items: readonly T[],
  range: (item: T) => PortRange,
): Generator<Overlap<T>> {
  const events: { at: number; item: T; starts: boolean }[] = [];
  for (const item of items) {
    const { start, end } = range(item);
    events.push({ at: start, item, starts: true }, { at: end + 1, item, starts: false });
  }
  events.sort((a, b) => a.at - b.at);
  const active = new Set<T>();
  for (let index = 0; index < events.length;) {
    const at = events[index]!.at;
    for (; index < events.length && events[index]!.at === at; index++) {
      const event = events[index]!;
      if (event.starts) active.add(event.item);
      else active.delete(event.item);
    }
    if (active.size >= 2 && index < events.length)
      yield { ports: { start: at, end: events[index]!.at - 1 }, members: [...active] };
  }
}

/**
 * Members that bind overlapping addresses: those on every address with those of each specific
 * address (127.0.0.1 and 127.0.0.2 never meet; 0.0.0.0 meets both).
 */
export function byAddress<T>(members: readonly T[], host: (item: T) => string): T[][] {
  const everywhere = members.filter((item) => isAllAddresses(host(item)));
  const specific = new Map<string, T[]>();
  for (const item of members)
    if (!isAllAddresses(host(item))) append(specific, normalizeHost(host(item)), item);
  if (specific.size === 0) return [everywhere];
  return [...specific.values()].map((list) => [...everywhere, ...list]);
}
