/**
 * Structural sharing between two reads of the same data: whatever is equal to what was read
 * before keeps the earlier object, down to nested objects and lists, so memoised views redraw
 * only what changed (one edited sticky redraws one sticky; a workshop whose `updatedAt` moved
 * keeps its `settings` object).
 */
export function shareValue<T>(before: T, next: T): T {
  if (before === next) return before;
  if (typeof before !== 'object' || typeof next !== 'object' || before === null || next === null) return next;
  if (Array.isArray(before) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) return shareList(before as unknown[], next) as T;
  const old = before as Record<string, unknown>;
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(old).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = shareValue(old[key], (next as Record<string, unknown>)[key]);
    if (value !== old[key] || !(key in old)) same = false;
    out[key] = value;
  }
  return (same ? before : out) as T;
}

/** A list: items with an `id` are matched by it (a record that moved keeps its object), others by place. */
function shareList(before: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  const byId = new Map<unknown, unknown>();
  for (const item of before) if (hasId(item)) byId.set(item.id, item);
  let same = before.length === next.length;
  const out = next.map((item, index) => {
    const old = hasId(item) ? byId.get(item.id) : before[index];
    const kept = old === undefined ? item : shareValue(old, item);
    if (kept !== before[index]) same = false;
    return kept;
  });
  return same ? before : out;
}

const hasId = (value: unknown): value is { id: unknown } => typeof value === 'object' && value !== null && 'id' in value;

/** Records read again: every record equal to its earlier read keeps its object; an unchanged list keeps the list. */
export function shareRecords<T extends { id: string }>(previous: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  return previous ? shareValue(previous, next) : next;
}
