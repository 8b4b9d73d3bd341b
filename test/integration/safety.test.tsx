import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_TABLES, deriveLanes, type WorkshopId } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { byOrder } from '../../shared/lib/order';
import { perform, performOutcome, postStickiesAction, restoreSnapshotAction, retryWaiting, undoAction } from '../../renderer/actions';
import {
  db,
  deleteWorkshop,
  ensureSampleSeeded,
  libraryLooksLost,
  listSnapshots,
  readSnapshot,
  saveSettings,
  snapshotBeforeUpgrade,
  snapshotWorkshop,
} from '../../renderer/db';
import { desktop } from '../../renderer/platform';
import { SaveBanner } from '../../renderer/app/SaveBanner';
import { useHistory, useUi } from '../../renderer/state';

const W = SAMPLE_WORKSHOP_ID;

async function clearSnapshots() {
  for (const s of await listSnapshots()) await desktop.deleteSnapshots(s.workshopId);
}

beforeEach(async () => {
  await ensureSampleSeeded('en');
  await clearSnapshots();
  useUi.setState({ scope: W, unsaved: [], storageProblem: null });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function devAboutOps() {
  const groups = await db.groups.where('workshopId').equals(W).toArray();
  const workshop = (await db.workshops.get(W))!;
  return deriveLanes(groups, workshop.settings).find((l) => l.kind === 'outmodel' && groups.find((g) => g.id === l.authorGroupId)?.name === 'Dev')!;
}

describe('a save the storage refuses', () => {
  it('shows “not saved” at once with what was typed, keeps it, and saves it when the storage works again', async () => {
    const lane = await devAboutOps();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // The storage refuses every add (a post is written in IndexedDB itself).
    const failing = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota;
    });
    render(<SaveBanner />);
    const outcome = await performOutcome(postStickiesAction, { workshopId: W, lane, texts: ['Deploys wait for the CAB'], options: { requirementType: null, lens: null, authorGroupId: lane.authorGroupId! } });
    expect(outcome.status).toBe('unsaved');
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Not saved: one change is waiting.');
    expect(banner.textContent).toContain('QuotaExceededError');
    expect(banner.textContent).toContain('Deploys wait for the CAB');
    // A second command waits behind the first, in order.
    await performOutcome(postStickiesAction, { workshopId: W, lane, texts: ['Second, after the first'], options: { requirementType: null, lens: null, authorGroupId: lane.authorGroupId! } });
    expect(useUi.getState().unsaved).toHaveLength(2);
    expect(await db.stickies.where('workshopId').equals(W).filter((s) => s.text === 'Deploys wait for the CAB').count()).toBe(0);

    // Still failing: tried again, still kept.
    await retryWaiting();
    expect(useUi.getState().unsaved).toHaveLength(2);

    failing.mockRestore();
    await retryWaiting();
    expect(useUi.getState().unsaved).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    const texts = byOrder((await db.stickies.where('workshopId').equals(W).toArray()).filter((s) => s.kind === 'outmodel' && s.authorGroupId === lane.authorGroupId)).map((s) => s.text);
    expect(texts.filter((t) => t === 'Deploys wait for the CAB' || t === 'Second, after the first')).toEqual(['Deploys wait for the CAB', 'Second, after the first']);
    expect(useUi.getState().notices.at(-1)?.message.key).toBe('saving.recovered');
  });

  it('keeps a post to try again while the storage stays closed, and saves it once it opens', async () => {
    const lane = await devAboutOps();
    const closed = vi.spyOn(db, 'isOpen').mockReturnValue(false);
    const outcome = await performOutcome(postStickiesAction, { workshopId: W, lane, texts: ['Posted while closed'], options: { requirementType: null, lens: null, authorGroupId: lane.authorGroupId! } });
    expect(outcome.status).toBe('unsaved');
    expect(useUi.getState().unsaved).toHaveLength(1);
    closed.mockRestore();
    await retryWaiting();
    expect(useUi.getState().unsaved).toEqual([]);
    expect(await db.stickies.where('workshopId').equals(W).filter((s) => s.text === 'Posted while closed').count()).toBe(1);
  });

  it('does not keep a command the workshop refuses: that is said, not retried', async () => {
    const lane = await devAboutOps();
    const outcome = await performOutcome(postStickiesAction, { workshopId: W, lane, texts: ['x'.repeat(5000)], options: { requirementType: null, lens: null, authorGroupId: lane.authorGroupId! } });
    expect(outcome.status).toBe('refused');
    expect(useUi.getState().unsaved).toEqual([]);
  });
});

