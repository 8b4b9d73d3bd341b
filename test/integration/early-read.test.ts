import { IDBFactory, IDBIndex } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_TABLES, type WorkshopBundle } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { db, ensureSampleSeeded } from '../../renderer/db';
import { readBundle } from '../../renderer/db/bundles';
import { EARLY_READ_KEPT_MS, preloadScreenCode, readOpenedWorkshop, startEarlyRead, storedVersionSeen, takeEarlyRead } from '../../renderer/db/early-read';
import { CONFIRM_EARLY_READ_MS, LiveWorkshop } from '../../renderer/db/live-workshop';
import { DATABASE_NAME, STORED_VERSION } from '../../renderer/db/raw-open';
import { idbTicks, onFakeTimeouts } from '../support/idb-ticks';

const W = SAMPLE_WORKSHOP_ID;
const boardOf = (id: string) => `#/workshop/${encodeURIComponent(id)}`;

/** Counts the reads of a workshop's stickies by Dexie from now on (an early read is done before). */
function wholeStickyReads() {
  const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
  return () => (getAll.mock.contexts as IDBIndex[]).filter((index) => index.name === 'workshopId' && index.objectStore.name === 'stickies').length;
}


beforeEach(async () => {
  await ensureSampleSeeded('en');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the window's first read, before the app's code", () => {
  it('reads the workshop the window opens on, as the live store reads it', async () => {
    const early = (await readOpenedWorkshop(indexedDB, boardOf(W)))!;
    const bundle = (await readBundle(W))!;
    expect(early.workshopId).toBe(W);
    expect(early.workshop).toEqual(bundle.workshop);
    for (const table of BUNDLE_TABLES) expect(early.tables[table]).toEqual(bundle[table]);
    expect(early.tables.stickies.length).toBeGreaterThan(0);
  });

  it("reads a group's board and the shared screen of a workshop too; nothing for any other screen", async () => {
    for (const hash of [`${boardOf(W)}/as/group:x`, `${boardOf(W)}/capture`]) expect((await readOpenedWorkshop(indexedDB, hash))?.workshopId).toBe(W);
    const open = vi.spyOn(indexedDB, 'open');
    // A stray % (an address typed by hand) does not read: nothing is read, nothing is thrown.
    for (const hash of ['', '#/', '#/new', `${boardOf(W)}/details`, '#/workshop/not-an-id', '#/workshop/workshop%3A%E0%A4']) expect(await readOpenedWorkshop(indexedDB, hash)).toBeNull();
    expect(open).not.toHaveBeenCalled();
  });

  it('says a workshop that is not there is not there', async () => {
    const early = (await readOpenedWorkshop(indexedDB, boardOf('workshop:gone')))!;
    expect(early.workshop).toBeUndefined();
    expect(early.tables.stickies).toEqual([]);
  });

  it('tells the start the version of the database it opened, or that it opened none', async () => {
    await startEarlyRead(indexedDB, boardOf(W));
    expect(await storedVersionSeen()).toBe(STORED_VERSION);
    await startEarlyRead(indexedDB, '#/');
    expect(await storedVersionSeen()).toBeNull();
    await startEarlyRead(new IDBFactory(), boardOf(W));
    expect(await storedVersionSeen()).toBeNull();
    await takeEarlyRead(W);
  });

  it('creates no database where there is none', async () => {
    const fresh = new IDBFactory();
    expect(await readOpenedWorkshop(fresh, boardOf(W))).toBeNull();
    expect(await fresh.databases()).toEqual([]);
  });

  it('reads nothing from a database of another shape, and leaves it free to be upgraded', async () => {
    const fresh = new IDBFactory();
    const older = (STORED_VERSION - 1) * 10;
    await new Promise<void>((resolve, reject) => {
      const request = fresh.open(DATABASE_NAME, older);
      request.onupgradeneeded = () => request.result.createObjectStore('workshops', { keyPath: 'id' });
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });
    expect(await readOpenedWorkshop(fresh, boardOf(W))).toBeNull();
    // Its connection is closed: an upgrade is not blocked.
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = fresh.open(DATABASE_NAME, STORED_VERSION * 10);
      request.onblocked = () => reject(new Error('blocked by the first read'));
      request.onsuccess = () => (request.result.close(), resolve(request.result.version));
      request.onerror = () => reject(request.error);
    });
    expect(upgraded).toBe(STORED_VERSION * 10);
  });

  it('is let go when no store took it while the window started', () =>
    onFakeTimeouts(async () => {
      await startEarlyRead(indexedDB, boardOf(W));
      vi.advanceTimersByTime(EARLY_READ_KEPT_MS);
      expect(await takeEarlyRead(W)).toBeNull();
      await startEarlyRead(indexedDB, boardOf(W));
      vi.advanceTimersByTime(EARLY_READ_KEPT_MS / 2);
      expect((await takeEarlyRead(W))?.workshopId).toBe(W);
    }));

  it('is read by the Dexie database of this code: one name, one version', () => {
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.verno).toBe(STORED_VERSION);
  });
});

