import { BUNDLE_TABLES, type WorkshopBundle, type WorkshopId } from '../../shared/model';
import { applyMerge, importAsNew, mergeSize, planMerge, planRestore, type BackupEntry, type ImportOptions, type MergePlan, type RestorePlan } from '../../shared/schema';
import { newId, orderedIdMaker } from '../../shared/lib/ids';
import { nowIso } from '../../shared/lib/time';
import { Refusal } from '../../shared/lib/refusal';
import { db } from './db';
import { inWorkshopTransaction, readBundle, replaceBundle } from './bundles';
import { checked } from './workshops';

// Workshop files into the library: import as new, restore in place, restore from a backup,
// merge one group's writing. Each is one transaction over every table: a refusal or a failed
// write anywhere leaves the database exactly as it was.

/**
 * A bundle written with its own ids must not overwrite a record of another workshop that
 * happens to carry the same id (a hand-made or doctored file could): refuse instead.
 */
async function requireIdsFree(bundle: WorkshopBundle): Promise<void> {
  const id = bundle.workshop.id;
  for (const table of BUNDLE_TABLES) {
    const ids = bundle[table].map((r) => r.id as string);
    if (!ids.length) continue;
    const found = await db.table<{ id: string; workshopId: string }, string>(table).bulkGet(ids);
    if (found.some((r) => r !== undefined && r.workshopId !== id)) throw new Refusal('files.restore.idsInUse', { title: bundle.workshop.title });
  }
}

/**
 * Imports a workshop read from a file as a new workshop: new ids throughout, in the file's
 * order, so it reads back as the file listed it. Returns the workshop as written.
 */
export function importWorkshop(bundle: WorkshopBundle, options: ImportOptions = {}): Promise<WorkshopBundle> {
  return inWorkshopTransaction(async () => {
    const imported = checked(importAsNew(bundle, orderedIdMaker(), options));
    await requireIdsFree(imported);
    await replaceBundle(imported);
    return imported;
  });
}

/**
 * Restores a workshop from a file or a backup as it was saved: it replaces the workshop of the
 * same id, or is added when there is none. Returns what it replaced, for a snapshot and undo.
 */
export function restoreFromBackup(bundle: WorkshopBundle): Promise<WorkshopBundle | undefined> {
  return inWorkshopTransaction(async () => {
    const restored = checked(bundle);
    const previous = await readBundle(restored.workshop.id);
    await requireIdsFree(restored);
    await replaceBundle(restored);
    return previous;
  });
}

export interface BackupRestore {
  plan: RestorePlan;
  /** The workshops as they were before the restore replaced them, for a snapshot and undo. */
  replaced: WorkshopBundle[];
  restored: WorkshopBundle[];
}

/**
 * Restores the chosen workshops of a backup, all of them or none: each replaces the workshop of
 * the same id or is added. Refuses when a chosen one is not usable (damaged, or not in it).
 */
export function restoreBackup(backup: { entries: readonly BackupEntry[] }, chosenIds: readonly string[]): Promise<BackupRestore> {
  return inWorkshopTransaction(async () => {
    const plan = planRestore(backup.entries, chosenIds, await db.workshops.toArray());
    if (plan.refused.length) throw new Refusal('files.restore.notUsable', { count: plan.refused.length });
    const chosen = new Set<string>([...plan.replace, ...plan.add].map((w) => w.id));
    const replaced: WorkshopBundle[] = [];
    const restored: WorkshopBundle[] = [];
    for (const entry of backup.entries) {
      if (!entry.usable || !chosen.has(entry.id)) continue;
      chosen.delete(entry.id);
      const bundle = checked(entry.bundle);
      const previous = await readBundle(bundle.workshop.id);
      if (previous) replaced.push(previous);
      await requireIdsFree(bundle);
      await replaceBundle(bundle);
      restored.push(bundle);
    }
    return { plan, replaced, restored };
  });
}

/** Plans merging a group's writing from `source` into the workshop `targetId`, for the preview. */
export async function planMergeInto(targetId: WorkshopId, source: WorkshopBundle, groupName: string): Promise<MergePlan> {
  const target = await db.transaction('r', db.allTables(), () => readBundle(targetId));
  if (!target) throw new Refusal('errors.workshopGone');
  return planMerge(target, source, groupName, nowIso(), newId);
}

/**
 * Writes a merge the facilitator has previewed. Refuses when the workshop changed since the
 * preview. Returns the workshop before and after, for undo.
 */
export function mergeIntoWorkshop(targetId: WorkshopId, plan: MergePlan): Promise<{ before: WorkshopBundle; after: WorkshopBundle }> {
  return inWorkshopTransaction(async () => {
    const before = await readBundle(targetId);
    if (!before) throw new Refusal('errors.workshopGone');
    const after = applyMerge(before, plan);
    if (mergeSize(plan) === 0) return { before, after };
    const merged = checked(after);
    await requireIdsFree({ ...merged, placements: plan.add.placements, stickies: plan.add.stickies, clusters: plan.add.clusters });
    if (plan.add.stickies.length) await db.stickies.bulkPut(plan.add.stickies);
    if (plan.add.clusters.length) await db.clusters.bulkPut(plan.add.clusters);
    if (plan.add.placements.length) await db.placements.bulkPut(plan.add.placements);
    await db.workshops.put(merged.workshop);
    return { before, after: merged };
  });
}

/** Every workshop of this computer, whole, read at one moment: what "Back up all workshops" saves. */
export function readAllBundles(): Promise<WorkshopBundle[]> {
  return db.transaction('r', db.allTables(), async () => {
    const ids = (await db.workshops.toCollection().primaryKeys()) as WorkshopId[];
    const bundles = await Promise.all(ids.map((id) => readBundle(id)));
    return bundles.filter((b): b is WorkshopBundle => b !== undefined);
  });
}
