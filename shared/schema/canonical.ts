import type { Id, IdPrefix } from '../lib/ids';
import { renameIds } from '../templates/duplicate';
import type { WorkshopFile } from './workshop-file';

/** A workshop file without its export time, its ids renamed in order of first appearance. */
export type CanonicalWorkshopFile = Omit<WorkshopFile, 'exportedAt'>;

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
  );
}

/**
 * The form in which two workshop files compare equal when they hold the same workshop: the
 * export time is left out, every id becomes `<prefix>:<n>` in the order `renameIds` first meets
 * it (the workshop, then each table's records in the file's order, then dangling pointers), and
 * every record's keys are sorted. Export → import → export gives the same canonical file.
 */
export function canonicalWorkshopFile(file: WorkshopFile): CanonicalWorkshopFile {
  const { exportedAt: _exportedAt, type, version, app, ...bundle } = file;
  const counters = new Map<string, number>();
  const makeId = <P extends IdPrefix>(prefix: P): Id<P> => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}:${n}` as Id<P>;
  };
  return sortedKeys({ type, version, app, ...renameIds(bundle, makeId) }) as CanonicalWorkshopFile;
}
