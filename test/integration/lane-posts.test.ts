import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BOARD_TABLES, applyToState, emptyChange, laneItems, postStickies, type BoardChange, type BoardState } from '../../shared/board';
import { deriveLanes, laneKeyOf, type Lane, type StickyId, type WorkshopId } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { clusterStickiesAction, moveStickyAction, perform, postStickiesAction, redoAction, undoAction } from '../../renderer/actions';
import { TOUCH_DELAY_MS, appendToLanes, db, ensureSampleSeeded, flushWorkshopTouches, readBundle } from '../../renderer/db';
import { POSTS_CHANNEL, onWrites } from '../../renderer/db/write-notices';
import { useHistory, useUi } from '../../renderer/state';
import { BOARD_T0, idCounter, label, laneView, sortById } from '../builders/board';

const W = SAMPLE_WORKSHOP_ID as WorkshopId;

/** The whole board as stored: what a post used to read, and what the pure operation is given here. */
async function wholeBoard(): Promise<BoardState> {
  const bundle = (await readBundle(W))!;
  return Object.fromEntries(BOARD_TABLES.map((t) => [t, bundle[t]])) as unknown as BoardState;
}

async function lanes(): Promise<Lane[]> {
  const bundle = (await readBundle(W))!;
  return deriveLanes(bundle.groups, bundle.workshop.settings);
}

const authorOf = async (lane: Lane) => lane.authorGroupId ?? (await readBundle(W))!.groups[0]!.id;

/** The order the pure operation gives a post into `lane` when it sees the whole board. */
async function orderOnWholeBoard(lane: Lane): Promise<string> {
  const change = postStickies(await wholeBoard(), W, lane, ['expected'], { authorGroupId: await authorOf(lane) }, BOARD_T0, idCounter('expected'));
  return change.stickies.put[0]!.order;
}

async function postAndRead(lane: Lane, text: string) {
  expect(await perform(postStickiesAction, { workshopId: W, lane, texts: [text], options: { authorGroupId: await authorOf(lane) } })).toBe(1);
  return (await db.stickies.where('workshopId').equals(W).toArray()).find((s) => s.text === text)!;
}

/** Each part told and the keys in it (a RangeSet's nodes flattened), sorted, over every write heard. */
function keysByPart(heard: readonly ObservabilitySet[]): Record<string, string[]> {
  type Node = { from?: unknown; to?: unknown; l?: Node | null; r?: Node | null } | null | undefined;
  const flatten = (node: Node, out: string[]) => {
    if (!node || !('from' in node)) return out;
    flatten(node.l, out);
    out.push(JSON.stringify(node.from === node.to ? node.from : [node.from, node.to]));
    flatten(node.r, out);
    return out;
  };
  const parts: Record<string, string[]> = {};
  for (const set of heard) for (const [part, node] of Object.entries(set)) flatten(node as Node, (parts[part] ??= []));
  for (const part of Object.keys(parts)) parts[part]!.sort();
  return parts;
}

/** What the window's listeners of writes heard while `write` ran. */
async function listenWhile(write: () => Promise<unknown>): Promise<ObservabilitySet[]> {
  const heard: ObservabilitySet[] = [];
  const stop = onWrites((parts) => void heard.push(parts));
  try {
    await write();
  } finally {
    stop();
  }
  return heard;
}

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.setState({ scope: W, notices: [] });
  useHistory.setState({ history: {} });
});

