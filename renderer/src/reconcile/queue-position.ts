import type { QueueItem } from '../../../shared/reconcile-contract';

/** One item of the queue is one distinct text of one kind, in one context. */
export function itemKey(item: Pick<QueueItem, 'kind' | 'text' | 'context'>): string {
  return JSON.stringify([item.kind, item.text, item.context]);
}

/** The keys after the given one, then those before it: where to go when it leaves the queue. */
export function keysAfter(items: readonly QueueItem[], key: string): string[] {
  const keys = items.map(itemKey);
  const at = keys.indexOf(key);
  return at < 0 ? keys : [...keys.slice(at + 1), ...keys.slice(0, at)];
}

/**
 * The item in focus: the chosen one while it waits; once decided (gone from the reloaded queue),
 * the first of those that followed it that still waits; else the first item.
 */
export function currentItem(items: readonly QueueItem[], chosen: string | undefined, followers: readonly string[]): QueueItem | undefined {
  const byKey = new Map(items.map((item) => [itemKey(item), item]));
  if (chosen !== undefined) {
    const still = byKey.get(chosen);
    if (still) return still;
  }
  for (const key of followers) {
    const next = byKey.get(key);
    if (next) return next;
  }
  return items[0];
}

/** The key `by` places away from the current one: skipping wraps around, arrows stop at either end. */
export function keyAt(items: readonly QueueItem[], current: QueueItem, by: number, wrap: boolean): string | undefined {
  const at = items.indexOf(current);
  if (at < 0 || items.length === 0) return undefined;
  const to = wrap ? (at + by + items.length) % items.length : Math.min(items.length - 1, Math.max(0, at + by));
  const item = items[to];
  return item ? itemKey(item) : undefined;
}
