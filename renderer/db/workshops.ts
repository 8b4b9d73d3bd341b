import {
  FollowUpSchema,
  LIMITS,
  WorkshopBundleSchema,
  type Workshop,
  type WorkshopBundle,
  type WorkshopDetails,
  type WorkshopId,
} from '../../shared/model';
import { type SavedTemplate, CATS_AND_DOGS, SAMPLE_WORKSHOP_ID, anonymiseBundle, applyDetails, buildSampleWorkshop, buildWorkshop, duplicateBundle } from '../../shared/templates';
import { newId } from '../../shared/lib/ids';
import { nowIso } from '../../shared/lib/time';
import { db } from './db';
import { requestResult } from './raw-open';
import { inWorkshopTransaction, readBundle, removeWorkshopRecords, replaceBundle } from './bundles';

import { Refusal } from '../../shared/lib/refusal';

export { Refusal };

const SAMPLE_SEEDED = 'sampleSeeded';
/** Set when the facilitator deleted the last workshop: an empty library is then what they chose. */
const EMPTIED_ON_PURPOSE = 'emptiedOnPurpose';

/** Every bundle is checked whole before it is written: nothing is ever saved half-way. */
export function checked(bundle: WorkshopBundle): WorkshopBundle {
  const result = WorkshopBundleSchema.safeParse(bundle);
  if (!result.success) throw new Refusal('errors.invalidChange');
  return result.data;
}

async function requireBundle(id: WorkshopId): Promise<WorkshopBundle> {
  const bundle = await readBundle(id);
  if (!bundle) throw new Refusal('errors.workshopGone');
  return bundle;
}

/** A new workshop from the built-in template, or from one the facilitator saved. */
export async function createWorkshop(details: WorkshopDetails, templateId: string = CATS_AND_DOGS.id): Promise<WorkshopBundle> {
  const saved = templateId === CATS_AND_DOGS.id ? undefined : await db.templates.get(templateId as SavedTemplate['id']);
  if (templateId !== CATS_AND_DOGS.id && !saved) throw new Refusal('errors.templateGone');
  const bundle = checked(buildWorkshop(saved ?? CATS_AND_DOGS, details, { now: nowIso() }));
  await inWorkshopTransaction(() => replaceBundle(bundle));
  return bundle;
}

/** Returns the workshop before and after, for undo. */
export function updateDetails(id: WorkshopId, details: WorkshopDetails): Promise<{ before: WorkshopBundle; after: WorkshopBundle }> {
  return inWorkshopTransaction(async () => {
    const before = await requireBundle(id);
    const result = applyDetails(before, details, nowIso(), newId);
    if (!result.ok) {
      const first = Object.values(result.errors)[0];
      throw new Refusal(first?.key ?? 'errors.invalidChange', first?.values, result.errors);
    }
    const after = checked(result.bundle);
    await replaceBundle(after);
    return { before, after };
  });
}

export function renameWorkshop(id: WorkshopId, title: string): Promise<{ before: string; after: string }> {
  const trimmed = title.trim();
  if (!trimmed) return Promise.reject(new Refusal('validation.titleRequired'));
  if (trimmed.length > LIMITS.title) return Promise.reject(new Refusal('validation.titleTooLong', { max: LIMITS.title }));
  return inWorkshopTransaction(async () => {
    const workshop = await db.workshops.get(id);
    if (!workshop) throw new Refusal('errors.workshopGone');
    const next = { ...workshop, title: trimmed, updatedAt: nowIso() };
    checked({ ...(await requireBundle(id)), workshop: next });
    await db.workshops.put(next);
    return { before: workshop.title, after: trimmed };
  });
}

export function duplicateWorkshop(id: WorkshopId, copyTitle: (title: string) => string): Promise<WorkshopBundle> {
  return inWorkshopTransaction(async () => {
    const source = await requireBundle(id);
    const copy = checked(duplicateBundle(source, copyTitle(source.workshop.title), nowIso(), newId));
    await replaceBundle(copy);
    return copy;
  });
}

/** Deletes a workshop whole and returns it, so the delete can be undone. */
export function deleteWorkshop(id: WorkshopId): Promise<WorkshopBundle> {
  return inWorkshopTransaction(async () => {
    const bundle = await requireBundle(id);
    await removeWorkshopRecords(id);
    if ((await db.workshops.count()) === 0) await db.meta.put({ key: EMPTIED_ON_PURPOSE, value: true });
    return bundle;
  });
}

