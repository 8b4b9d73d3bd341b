import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deriveLanes, type Reaction, type WorkshopBundle, type WorkshopId } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { editStickyAction, perform, postStickiesAction } from '../../renderer/actions';
import { db, duplicateWorkshop, ensureSampleSeeded } from '../../renderer/db';
import { idbTicks } from '../support/idb-ticks';
import { LONG_RUN_PAUSE_MS, LiveWorkshop, MAX_PAUSE_MS, RUN_PAUSE_MS } from '../../renderer/db/live-workshop';

const W = SAMPLE_WORKSHOP_ID;
let store: LiveWorkshop;
let published: WorkshopBundle[];
let stop: () => void;

async function follow(id: WorkshopId) {
  store = new LiveWorkshop(id);
  published = [];
  stop = store.subscribe(() => published.push(store.snapshot()!));
  await store.start();
}

async function devAboutOps() {
  const groups = await db.groups.where('workshopId').equals(W).toArray();
  const workshop = (await db.workshops.get(W))!;
  return deriveLanes(groups, workshop.settings).find((l) => l.kind === 'outmodel')!;
}

/** Reports a write of a sticky as Dexie does, without writing it (the store reads what is stored). */
const report = (id: string) => Dexie.on.storagemutated.fire({ [`idb://${db.name}/stickies/`]: { from: id, to: id, d: 1 } as never });

/** Runs `body` with a store that has known only a clock moved by hand (its pauses end when told to). */
async function onHandClock(body: () => Promise<void>): Promise<void> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  try {
    stop();
    store.stop();
    await follow(W);
    await body();
  } finally {
    vi.useRealTimers();
  }
}

beforeEach(async () => {
  await ensureSampleSeeded('en');
  await follow(W);
});

afterEach(() => {
  stop();
  store.stop();
  vi.restoreAllMocks();
});

