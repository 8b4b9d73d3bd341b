/**
 * Structural sharing between two reads of the same records: every record equal to the one read
 * before keeps the earlier object, and a list whose records all kept theirs keeps the earlier
 * list. Memoised views then redraw only what changed (one edited sticky redraws one sticky).
 */
export function shareRecords<T extends { id: string }>(previous: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  if (!previous) return next;
  const before = new Map(previous.map((r) => [r.id, r]));
  let same = previous.length === next.length;
  const out = next.map((record, index) => {
    const old = before.get(record.id);
    const kept = old !== undefined && sameRecord(old, record) ? old : record;
    if (kept !== previous[index]) same = false;
    return kept;
  });
  return same ? previous : out;
}

/** Deep equality of plain stored records (JSON data: no dates, maps or cycles). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameRecord(v, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