describe("the code of the screen a window opens on", () => {
  afterEach(() => document.head.querySelectorAll('meta[name="outmodel-screen-code"], link[rel="modulepreload"]').forEach((el) => el.remove()));

  it('is asked for, as the build names it in the page, for that screen only', () => {
    for (const [route, files] of [['workshop', './assets/board.js'], ['group', './assets/group.js ./assets/board.js'], ['capture', './assets/board.js']] as const) {
      const meta = document.createElement('meta');
      meta.name = 'outmodel-screen-code';
      meta.dataset.route = route;
      meta.content = files;
      document.head.append(meta);
    }
    preloadScreenCode(document, 'group');
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['./assets/group.js', './assets/board.js']);
    // Asked as the page's module scripts are (same credentials), so the entry's import takes what was loaded.
    expect(links.every((link) => link.crossOrigin === '')).toBe(true);
  });

  it('is not asked for when the page names none (a build of another shape, or a unit test)', () => {
    preloadScreenCode(document, 'workshop');
    expect(document.head.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
  });
});

describe("the live store's first read", () => {
  let stops: (() => void)[] = [];
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
  });

  function follow(store: LiveWorkshop, published: WorkshopBundle[] = []) {
    const unsubscribe = store.subscribe(() => published.push(store.snapshot()!));
    stops.push(unsubscribe, () => store.stop());
    return published;
  }

  /** A store started as the app starts one: it reads before any view shows the workshop. */
  async function started(): Promise<LiveWorkshop> {
    const store = new LiveWorkshop(W);
    stops.push(() => store.stop());
    await store.start();
    return store;
  }

  it('is the early read when there is one, and reads again what another window wrote before the store listened', async () => {
    await startEarlyRead(indexedDB, boardOf(W));
    // Another window edits a sticky after the early read, before this window's store listens.
    const sticky = (await db.stickies.where('workshopId').equals(W).first())!;
    await db.stickies.update(sticky.id, { text: 'Edited by the other window' });
    const wholeReads = wholeStickyReads();

    // As the app starts: the store reads first, then the board shows it.
    const store = await started();
    expect(wholeReads()).toBe(0);
    expect(store.snapshot()!.stickies.find((s) => s.id === sticky.id)!.text).toBe(sticky.text);
    const first = store.snapshot()!;
    follow(store);
    // Read again once the window is idle: the other window's edit shows.
    await vi.waitFor(() => expect(store.snapshot()!.stickies.find((s) => s.id === sticky.id)!.text).toBe('Edited by the other window'), { timeout: 3000 });
    expect(wholeReads()).toBeGreaterThan(0);
    // What the second read found as it was keeps its objects and its lists.
    const now = store.snapshot()!;
    expect(now.reactions).toBe(first.reactions);
    expect(now.workshop).toBe(first.workshop);
    for (const s of first.stickies) if (s.id !== sticky.id) expect(now.stickies.find((n) => n.id === s.id)).toBe(s);
  });

  it('draws nothing again when the second read finds the workshop as the early read did', async () => {
    await startEarlyRead(indexedDB, boardOf(W));
    const wholeReads = wholeStickyReads();
    const store = await started();
    const published = follow(store);
    await vi.waitFor(() => expect(wholeReads()).toBeGreaterThan(0), { timeout: 3000 });
    await store.settled();
    expect(published).toEqual([]);
  });

  it('reads again only once a view shows the workshop', async () => {
    await startEarlyRead(indexedDB, boardOf(W));
    const wholeReads = wholeStickyReads();
    await onFakeTimeouts(async () => {
      const store = await started();
      // However long no view shows it, it is not read again.
      vi.advanceTimersByTime(10 * CONFIRM_EARLY_READ_MS);
      await idbTicks(50);
      expect(wholeReads()).toBe(0);
      follow(store);
      await idbTicks(500, () => wholeReads() > 0, CONFIRM_EARLY_READ_MS / 10);
      expect(wholeReads()).toBeGreaterThan(0);
    });
  });

  it('reads again at once in a hidden window, whose idle time and timers may be held back', async () => {
    await startEarlyRead(indexedDB, boardOf(W));
    const wholeReads = wholeStickyReads();
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    await onFakeTimeouts(async () => {
      follow(await started());
      // No timer moves: the read is not waiting for one.
      await idbTicks(500, () => wholeReads() > 0);
      expect(wholeReads()).toBeGreaterThan(0);
    });
  });

  it('reads again at once when a view was shown before the first read', async () => {
    await startEarlyRead(indexedDB, boardOf(W));
    const wholeReads = wholeStickyReads();
    const store = new LiveWorkshop(W);
    follow(store);
    await store.start();
    await vi.waitFor(() => expect(wholeReads()).toBeGreaterThan(0), { timeout: 3000 });
  });

  it('is its own read when the early read was of another workshop, or was taken already', async () => {
    await startEarlyRead(indexedDB, boardOf('workshop:another'));
    const wholeReads = wholeStickyReads();
    const first = new LiveWorkshop(W);
    follow(first);
    await first.start();
    expect(wholeReads()).toBeGreaterThan(0);
    expect(first.snapshot()!.workshop.id).toBe(W);

    await startEarlyRead(indexedDB, boardOf(W));
    (await started()).stop();
    const before = wholeReads();
    const second = new LiveWorkshop(W);
    follow(second);
    await second.start();
    expect(wholeReads()).toBeGreaterThan(before);
    expect(second.snapshot()!.workshop.id).toBe(W);
  });
});