describe('a workshop kept live from the keys a write touched', () => {
  it('reads the whole workshop once, then only the records a post wrote', async () => {
    const first = store.snapshot()!;
    expect(first.workshop.id).toBe(W);
    expect(first.stickies.length).toBe(await db.stickies.where('workshopId').equals(W).count());
    const wholeReads = vi.spyOn(db.stickies, 'where') as unknown as { mock: { calls: unknown[][] } };
    await perform(postStickiesAction, { workshopId: W, lane: await devAboutOps(), texts: ['One more'], options: {} });
    await store.settled();
    const now = store.snapshot()!;
    expect(now.stickies.map((s) => s.text)).toContain('One more');
    expect(now.stickies.length).toBe(first.stickies.length + 1);
    // Not read again whole: only the post's own reads of its lane's end used an index.
    expect(wholeReads.mock.calls.filter(([index]) => index === 'workshopId')).toEqual([]);
    // What the post did not touch keeps its objects and its lists.
    expect(now.reactions).toBe(first.reactions);
    expect(now.clusters).toBe(first.clusters);
    for (const s of first.stickies) expect(now.stickies.find((n) => n.id === s.id)).toBe(s);
  });

  it('follows an edit, a delete and a change of the workshop itself', async () => {
    const sticky = store.snapshot()!.stickies[0]!;
    await perform(editStickyAction, { workshopId: W, id: sticky.id, patch: { text: 'Edited' } });
    await store.settled();
    expect(store.snapshot()!.stickies.find((s) => s.id === sticky.id)!.text).toBe('Edited');
    await db.stickies.delete(sticky.id);
    await store.settled();
    expect(store.snapshot()!.stickies.some((s) => s.id === sticky.id)).toBe(false);
    await db.workshops.update(W, { title: 'Renamed' });
    await store.settled();
    expect(store.snapshot()!.workshop.title).toBe('Renamed');
    // A field no index holds, on a small table.
    const person = store.snapshot()!.participants[0]!;
    await db.participants.update(person.id, { present: !person.present });
    await store.settled();
    expect(store.snapshot()!.participants.find((p) => p.id === person.id)!.present).toBe(!person.present);
  });

  it('reads a table whole after a bulk write, and says null once the workshop is gone', async () => {
    const model = store.snapshot()!.stickies[0]!;
    // Dexie reports a write of 50 records or more as a range, not as keys.
    const copies = Array.from({ length: 60 }, (_, i) => ({ ...model, id: `sticky:bulk-${i}` as typeof model.id, text: `Bulk ${i}` }));
    await db.stickies.bulkPut(copies);
    await store.settled();
    expect(store.snapshot()!.stickies.filter((s) => s.text.startsWith('Bulk ')).length).toBe(copies.length);
    await db.transaction('rw', db.allTables(), async () => {
      await db.workshops.delete(W);
      for (const table of db.bundleTables()) await table.where('workshopId').equals(W).delete();
    });
    await store.settled();
    expect(store.snapshot()).toBeNull();
  });

  it('draws whole, once read again, what a read that failed half-way had read', async () => {
    const sticky = store.snapshot()!.stickies[0]!;
    const reaction: Reaction = { id: 'reaction:half-way' as Reaction['id'], workshopId: W, stickyId: sticky.id, groupId: store.snapshot()!.groups[1]!.id, verdict: 'accept', text: 'As it was', createdAt: sticky.createdAt };
    await db.reactions.add(reaction);
    await store.settled();
    // Reading the reactions fails once, after the stickies were read (as when the storage closes under a read).
    const table = Object.getPrototypeOf(db.stickies) as { bulkGet: (this: { name: string }, keys: string[]) => Promise<unknown[]> };
    const real = table.bulkGet;
    let failed = false;
    let stickiesRead!: () => void;
    const afterStickies = new Promise<void>((resolve) => (stickiesRead = resolve));
    vi.spyOn(table, 'bulkGet').mockImplementation(function (this: { name: string }, keys: string[]) {
      const read = real.call(this, keys);
      if (this.name === 'stickies') void read.then(() => stickiesRead());
      if (this.name !== 'reactions' || failed) return read;
      failed = true;
      return afterStickies.then(() => Promise.reject(new DOMException('The storage closed under the read', 'InvalidStateError')));
    });
    await db.transaction('rw', [db.stickies, db.reactions], async () => {
      await db.stickies.put({ ...sticky, text: 'Changed with its reaction' });
      await db.reactions.put({ ...reaction, text: 'Changed with its sticky' });
    });
    await vi.waitFor(() => expect(store.snapshot()!.stickies.find((s) => s.id === sticky.id)!.text).toBe('Changed with its reaction'), { timeout: 3000 });
    expect(failed).toBe(true);
    expect(store.snapshot()!.reactions.find((r) => r.id === reaction.id)!.text).toBe('Changed with its sticky');
  });

  it('another workshop’s writes change nothing here, and another window’s writes are followed', async () => {
    const other = (await duplicateWorkshop(W, (title) => `${title} (copy)`)).workshop.id;
    await store.settled();
    const before = store.snapshot();
    const count = published.length;
    const otherSticky = (await db.stickies.where('workshopId').equals(other).first())!;
    await db.stickies.update(otherSticky.id, { text: 'Elsewhere' });
    await store.settled();
    expect(store.snapshot()).toBe(before);
    expect(published.length).toBe(count);

    // Another window's commit arrives as plain objects (a broadcast clones them): written here
    // past Dexie, so this window hears nothing, then reported as that window would.
    const mine = before!.stickies[1]!;
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('stickies', 'readwrite');
      tx.objectStore('stickies').put({ ...mine, text: 'From the room' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
    await store.settled();
    expect(store.snapshot()!.stickies.find((s) => s.id === mine.id)!.text).toBe(mine.text);
    Dexie.on.storagemutated.fire({ [`idb://${db.name}/stickies/`]: JSON.parse(JSON.stringify({ from: mine.id, to: mine.id, d: 1 })) });
    await store.settled();
    expect(store.snapshot()!.stickies.find((s) => s.id === mine.id)!.text).toBe('From the room');
  });

  it('draws writes that come one after the other faster than they are drawn in a few rounds, each taking all that came meanwhile', async () => {
    const model = store.snapshot()!.stickies[0]!;
    // Each round "takes" 10 ms or more to draw on this clock: the next waits a multiple of that
    // (really), and the writes that come meanwhile are read with it.
    let clock = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const timers = vi.spyOn(window, 'setTimeout');
    const count = published.length;
    for (let i = 0; i < 30; i++) await db.stickies.add({ ...model, id: `sticky:run-${i}` as typeof model.id, text: `Run ${i}` });
    await store.settled();
    const texts = store.snapshot()!.stickies.map((s) => s.text);
    for (let i = 0; i < 30; i++) expect(texts).toContain(`Run ${i}`);
    expect(published.length - count).toBeGreaterThan(0);
    expect(published.length - count).toBeLessThan(10);
    const pauses = timers.mock.calls.map(([, ms]) => ms ?? 0).filter((ms) => ms > 0 && ms !== 1000);
    expect(pauses.length).toBeGreaterThan(0);
    for (const ms of pauses) expect(ms).toBeLessThanOrEqual(MAX_PAUSE_MS);
  });

  it('says a write is read once it is, though more writes came meanwhile', () =>
    onHandClock(async () => {
      const [a, b, c, d] = store.snapshot()!.stickies;
      // The first write is read at once; two more come meanwhile and are read in one round, after
      // which the next waits its pause, which this clock never ends. Another write comes while
      // that round is drawn.
      let rounds = 0;
      const unsubscribe = store.subscribe(() => {
        if (++rounds === 2) report(d!.id);
      });
      report(a!.id);
      report(b!.id);
      report(c!.id);
      let said = false;
      void store.settled().then(() => (said = true));
      await idbTicks(200, () => said);
      unsubscribe();
      expect(rounds).toBe(2);
      expect(said).toBe(true);
    }));

  it('pauses longer once a run of writes has gone on for three rounds, and not at all once it ends', () =>
    onHandClock(async () => {
      const ids = store.snapshot()!.stickies.map((s) => s.id);
      // Two writes come while each of the first five rounds is drawn; then none.
      let rounds = 0;
      const unsubscribe = store.subscribe(() => {
        rounds++;
        if (rounds <= 5) [ids[rounds * 2]!, ids[rounds * 2 + 1]!].forEach(report);
      });
      const timers = vi.spyOn(window, 'setTimeout');
      const pauses = () => timers.mock.calls.map(([, ms]) => ms).filter((ms) => ms !== 1000);
      report(ids[0]!);
      report(ids[1]!);
      await idbTicks(100);
      for (let round = 0; round < 6; round++) {
        vi.advanceTimersByTime(LONG_RUN_PAUSE_MS);
        await idbTicks(100);
      }
      // The first write is read at once, the rest of the run in rounds: after the first two of
      // them the short pause, after the next ones the long one.
      expect(pauses()).toEqual([RUN_PAUSE_MS, RUN_PAUSE_MS, LONG_RUN_PAUSE_MS, LONG_RUN_PAUSE_MS]);
      expect(rounds).toBe(6);
      // The run over, writes that come one at a time are read each at once.
      report(ids[20]!);
      await idbTicks(100);
      report(ids[21]!);
      await idbTicks(100);
      unsubscribe();
      expect(rounds).toBe(8);
      expect(pauses()).toHaveLength(4);
    }));
});