describe('snapshots', () => {
  it('keeps a workshop, skips an unchanged one when asked, and reads it back whole', async () => {
    const first = await snapshotWorkshop(W, 'phase');
    expect(first).toMatchObject({ workshopId: W, reason: 'phase' });
    expect(await snapshotWorkshop(W, 'interval', { onlyIfChanged: true })).toBeNull();
    await db.workshops.update(W, { title: 'Changed title' });
    expect(await snapshotWorkshop(W, 'interval', { onlyIfChanged: true })).toMatchObject({ title: 'Changed title' });
    const read = await readSnapshot(first!.id);
    expect(read.ok && read.bundle.workshop.title).toBe('NotHere, Inc.: Making Cats Work with Dogs');
    expect(read.ok && read.bundle.stickies.length).toBe(15);
  });

  it('keeps the configured number per workshop, the newest', async () => {
    await saveSettings({ snapshotsKept: 2 });
    for (const title of ['one', 'two', 'three']) {
      await db.workshops.update(W, { title });
      await snapshotWorkshop(W, 'manual');
    }
    expect((await listSnapshots()).map((s) => s.title)).toEqual(['three', 'two']);
  });

  it('restores a snapshot in place of the workshop, keeps the present state first, and undo brings it back', async () => {
    const before = (await snapshotWorkshop(W, 'manual'))!;
    await db.stickies.where('workshopId').equals(W).delete();
    const restored = await perform(restoreSnapshotAction, { snapshot: before });
    expect(restored?.stickies).toHaveLength(15);
    expect(await db.stickies.where('workshopId').equals(W).count()).toBe(15);
    expect((await listSnapshots()).some((s) => s.reason === 'before-restore')).toBe(true);
    await perform(undoAction, undefined);
    expect(await db.stickies.where('workshopId').equals(W).count()).toBe(0);
  });
});

describe('a library that looks lost', () => {
  it('is a new database, or an empty one nobody emptied; not one the facilitator emptied', async () => {
    expect(await libraryLooksLost()).toBe(false);
    await deleteWorkshop(W);
    expect(await libraryLooksLost()).toBe(false);
    await db.transaction('rw', db.allTables(), () => Promise.all(db.allTables().map((t) => t.clear())));
    expect(await libraryLooksLost()).toBe(true);
    await ensureSampleSeeded('en');
    await db.transaction('rw', db.allTables(), () => Promise.all(BUNDLE_TABLES.map((t) => db.table(t).clear()).concat(db.workshops.clear())));
    expect(await libraryLooksLost()).toBe(true);
  });
});

