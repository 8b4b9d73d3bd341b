import { BUNDLE_TABLES, type BundleTable, type WorkshopBundle, type WorkshopId } from '../../shared/model';
import { db } from './db';

/**
 * Reads everything one workshop holds, inside the caller's transaction when there is one; or only
 * the tables named (the others read as empty), for a caller that needs no more.
 */
export async function readBundle(id: WorkshopId, tables: readonly BundleTable[] = BUNDLE_TABLES): Promise<WorkshopBundle | undefined> {
  const workshop = await db.workshops.get(id);
  if (!workshop) return undefined;
  return { workshop, ...(await readTables(id, BUNDLE_TABLES, tables)) } as WorkshopBundle;
}

/** Each of `all` tables' records of one workshop, by table name; a table not `wanted` reads as empty. */
export async function readTables<T extends string>(id: WorkshopId, all: readonly T[], wanted: readonly T[] = all): Promise<Record<T, unknown[]>> {
  const entries = await Promise.all(all.map(async (t) => [t, wanted.includes(t) ? await db.table(t).where('workshopId').equals(id).toArray() : []] as const));
  return Object.fromEntries(entries) as Record<T, unknown[]>;
}

/** Writes a whole bundle, replacing whatever the workshop held. Call inside a transaction. */
export async function replaceBundle(bundle: WorkshopBundle): Promise<void> {
  await removeWorkshopRecords(bundle.workshop.id);
  await db.workshops.put(bundle.workshop);
  for (const t of BUNDLE_TABLES) {
    const rows = bundle[t];
    if (rows.length) await db.table(t).bulkPut(rows);
  }
}

export async function removeWorkshopRecords(id: WorkshopId): Promise<void> {
  await db.workshops.delete(id);
  for (const t of BUNDLE_TABLES) await db.table(t).where('workshopId').equals(id).delete();
}

export function inWorkshopTransaction<T>(work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.allTables(), work);
}