describe('a post reads only the end of its lane', () => {
  it('gives every lane, the parking lot included, the order a read of the whole board would give', async () => {
    for (const [i, lane] of (await lanes()).entries()) {
      const expected = await orderOnWholeBoard(lane);
      const sticky = await postAndRead(lane, `Posted ${i}`);
      expect(sticky.order, lane.key).toBe(expected);
      expect(laneKeyOf(sticky)).toBe(lane.key);
      expect(laneView(await wholeBoard(), lane.key).at(-1), lane.key).toBe(`Posted ${i}`);
    }
  });

  it('lands after a cluster that ends the lane, and is not misled by a clustered sticky or other lanes’ stickies ordered later', async () => {
    const all = await lanes();
    const devOut = all.find((l) => l.kind === 'outmodel')!;
    const items = laneView(await wholeBoard(), devOut.key);
    const stickies = (await wholeBoard()).stickies.filter((s) => laneKeyOf(s) === devOut.key && s.clusterId === null);
    const last = stickies.reduce((a, b) => (a.order > b.order ? a : b));
    const first = stickies.find((s) => s.id !== last.id)!;
    // The lane's last sticky and another form a cluster where the last stood: the cluster ends the lane.
    const clusterId = await perform(clusterStickiesAction, { workshopId: W, draggedId: first.id as StickyId, targetId: last.id as StickyId, lane: devOut });
    expect(clusterId).toBeTruthy();
    expect(laneView(await wholeBoard(), devOut.key).at(-1)).toMatch(/^\[/);
    // A clustered sticky keeps an order of its own, here later than every item of the lane; another lane holds a later one too.
    await db.stickies.update(first.id, { order: 'zz' });
    const other = (await wholeBoard()).stickies.find((s) => laneKeyOf(s) !== devOut.key && s.clusterId === null)!;
    await db.stickies.update(other.id, { order: 'zy' });

    const expected = await orderOnWholeBoard(devOut);
    const sticky = await postAndRead(devOut, 'After cluster');
    expect(sticky.order).toBe(expected);
    expect(laneView(await wholeBoard(), devOut.key)).toHaveLength(items.length);
    expect(laneView(await wholeBoard(), devOut.key).at(-1)).toBe('After cluster');
  });

  it('lands after the lane’s last loose sticky when a clustered sticky is ordered later than it', async () => {
    const devOut = (await lanes()).find((l) => l.kind === 'outmodel')!;
    const stickies = (await wholeBoard()).stickies.filter((s) => laneKeyOf(s) === devOut.key && s.clusterId === null).sort((a, b) => (a.order < b.order ? -1 : 1));
    const [first, second] = stickies;
    // The lane's first two stickies form a cluster where the second stood; a loose sticky still ends the lane.
    expect(await perform(clusterStickiesAction, { workshopId: W, draggedId: first!.id as StickyId, targetId: second!.id as StickyId, lane: devOut })).toBeTruthy();
    // A clustered sticky keeps an order of its own, here later than every item of the lane.
    await db.stickies.update(first!.id, { order: 'zz' });
    expect(laneView(await wholeBoard(), devOut.key).at(-1)).not.toMatch(/^\[/);
    const expected = await orderOnWholeBoard(devOut);
    expect((await postAndRead(devOut, 'After loose')).order).toBe(expected);
    expect(laneView(await wholeBoard(), devOut.key).at(-1)).toBe('After loose');
  });

  it('is undone and redone as before', async () => {
    const lane = (await lanes())[0]!;
    const before = sortById(await db.stickies.toArray());
    await postAndRead(lane, 'To undo');
    await perform(undoAction, undefined);
    expect(sortById(await db.stickies.toArray())).toEqual(before);
    await perform(redoAction, undefined);
    expect((await db.stickies.toArray()).filter((s) => s.text === 'To undo')).toHaveLength(1);
  });

  it('gives posts that come together distinct orders in the order they came, after each lane’s last item', async () => {
    const [a, b] = await lanes();
    const counts = [laneView(await wholeBoard(), a!.key).length, laneView(await wholeBoard(), b!.key).length];
    const texts = ['Alpha a', 'Beta b', 'Gamma a', 'Delta a'];
    const makeId = idCounter('together');
    await appendToLanes(W, [a!, b!, a!], (state) => {
      const total = emptyChange();
      let after = state;
      for (const text of texts) {
        const lane = text.endsWith(' a') ? a! : b!;
        const change = postStickies(after, W, lane, [text], { authorGroupId: lane.authorGroupId! }, BOARD_T0, makeId);
        after = applyToState(after, change);
        total.stickies.put.push(...change.stickies.put);
      }
      return total;
    });
    const board = await wholeBoard();
    expect(laneView(board, a!.key).slice(counts[0])).toEqual(['Alpha a', 'Gamma a', 'Delta a']);
    expect(laneView(board, b!.key).slice(counts[1])).toEqual(['Beta b']);
    const orders = board.stickies.filter((s) => ['Alpha a', 'Gamma a', 'Delta a'].includes(s.text)).map((s) => s.order);
    expect(new Set(orders).size).toBe(3);
  });
});

describe('a run of posts from this window', () => {
  const devOut = async () => (await lanes()).find((l) => l.kind === 'outmodel')!;

  it('still lands after the lane’s true end when something else changed it since this window’s last post', async () => {
    const lane = await devOut();
    const first = await postAndRead(lane, 'Mine first');
    // Another window posts after it (written past this window's own actions).
    await db.stickies.add({ ...first, id: 'sticky:other-window' as StickyId, text: 'Elsewhere', order: `${first.order}5` });
    const afterOther = await orderOnWholeBoard(lane);
    expect((await postAndRead(lane, 'Mine second')).order).toBe(afterOther);
    expect(laneView(await wholeBoard(), lane.key).slice(-3)).toEqual(['Mine first', 'Elsewhere', 'Mine second']);
    // This window's last post is deleted: the next lands where a read of the whole board puts it.
    const second = (await db.stickies.toArray()).find((s) => s.text === 'Mine second')!;
    await db.stickies.delete(second.id);
    const expected = await orderOnWholeBoard(lane);
    expect((await postAndRead(lane, 'Mine third')).order).toBe(expected);
    // A cluster now ends the lane: the next post comes after it.
    const third = (await db.stickies.toArray()).find((s) => s.text === 'Mine third')!;
    const other = (await db.stickies.toArray()).find((s) => s.text === 'Elsewhere')!;
    await perform(clusterStickiesAction, { workshopId: W, draggedId: other.id as StickyId, targetId: third.id as StickyId, lane });
    expect(laneView(await wholeBoard(), lane.key).at(-1)).toMatch(/^\[/);
    const afterCluster = await orderOnWholeBoard(lane);
    expect((await postAndRead(lane, 'Mine fourth')).order).toBe(afterCluster);
    expect(laneView(await wholeBoard(), lane.key).at(-1)).toBe('Mine fourth');
  });

  /** How many reads `post` asked of the stickies and clusters in IndexedDB (gets, counts, cursors, of stores and indexes). */
  async function readsWhile(post: () => Promise<unknown>): Promise<number> {
    let reads = 0;
    const spies = [IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) =>
      (['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const).map((name) => {
        const original = (proto as IDBIndex)[name] as (...args: unknown[]) => IDBRequest;
        return vi.spyOn(proto as IDBIndex, name).mockImplementation(function (this: IDBIndex | IDBObjectStore, ...args: unknown[]) {
          const store = 'objectStore' in this ? this.objectStore.name : this.name;
          if (store === 'stickies' || store === 'clusters') reads++;
          return original.apply(this, args);
        } as never);
      }),
    );
    try {
      await post();
      return reads;
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  }

  it('asks IndexedDB for the add alone when this window posted the lane’s last item and nothing could have moved it since', async () => {
    const lane = await devOut();
    await postAndRead(lane, 'Known end');
    const expected = await orderOnWholeBoard(lane);
    let posted: StickyId | undefined;
    expect(await readsWhile(async () => (posted = (await postAndRead(lane, 'Unread')).id as StickyId))).toBe(1); // the test's own read of what was posted
    expect((await db.stickies.get(posted!))!.order).toBe(expected);
    expect(laneView(await wholeBoard(), lane.key).slice(-2)).toEqual(['Known end', 'Unread']);
  });

  it('reads nothing for posts that go back and forth between lanes once this window knows each lane’s end (phones posting)', async () => {
    const [one, two] = (await lanes()).filter((l) => l.kind === 'outmodel');
    const post = async (lane: Lane, text: string) => perform(postStickiesAction, { workshopId: W, lane, texts: [text], options: { authorGroupId: await authorOf(lane) } });
    await post(one!, 'One first');
    await post(two!, 'Two first');
    const reads: number[] = [];
    for (let i = 0; i < 3; i++) {
      reads.push(await readsWhile(() => post(one!, `One ${i}`)));
      reads.push(await readsWhile(() => post(two!, `Two ${i}`)));
    }
    expect(reads).toEqual([0, 0, 0, 0, 0, 0]);
    expect(laneView(await wholeBoard(), one!.key).slice(-4)).toEqual(['One first', 'One 0', 'One 1', 'One 2']);
    expect(laneView(await wholeBoard(), two!.key).slice(-4)).toEqual(['Two first', 'Two 0', 'Two 1', 'Two 2']);
  });

  it('reads the lane’s end again once another window’s write to the stickies or clusters is heard of, not for other writes', async () => {
    const lane = await devOut();
    const author = await authorOf(lane);
    const post = (text: string) => perform(postStickiesAction, { workshopId: W, lane, texts: [text], options: { authorGroupId: author } });
    await post('Known end');
    // What Dexie passes on from another window: a write to the reactions, or to another database's stickies.
    Dexie.on.storagemutated.fire({ [`idb://${db.name}/reactions/`]: new RangeSet().addKey('reaction:elsewhere') });
    Dexie.on.storagemutated.fire({ [`idb://another-database/stickies/`]: new RangeSet().addKey('sticky:elsewhere') });
    expect(await readsWhile(() => post('Still known'))).toBe(0);
    Dexie.on.storagemutated.fire({ [`idb://${db.name}/clusters/workshopId`]: new RangeSet().addKey(W) });
    expect(await readsWhile(() => post('Read again'))).toBeGreaterThan(0);
    expect(await readsWhile(() => post('Known again'))).toBe(0);
    Dexie.on.storagemutated.fire({ [`idb://${db.name}/stickies/`]: new RangeSet().addKey('sticky:elsewhere') });
    expect(await readsWhile(() => post('Read more'))).toBeGreaterThan(0);
    expect(laneView(await wholeBoard(), lane.key).slice(-5)).toEqual(['Known end', 'Still known', 'Read again', 'Known again', 'Read more']);
  });

  it('lands after the lane’s true end when a move to its end is begun while the post before it is being written', async () => {
    const lane = await devOut();
    const author = await authorOf(lane);
    await postAndRead(lane, 'Known end');
    const firstItem = laneItems(await wholeBoard(), lane.key).find((item) => item.type === 'sticky')!;
    const firstId = firstItem.sticky.id as StickyId;
    const first = label(firstItem.sticky);
    // The move to the lane's end begins once the post's add is asked, while it is being written:
    // IndexedDB writes the move after it.
    const add = IDBObjectStore.prototype.add;
    let asked!: () => void;
    const postAsked = new Promise<void>((resolve) => (asked = resolve));
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      asked();
      return add.apply(this, args);
    });
    const posted = perform(postStickiesAction, { workshopId: W, lane, texts: ['On way'], options: { authorGroupId: author } });
    const readsBeforeAdd = await readsWhile(() => postAsked);
    spy.mockRestore();
    // The post trusted this window's memory of the lane's end: it read nothing.
    expect(readsBeforeAdd).toBe(0);
    const moved = perform(moveStickyAction, { workshopId: W, id: firstId, target: { lane, clusterId: null, beforeId: null } });
    await Promise.all([posted, moved]);
    expect(laneView(await wholeBoard(), lane.key).slice(-2)).toEqual(['On way', first]);
    const expected = await orderOnWholeBoard(lane);
    expect((await postAndRead(lane, 'After move')).order).toBe(expected);
    expect(laneView(await wholeBoard(), lane.key).slice(-3)).toEqual(['On way', first, 'After move']);
  });

  it('lands where this window last knew its lane’s end while another window’s write is not heard of yet, and after it once it is', async () => {
    const lane = await devOut();
    const mine = await postAndRead(lane, 'Mine first');
    // Another window's post, written but not heard of yet (its notice is on its way), ordered
    // just after where this window's next post goes.
    const elsewhere = { ...mine, id: 'sticky:other-window' as StickyId, text: 'Elsewhere', order: `${await orderOnWholeBoard(lane)}V` };
    const tx = db.backendDB().transaction('stickies', 'readwrite');
    tx.objectStore('stickies').add(elsewhere);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    // Made within that moment, the post lands where this window last knew the end: before it.
    await postAndRead(lane, 'Mine second');
    expect(laneView(await wholeBoard(), lane.key).slice(-3)).toEqual(['Mine first', 'Mine second', 'Elsewhere']);
    // Heard of (as the other window tells of a post, over the app's channel), the next post reads
    // the lane's end again, and lands after it.
    const otherWindow = new BroadcastChannel(POSTS_CHANNEL);
    const heard = new Promise<void>((resolve) => {
      const stop = onWrites((parts) => {
        if (!Object.keys(parts).some((part) => part === `idb://${db.name}/stickies/`)) return;
        stop();
        resolve();
      });
    });
    otherWindow.postMessage({ [`idb://${db.name}/stickies/`]: new RangeSet().addKey(elsewhere.id) });
    await heard;
    otherWindow.close();
    const expected = await orderOnWholeBoard(lane);
    let third: Awaited<ReturnType<typeof postAndRead>> | undefined;
    expect(await readsWhile(async () => (third = await postAndRead(lane, 'Mine third')))).toBeGreaterThan(1);
    expect(third!.order).toBe(expected);
    expect(laneView(await wholeBoard(), lane.key).slice(-4)).toEqual(['Mine first', 'Mine second', 'Elsewhere', 'Mine third']);
  });

  it('gives each post of a run its own order, each after the last, as a read of the whole board would', async () => {
    const lane = await devOut();
    for (let i = 0; i < 5; i++) {
      const expected = await orderOnWholeBoard(lane);
      expect((await postAndRead(lane, `Run ${i}`)).order).toBe(expected);
    }
    expect(laneView(await wholeBoard(), lane.key).slice(-5)).toEqual(['Run 0', 'Run 1', 'Run 2', 'Run 3', 'Run 4']);
  });

  it('keeps the order they were asked in when each is asked before the one before is written (quick typing)', async () => {
    const lane = await devOut();
    const author = await authorOf(lane);
    // One post lands first, so that this window knows the lane's end; then eight come at once, as
    // Enter pressed again and again faster than each is written.
    await postAndRead(lane, 'Quick 0');
    const texts = Array.from({ length: 8 }, (_, i) => `Quick ${i + 1}`);
    const post = (text: string) => perform(postStickiesAction, { workshopId: W, lane, texts: [text], options: { authorGroupId: author } });
    // Each is asked once the one two before it is written, while the one just before is still on its way.
    const posts: Promise<number | undefined>[] = [];
    for (const [i, text] of texts.entries()) {
      if (i >= 2) await posts[i - 2];
      posts.push(post(text));
    }
    expect(await Promise.all(posts)).toEqual(texts.map(() => 1));
    expect(laneView(await wholeBoard(), lane.key).slice(-9)).toEqual(['Quick 0', ...texts]);
    const orders = (await db.stickies.toArray()).filter((s) => s.text.startsWith('Quick ')).map((s) => s.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('tells the window’s listeners, and the other windows, what each post of the run wrote, in the very words Dexie’s own add uses', async () => {
    const lane = await devOut();
    const author = await authorOf(lane);
    await postAndRead(lane, 'Known end');
    // Another window, on the app's channel.
    const otherWindow = new BroadcastChannel(POSTS_CHANNEL);
    const received: ObservabilitySet[] = [];
    otherWindow.onmessage = (event: MessageEvent<ObservabilitySet>) => void received.push(event.data);
    // A post of the run, of two stickies: written in IndexedDB itself, not through Dexie.
    const throughDexie = vi.spyOn(db.stickies, 'bulkAdd');
    let posted: Awaited<ReturnType<typeof appendToLanes>> = null;
    const ours = keysByPart(await listenWhile(async () => (posted = await appendToLanes(W, [lane], (state) => postStickies(state, W, lane, ['Heard one', 'Heard two'], { authorGroupId: author }, BOARD_T0, idCounter('heard'))))));
    expect(throughDexie).not.toHaveBeenCalled();
    throughDexie.mockRestore();
    const records = posted!.forward.stickies.put;
    expect(ours[`idb://${db.name}/stickies/`]).toEqual(records.map((r) => JSON.stringify(r.id)).sort());
    // The other window is told the same (in one notice with the posts before it, when they came within a moment).
    await vi.waitFor(() => {
      const theirs = keysByPart(received);
      for (const [part, keys] of Object.entries(ours)) expect(theirs[part]).toEqual(expect.arrayContaining(keys));
    });
    otherWindow.close();
    // The same two stickies added through Dexie are told in the same parts, with the same keys.
    await db.stickies.bulkDelete(records.map((r) => r.id));
    const dexies = keysByPart(await listenWhile(() => db.transaction('rw', [db.stickies, db.clusters], () => db.stickies.bulkAdd(records))));
    expect(ours).toEqual(dexies);
  });

  it('writes nothing when a call of the post throws before its request is even made', async () => {
    const lane = await devOut();
    const author = await authorOf(lane);
    await postAndRead(lane, 'Known end');
    const before = sortById(await db.stickies.toArray());
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++calls === 2) throw new DOMException('The value cannot be stored', 'DataCloneError');
      return add.apply(this, args);
    });
    try {
      const post = appendToLanes(W, [lane], (state) => postStickies(state, W, lane, ['First of two', 'Second of two'], { authorGroupId: author }, BOARD_T0, idCounter('thrown')));
      await expect(post).rejects.toMatchObject({ name: 'DataCloneError' });
    } finally {
      vi.mocked(IDBObjectStore.prototype.add).mockRestore();
    }
    expect(sortById(await db.stickies.toArray())).toEqual(before);
  });

  it('is written, and says so, even when a listener of the window fails on hearing it', async () => {
    const lane = await devOut();
    await postAndRead(lane, 'Known end');
    const failing = () => {
      throw new Error('A listener that fails');
    };
    const reported = vi.fn();
    const reportError = globalThis.reportError;
    globalThis.reportError = reported;
    const stop = onWrites(failing);
    try {
      expect((await postAndRead(lane, 'Still kept')).text).toBe('Still kept');
      expect(reported).toHaveBeenCalledWith(expect.objectContaining({ message: 'A listener that fails' }));
    } finally {
      stop();
      globalThis.reportError = reportError;
    }
  });

  it('still lands, after the lane’s end, when the database was closed under the app between two posts', async () => {
    const lane = await devOut();
    await postAndRead(lane, 'Pre-close');
    // As when another window upgrades the database: Dexie closes this window's connection, and opens it again when asked.
    db.close({ disableAutoOpen: false });
    const expected = await orderOnWholeBoard(lane);
    expect((await postAndRead(lane, 'Reopened')).order).toBe(expected);
    expect(laneView(await wholeBoard(), lane.key).slice(-2)).toEqual(['Pre-close', 'Reopened']);
  });

  it('writes nothing when a post of the run fails in IndexedDB (a sticky that exists already)', async () => {
    const lane = await devOut();
    const mine = await postAndRead(lane, 'Known end');
    const before = sortById(await db.stickies.toArray());
    // The operation adds, at the lane's end, a sticky whose id is taken: the transaction fails whole.
    const taken = (state: BoardState) => {
      const change = postStickies(state, W, lane, ['Taken id'], { authorGroupId: lane.authorGroupId! }, BOARD_T0, idCounter('taken'));
      return { ...change, stickies: { put: [{ ...change.stickies.put[0]!, id: before.find((s) => s.id !== mine.id)!.id }], remove: [] } };
    };
    // The error is the transaction's own: what went wrong, not merely "aborted".
    await expect(appendToLanes(W, [lane], taken)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(sortById(await db.stickies.toArray())).toEqual(before);
    // The next post still lands at the lane's end.
    const expected = await orderOnWholeBoard(lane);
    expect((await postAndRead(lane, 'After the failure')).order).toBe(expected);
  });

  it('records when the workshop changed once, a moment after the run, and never moves it back', async () => {
    const lane = await devOut();
    const before = (await db.workshops.get(W))!.updatedAt;
    const started = new Date().toISOString();
    for (let i = 0; i < 3; i++) await postAndRead(lane, `Touch ${i}`);
    await vi.waitFor(async () => expect((await db.workshops.get(W))!.updatedAt >= started).toBe(true), { timeout: TOUCH_DELAY_MS * 8 });
    expect((await db.workshops.get(W))!.updatedAt > before).toBe(true);

    const later = '2099-01-01T00:00:00.000Z';
    await db.workshops.update(W, { updatedAt: later });
    await postAndRead(lane, 'Touch later');
    await flushWorkshopTouches();
    expect((await db.workshops.get(W))!.updatedAt).toBe(later);
  });
});

describe('an operation that adds to lanes and does anything else', () => {
  const attempt = async (lane: Lane, change: (state: BoardState) => BoardChange) => {
    const before = { stickies: sortById(await db.stickies.toArray()), workshop: await db.workshops.get(W) };
    await expect(appendToLanes(W, [lane], change)).rejects.toThrow();
    expect({ stickies: sortById(await db.stickies.toArray()), workshop: await db.workshops.get(W) }).toEqual(before);
  };

  it('writes nothing: a sticky re-keyed, removed, written over, put in another lane or in a cluster, another table', async () => {
    const [lane, elsewhere] = await lanes();
    const post = (state: BoardState, target = lane!) => postStickies(state, W, target, ['new'], { authorGroupId: target.authorGroupId! }, BOARD_T0, idCounter('bad'));
    const existing = (await wholeBoard()).stickies.find((s) => laneKeyOf(s) === lane!.key)!;
    await attempt(lane!, (state) => ({ ...post(state), stickies: { put: [...post(state).stickies.put, { ...state.stickies[0]!, order: 'a0' }], remove: [] } }));
    await attempt(lane!, (state) => ({ ...post(state), stickies: { put: post(state).stickies.put, remove: [existing.id] } }));
    await attempt(lane!, () => ({ ...emptyChange(), stickies: { put: [{ ...existing, order: 'zzzz' }], remove: [] } }));
    await attempt(lane!, (state) => post(state, elsewhere!));
    await attempt(lane!, (state) => ({ ...emptyChange(), stickies: { put: post(state).stickies.put.map((s) => ({ ...s, clusterId: 'cluster:none' as never })), remove: [] } }));
    await attempt(lane!, (state) => ({ ...post(state), reactions: { put: [], remove: ['reaction:x'] } }));
  });

  it('refuses a post to a workshop that is gone, and writes nothing', async () => {
    const lane = (await lanes())[0]!;
    const count = await db.stickies.count();
    await db.workshops.delete(W);
    expect(await perform(postStickiesAction, { workshopId: W, lane, texts: ['Too late'], options: {} })).toBeUndefined();
    expect(useUi.getState().notices.at(-1)?.message).toEqual({ key: 'errors.workshopGone' });
    expect(await db.stickies.count()).toBe(count);
  });
});