describe('before a schema upgrade', () => {
  it('keeps every workshop of an older database as it is, readable after upgrading', async () => {
    const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/workshop-v1.json'), 'utf8')) as Record<string, unknown>;
    const name = `before-upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(Object.fromEntries(['workshops', ...BUNDLE_TABLES.filter((t) => t !== 'pulses'), 'meta'].map((t) => [t, t === 'meta' ? 'key' : 'id, workshopId'])));
    await old.open();
    await old.table('workshops').put(fixture.workshop);
    for (const table of BUNDLE_TABLES) if (fixture[table]) await old.table(table).bulkPut(fixture[table] as object[]);
    old.close();

    expect(await snapshotBeforeUpgrade({ name, targetVersion: 2 })).toBe(1);
    const [kept] = await listSnapshots();
    expect(kept).toMatchObject({ reason: 'before-upgrade', workshopId: (fixture.workshop as { id: WorkshopId }).id });
    const text = await desktop.readSnapshot(kept!.id);
    expect(JSON.parse(text).version).toBe(1);
    const read = await readSnapshot(kept!.id);
    expect(read.ok).toBe(true);
    // A current database, or none, is left alone.
    expect(await snapshotBeforeUpgrade({ name, targetVersion: 1 })).toBe(0);
    expect(await snapshotBeforeUpgrade({ name: `none-${Math.random()}`, targetVersion: 2 })).toBe(0);
    // Where the list of databases is not offered, the database itself is opened to learn its version.
    const withoutList = { open: (n: string) => indexedDB.open(n) } as unknown as IDBFactory;
    expect(await snapshotBeforeUpgrade({ factory: withoutList, name, targetVersion: 1 })).toBe(0);
    expect(await snapshotBeforeUpgrade({ factory: withoutList, name: `none-${Math.random()}`, targetVersion: 2 })).toBe(0);
    expect(await snapshotBeforeUpgrade({ factory: withoutList, name, targetVersion: 2 })).toBe(1);
    // What the page's first script saw when it opened the database is taken as it is: a current
    // one needs neither the list nor an open (none is asked for); an older one is kept, as ever.
    let asked = 0;
    const counted = { databases: () => (asked++, indexedDB.databases()), open: (n: string) => (asked++, indexedDB.open(n)) } as unknown as IDBFactory;
    expect(await snapshotBeforeUpgrade({ factory: counted, name, targetVersion: 2, seen: 2 })).toBe(0);
    expect(asked).toBe(0);
    expect(await snapshotBeforeUpgrade({ factory: counted, name, targetVersion: 2, seen: 1 })).toBe(1);
    expect(asked).toBeGreaterThan(0);
  });
});

describe('the facilitator’s duty of care', () => {
  it('deletes a workshop for good: its records, snapshots, drafts and undo history', async () => {
    const { deleteForGoodAction, deleteWorkshopAction } = await import('../../renderer/actions');
    const { saveDraft, readDraft } = await import('../../renderer/db');
    await snapshotWorkshop(W, 'manual');
    await saveDraft(`${W}/parking`, 'half a sticky');
    useUi.setState({ scope: 'library' });
    await perform(deleteWorkshopAction, { id: W });
    await perform(undoAction, undefined);
    await perform(deleteForGoodAction, { id: W });
    expect(await db.workshops.get(W)).toBeUndefined();
    for (const table of BUNDLE_TABLES) expect(await db.table(table).where('workshopId').equals(W).count(), table).toBe(0);
    expect((await listSnapshots()).filter((s) => s.workshopId === W)).toEqual([]);
    expect(await readDraft(`${W}/parking`)).toBe('');
    expect(useHistory.getState().history.library).toBeUndefined();
    await perform(undoAction, undefined);
    expect(await db.workshops.get(W)).toBeUndefined();
  });

  it('anonymises a workshop: no person’s name is left in it, its snapshots or its minutes', async () => {
    const { anonymiseWorkshopAction } = await import('../../renderer/actions');
    const { buildMinutes, minutesToMarkdown } = await import('../../shared/minutes');
    const { readBundle } = await import('../../renderer/db');
    const names = (await db.participants.where('workshopId').equals(W).toArray()).map((p) => p.name);
    const workshop = (await db.workshops.get(W))!;
    await db.stickies.where('workshopId').equals(W).modify({ authorName: names[0] });
    await snapshotWorkshop(W, 'manual');
    await perform(anonymiseWorkshopAction, { id: W });
    const after = (await readBundle(W))!;
    const text = JSON.stringify(after);
    for (const name of names) expect(text, name).not.toContain(name);
    expect(workshop.chair).not.toBe('');
    expect([after.workshop.chair, after.workshop.facilitator]).toEqual(['', '']);
    expect(after.stickies.every((s) => s.authorName === null)).toBe(true);
    expect(after.participants.map((p) => p.name).sort()).toEqual(['Dev 1', 'Dev 2', 'Dev 3', 'Ops 1', 'Ops 2', 'Ops 3'].slice(0, after.participants.length).sort());
    expect((await listSnapshots()).filter((s) => s.workshopId === W)).toEqual([]);
    const minutes = minutesToMarkdown(buildMinutes(after, { confidentiality: 'full', includeNotes: true, now: '2026-03-12T18:00:00.000Z' }));
    for (const name of names) expect(minutes, name).not.toContain(name);
  });
});