/** Takes every person's name out of a workshop, for good (see `anonymiseBundle`). */
export function anonymiseWorkshop(id: WorkshopId, participantLabel: (group: string, number: number) => string): Promise<WorkshopBundle> {
  return inWorkshopTransaction(async () => {
    const anonymised = checked(anonymiseBundle(await requireBundle(id), participantLabel, nowIso()));
    await replaceBundle(anonymised);
    return anonymised;
  });
}

/** Puts a whole workshop back as it was (undo of a delete or an edit). */
export function restoreWorkshop(bundle: WorkshopBundle): Promise<void> {
  return inWorkshopTransaction(() => replaceBundle(checked(bundle)));
}

export function removeWorkshop(id: WorkshopId): Promise<void> {
  return inWorkshopTransaction(() => removeWorkshopRecords(id));
}

/**
 * Whether the workshops this computer had look lost: the database is new (never seeded), or
 * empty although nobody deleted the last workshop. With snapshots kept, the app then offers them.
 */
export async function libraryLooksLost(): Promise<boolean> {
  return db.transaction('r', db.workshops, db.meta, async () => {
    if (!(await db.meta.get(SAMPLE_SEEDED))) return true;
    return (await db.workshops.count()) === 0 && !(await db.meta.get(EMPTIED_ON_PURPOSE));
  });
}

/** After a recovery: the library is what was restored, and the sample is not added on top. */
export async function markRecovered(): Promise<void> {
  await db.meta.put({ key: SAMPLE_SEEDED, value: true });
}

const PROBE = '__storage-check__';
class ProbeDone extends Error {}

/**
 * Checks at start that every table can be read and written, without keeping anything: a probe
 * record goes into each table and the transaction is then aborted. A database that opens but
 * cannot hold the app's records (damaged, or of a shape this version cannot use) fails here,
 * before the library is shown, instead of on the first sticky.
 */
export async function checkStorage(): Promise<void> {
  try {
    await db.transaction('rw', db.allTables(), (tx) => {
      // Asked all at once, of the transaction's own stores: it runs them in order, without a round
      // trip between them, and without Dexie's script around each (it ran while the window starts).
      const stores = (name: string) => tx.idbtrans.objectStore(name);
      const requests = [
        stores(db.meta.name).put({ key: PROBE, value: true }),
        ...[db.workshops, ...db.bundleTables()].flatMap((table) => [stores(table.name).put({ id: PROBE, workshopId: PROBE }), stores(table.name).getAll(null, 1)]),
      ];
      return Promise.all(requests.map(requestResult)).then(() => {
        throw new ProbeDone();
      });
    });
  } catch (error) {
    if (!(error instanceof ProbeDone)) throw error;
  }
}

/** Opens the database again if it was closed under the app (another window deleted or upgraded it). */
export async function reopenDatabase(): Promise<void> {
  if (!db.isOpen()) await db.open();
}

/**
 * An unreadable database is given up: closed and deleted. The page then starts again on a new,
 * empty one (a fresh start is the one sure way to a clean connection) for the snapshots to fill.
 */
export async function deleteUnreadableDatabase(): Promise<void> {
  db.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(db.name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('the storage could not be deleted'));
    request.onblocked = () => reject(new Error('another Outmodel window still has the storage open; close it and try again'));
  });
}

/** On first start the library holds the bundled sample; deleting it later is respected. */
export function ensureSampleSeeded(language: string): Promise<void> {
  return inWorkshopTransaction(async () => {
    if (await db.meta.get(SAMPLE_SEEDED)) return;
    await replaceBundle(buildSampleWorkshop(language));
    await db.meta.put({ key: SAMPLE_SEEDED, value: true });
  });
}

/** Brings the sample back exactly as shipped; returns what it replaced, for undo. */
export function resetSample(language: string): Promise<WorkshopBundle | undefined> {
  return inWorkshopTransaction(async () => {
    const before = await readBundle(SAMPLE_WORKSHOP_ID);
    await replaceBundle(buildSampleWorkshop(language));
    await db.meta.put({ key: SAMPLE_SEEDED, value: true });
    return before;
  });
}

/** The follow-up meeting set at the close; returns what it was, for undo. */
export function setFollowUpMeeting(id: WorkshopId, followUp: Workshop['followUp']): Promise<Workshop['followUp']> {
  return inWorkshopTransaction(async () => {
    const workshop = await db.workshops.get(id);
    if (!workshop) throw new Refusal('errors.workshopGone');
    if (followUp && followUp.date !== null && !FollowUpSchema.safeParse(followUp).success) throw new Refusal('validation.dateInvalid');
    await db.workshops.put({ ...workshop, followUp });
    return workshop.followUp;
  });
}
