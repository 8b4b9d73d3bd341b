import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { z } from 'zod';
import {
  ActionItemSchema,
  AgreementSchema,
  DecisionSchema,
  PulseRatingSchema,
  ClusterSchema,
  LIMITS,
  SCHEMA_MESSAGE_VALUES,
  ReactionSchema,
  StickySchema,
  VoteSchema,
  deriveLanes,
  laneKeyOf,
  type Cluster,
  type Lane,
  type Sticky,
  type WorkshopId,
} from '../../shared/model';
import { BOARD_TABLES, applyToState, invertChange, isEmptyChange, laneItems, type BoardChange, type BoardState, type BoardTable } from '../../shared/board';
import { Refusal } from '../../shared/lib/refusal';
import { nowIso } from '../../shared/lib/time';
import { LANE_ORDER_INDEX, PARKING_ORDER_INDEX, db } from './db';
import { readTables } from './bundles';
import { requestResult } from './raw-open';
import { knownLaneEnd, laneEndsMark, rememberLaneEnd, tellOwnWrite } from './lane-ends';

const SCHEMAS: Record<keyof BoardState, z.ZodType> = {
  stickies: StickySchema,
  clusters: ClusterSchema,
  reactions: ReactionSchema,
  votes: VoteSchema,
  agreements: AgreementSchema,
  decisions: DecisionSchema,
  actions: ActionItemSchema,
  pulses: PulseRatingSchema,
};

/** The board's tables, or only those named (the others read as empty). */
async function readBoard(workshopId: WorkshopId, tables: readonly BoardTable[] = BOARD_TABLES): Promise<BoardState> {
  return (await readTables(workshopId, BOARD_TABLES, tables)) as unknown as BoardState;
}

/** Checks every record a change writes, and that no sticky ends up in a cluster of another lane. */
function check(change: BoardChange, after: BoardState) {
  for (const table of BOARD_TABLES) {
    for (const record of change[table].put) {
      const result = SCHEMAS[table].safeParse(record);
      if (!result.success) {
        // Our schemas' messages are catalog keys; anything else is a shape no command should produce.
        const key = result.error.issues[0]?.message ?? '';
        const text = (record as { text?: unknown }).text;
        if (key === 'errors.stickyOverLimit' && typeof text === 'string') throw new Refusal('errors.stickyTooLong', { max: LIMITS.stickyText, count: text.length });
        throw new Refusal(key.startsWith('errors.') ? key : 'errors.invalidChange', SCHEMA_MESSAGE_VALUES[key]);
      }
    }
  }
  const clusterLanes = new Map(after.clusters.map((c) => [c.id, laneKeyOf(c)]));
  for (const s of after.stickies) {
    if (s.clusterId !== null && clusterLanes.get(s.clusterId) !== laneKeyOf(s)) throw new Refusal('errors.clusterMixedLanes');
  }
}

async function write(workshopId: WorkshopId, change: BoardChange) {
  for (const table of BOARD_TABLES) {
    const t = db.table(table);
    if (change[table].put.length) await t.bulkPut(change[table].put);
    if (change[table].remove.length) await t.bulkDelete(change[table].remove);
  }
  await db.workshops.update(workshopId, { updatedAt: nowIso() });
}

const BOARD_STORES = () => [db.workshops, ...BOARD_TABLES.map((t) => db.table(t))];

/**
 * Runs one board operation in one transaction: reads the board, computes the change, checks it
 * whole, writes it. Returns the change and its inverse, for undo; nothing is written on refusal.
 * An operation that needs only some tables names them in `reads` (an edit reads the stickies and
 * clusters, not 2,000 reactions): it may then write only those. A post reads less still: see
 * `appendToLanes`.
 */
export function applyBoardOp(workshopId: WorkshopId, op: (state: BoardState) => BoardChange, reads: readonly BoardTable[] = BOARD_TABLES): Promise<{ forward: BoardChange; backward: BoardChange } | null> {
  // A sticky's cluster must be in the same lane: whoever reads stickies reads clusters too.
  if (reads.includes('stickies') !== reads.includes('clusters')) return Promise.reject(new Error('A board operation reads stickies and clusters together'));
  return db.transaction('rw', BOARD_STORES(), async () => {
    const before = await readBoard(workshopId, reads);
    const forward = op(before);
    if (isEmptyChange(forward)) return null;
    const unread = BOARD_TABLES.find((t) => !reads.includes(t) && (forward[t].put.length > 0 || forward[t].remove.length > 0));
    if (unread) throw new Error(`A board operation wrote ${unread}, which it did not read`);
    check(forward, applyToState(before, forward));
    await write(workshopId, forward);
    return { forward, backward: invertChange(forward, before) };
  });
}

/** The index range that holds a lane's stickies or clusters, in order. */
function laneRange(workshopId: WorkshopId, lane: Lane): { index: string; lower: unknown[]; upper: unknown[] } {
  if (lane.kind === 'parking') return { index: PARKING_ORDER_INDEX, lower: [workshopId, lane.kind, Dexie.minKey], upper: [workshopId, lane.kind, Dexie.maxKey] };
  if (lane.authorGroupId === null || lane.subjectGroupId === null) throw new Error(`Lane ${lane.key} has no author or subject group`);
  const groups = [workshopId, lane.kind, lane.authorGroupId, lane.subjectGroupId];
  return { index: LANE_ORDER_INDEX, lower: [...groups, Dexie.minKey], upper: [...groups, Dexie.maxKey] };
}

const EMPTY_BOARD: BoardState = { stickies: [], clusters: [], reactions: [], votes: [], agreements: [], decisions: [], actions: [], pulses: [] };

/**
 * Runs an operation that only adds loose stickies at the ends of the lanes named (a post), in one
 * transaction, seeing only each lane's last item rather than the whole board: the operation sees
 * a board that holds just those items. Anything else it tries to write (a sticky moved, re-keyed
 * or written over, another table) is an error, and nothing is written. Returns the change and its
 * inverse, for undo, as `applyBoardOp` does.
 *
 * When this window posted the lane's last item itself, and nothing it knows of could have moved
 * the lane's end since (`lane-ends.ts`: no other write to the stickies or clusters begun in this
 * window, none heard of from another window), the post is written without reading: its one
 * request is the add (a run of posts, phones posting). Otherwise the transaction reads the lane's
 * end first. When the workshop changed is written a moment later, once for a run of posts
 * (`touchWorkshop`).
 */
export function appendToLanes(workshopId: WorkshopId, lanes: readonly Lane[], op: (state: BoardState) => BoardChange): Promise<{ forward: BoardChange; backward: BoardChange } | null> {
  const named = [...new Map(lanes.map((lane) => [lane.key, lane])).values()];
  // Posts into a lane from this window are made in the order they were asked: each starts once
  // the one before it in any of its lanes is written (or refused). Two made at once would both
  // start from the same end, and the first could be made again after the second (typed quickly
  // in one composer: "4" after "5").
  const keys = named.map((lane) => endKey(workshopId, lane));
  const before = Promise.all(keys.map((key) => postsUnderWay.get(key)));
  const post = before.then(() => appendInTurn(workshopId, named, op));
  const done = post.then(
    () => undefined,
    () => undefined,
  );
  for (const key of keys) postsUnderWay.set(key, done);
  void done.then(() => keys.forEach((key) => postsUnderWay.get(key) === done && postsUnderWay.delete(key)));
  return post;
}

/** The last post under way into each lane from this window (`${workshopId} ${laneKey}`), settled once it is written or refused. */
const postsUnderWay = new Map<string, Promise<void>>();

async function appendInTurn(workshopId: WorkshopId, named: readonly Lane[], op: (state: BoardState) => BoardChange): Promise<{ forward: BoardChange; backward: BoardChange } | null> {
  let result: Awaited<ReturnType<typeof appendInIndexedDb>>;
  try {
    result = await appendInIndexedDb(workshopId, named, op);
  } catch (error) {
    if (!(error instanceof NotOpen)) throw error;
    // Dexie opens the database again if it may (it was closed under the app), or says why not
    // (it was closed on purpose); the post is then made once more.
    await db.workshops.get(workshopId);
    result = await appendInIndexedDb(workshopId, named, op);
  }
  if (result.change) {
    rememberEnds(workshopId, named, result.change.forward, result.mark);
    touchWorkshop(workshopId);
  }
  return result.change;
}

const endKey = (workshopId: WorkshopId, lane: Lane) => `${workshopId} ${lane.key}`;

/**
 * The database is not open just now (closed under the app, another window upgrading it). Named as
 * Dexie names a closed database's failure: a post that still fails so is kept and tried again.
 */
class NotOpen extends Error {
  constructor() {
    super('The storage is not open');
    this.name = 'DatabaseClosedError';
  }
}

/** The operation's change, checked: loose stickies added at the ends of the lanes named, nothing else. */
function checkedPost(named: readonly Lane[], before: BoardState, op: (state: BoardState) => BoardChange): BoardChange | null {
  const forward = op(before);
  if (isEmptyChange(forward)) return null;
  const other = BOARD_TABLES.find((t) => forward[t].remove.length > 0 || (t !== 'stickies' && forward[t].put.length > 0));
  if (other) throw new Error(`An operation that adds stickies to lanes changed ${other}`);
  const keys = new Set(named.map((lane) => lane.key));
  for (const sticky of forward.stickies.put) {
    // The lane's last item as the board orders it: `before` holds each named lane's end.
    const last = laneItems(before, laneKeyOf(sticky)).at(-1)?.order ?? null;
    if (!keys.has(laneKeyOf(sticky)) || sticky.clusterId !== null || (last !== null && sticky.order <= last)) throw new Error(`An operation that adds stickies to lanes put ${sticky.id} elsewhere than at the end of a lane it named`);
  }
  check(forward, applyToState(before, forward));
  return forward;
}

/** Remembers each lane's last sticky of a post that was written, unless the lanes' ends were forgotten since `mark`. */
function rememberEnds(workshopId: WorkshopId, named: readonly Lane[], forward: BoardChange, mark: number): void {
  for (const lane of named) {
    const last = laneItems({ ...EMPTY_BOARD, stickies: forward.stickies.put }, lane.key).at(-1);
    if (last?.type === 'sticky') rememberLaneEnd(endKey(workshopId, lane), last.sticky, mark);
  }
}

/**
 * The post in IndexedDB itself, in one transaction: Dexie's transaction and its `bulkAdd` cost a
 * post more of the main thread than the disk's own work (~0.2 ms of its ~0.5 ms over a bare add,
 * profiled), and a transaction begun outside Dexie is not one its middleware sees: a post does not
 * make this window forget the ends of other lanes (`lane-ends.ts`). When this window knows every
 * named lane's end, the post's one request is the add; otherwise it reads the ends first, in the
 * same transaction. What Dexie would tell its listeners once it is written, it is told here
 * (`wroteStickies`). A database not open (closed under the app, another window upgrading it)
 * fails it with `NotOpen`: Dexie is then asked to open it again, and the post is made once more.
 */
async function appendInIndexedDb(workshopId: WorkshopId, named: readonly Lane[], op: (state: BoardState) => BoardChange) {
  const idb = db.isOpen() ? db.backendDB() : null;
  if (!idb) throw new NotOpen();
  const known = named.map((lane) => knownLaneEnd(endKey(workshopId, lane)));
  const allKnown = known.every((sticky) => sticky !== undefined);
  let tx: IDBTransaction;
  try {
    tx = idb.transaction(allKnown ? ['stickies'] : ['workshops', 'stickies', 'clusters'], 'readwrite', { durability: 'strict' });
  } catch (error) {
    // The connection is closing or closed under the app; anything else is the post's own failure.
    if (error instanceof DOMException && error.name === 'InvalidStateError') throw new NotOpen();
    throw error;
  }
  // A write to the stickies or clusters begun in this window after this transaction (which
  // forgets the ends) is written after it, or beside it when their stores do not overlap.
  const mark = laneEndsMark();
  // Settles once the transaction is over, never rejecting: written, or why not (null when this
  // code aborted it, or it gave no reason).
  const ended = new Promise<{ written: true } | { written: false; error: DOMException | null }>((resolve) => {
    tx.oncomplete = () => resolve({ written: true });
    tx.onabort = () => resolve({ written: false, error: tx.error });
  });
  let before: BoardState;
  let forward: BoardChange | null;
  try {
    before = allKnown ? { ...EMPTY_BOARD, stickies: known as Sticky[] } : await readEnds(tx, workshopId, named);
    forward = checkedPost(named, before, op);
    if (forward) {
      // `add`, not `put`: a sticky that already exists fails the whole transaction instead of
      // being written over. Each promise is marked handled as it is made: when the post fails
      // part-way, the requests already asked fail too (aborted), and nothing waits for them any more.
      await Promise.all(forward.stickies.put.map((sticky) => handled(requestResult(tx.objectStore('stickies').add(sticky)))));
    }
  } catch (error) {
    // Whatever failed (a read, a refusal, a request, or a call that threw before its request was
    // made), nothing of the post is written: the transaction is aborted, if a failed request has
    // not aborted it already. Its own error says why, when it has one (a full disk aborts it; its
    // requests then say only "aborted").
    abortQuietly(tx);
    const end = await ended;
    throw end.written ? error : (end.error ?? error);
  }
  const end = await ended;
  if (!end.written) throw end.error ?? new DOMException('The post was not written', 'AbortError');
  if (!forward) return { change: null, mark };
  wroteStickies(forward.stickies.put);
  return { change: { forward, backward: invertChange(forward, before) }, mark };
}

/** Each named lane's last loose sticky and last cluster, read in `tx`: the board the post sees. */
async function readEnds(tx: IDBTransaction, workshopId: WorkshopId, named: readonly Lane[]): Promise<BoardState> {
  const [workshop, ...found] = await Promise.all([
    requestResult(tx.objectStore('workshops').get(workshopId)),
    ...named.map(async (lane) => {
      const { index, lower, upper } = laneRange(workshopId, lane);
      const range = IDBKeyRange.bound(lower, upper);
      const [sticky, cluster] = await Promise.all([
        // A lane's clustered stickies share its range, ordered inside their cluster: skipped.
        lastWhere<Sticky>(tx.objectStore('stickies').index(index), range, (s) => s.clusterId === null),
        lastWhere<Cluster>(tx.objectStore('clusters').index(index), range, () => true),
      ]);
      return { sticky, cluster };
    }),
  ]);
  if (!workshop) throw new Refusal('errors.workshopGone');
  return { ...EMPTY_BOARD, stickies: found.flatMap((end) => (end.sticky ? [end.sticky] : [])), clusters: found.flatMap((end) => (end.cluster ? [end.cluster] : [])) };
}

/** The last record of `range` in the index's order that `wanted` accepts. */
function lastWhere<T>(index: IDBIndex, range: IDBKeyRange, wanted: (record: T) => boolean): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const request = index.openCursor(range, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) resolve(undefined);
      else if (wanted(cursor.value as T)) resolve(cursor.value as T);
      else cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * Tells the listeners of this window, and the other windows (`write-notices.ts`), that these
 * stickies were added, in the words Dexie's own `add` would use: their keys, and their keys in each index.
 */
function wroteStickies(added: readonly Sticky[]): void {
  const part = (index: string) => `idb://${db.name}/stickies/${index}`;
  const ids = added.map((s) => s.id);
  const parts: ObservabilitySet = { [part('')]: new RangeSet().addKeys(ids), [part(':dels')]: new RangeSet().addKeys(ids) };
  for (const index of db.stickies.schema.indexes) {
    const keyOf = (sticky: Sticky) => (Array.isArray(index.keyPath) ? index.keyPath.map((path) => Dexie.getByKeyPath(sticky, path)) : Dexie.getByKeyPath(sticky, index.keyPath ?? ''));
    parts[part(index.name)] = new RangeSet().addKeys(added.map(keyOf).filter((key) => key !== undefined && key !== null));
  }
  // Written is written: nothing that fails in telling it (a notice that cannot be sent) makes the
  // post fail (Dexie's own commit does not either); the failure is reported as an uncaught error is.
  // Each listener's own failure is reported by `write-notices.ts`.
  try {
    tellOwnWrite(parts);
  } catch (error) {
    globalThis.reportError?.(error);
  }
}

/** The promise, marked handled: its failure is awaited elsewhere, or not at all. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Aborts a transaction that may have ended already. */
function abortQuietly(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // It had ended (committed, or aborted by a failed request).
  }
}

/** How long a post's "when the workshop changed" waits, so that a run of posts writes it once. */
export const TOUCH_DELAY_MS = 1000;
const touches = new Map<WorkshopId, { at: string; timer: ReturnType<typeof setTimeout> }>();

/**
 * Records, a moment later, that a workshop changed now (the library lists the most recently
 * changed first); a run of posts writes it once. It never moves the time back, and a workshop
 * deleted meanwhile stays deleted.
 */
function touchWorkshop(workshopId: WorkshopId): void {
  const at = nowIso();
  const waiting = touches.get(workshopId);
  if (waiting) waiting.at = at;
  else touches.set(workshopId, { at, timer: setTimeout(() => void writeTouch(workshopId), TOUCH_DELAY_MS) });
}

async function writeTouch(workshopId: WorkshopId): Promise<void> {
  const waiting = touches.get(workshopId);
  if (!waiting) return;
  touches.delete(workshopId);
  clearTimeout(waiting.timer);
  // The stickies are saved; what can fail here (the storage closed under the app) costs only the
  // library's order, and the next change of the workshop writes the time again.
  await db.workshops
    .where(':id')
    .equals(workshopId)
    .modify((w) => {
      if (w.updatedAt < waiting.at) w.updatedAt = waiting.at;
    })
    .catch(() => undefined);
}

/** Writes at once every "when the workshop changed" still waiting (when the library is shown, when the window is hidden or closed, and in tests). */
export async function flushWorkshopTouches(): Promise<void> {
  await Promise.all([...touches.keys()].map(writeTouch));
}

// A window hidden or closed within the moment after a post still records when its workshop changed.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void flushWorkshopTouches());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void flushWorkshopTouches());
}

/** Applies a change recorded earlier (undo or redo). */
export function applyBoardChange(workshopId: WorkshopId, change: BoardChange): Promise<void> {
  return db.transaction('rw', BOARD_STORES(), async () => {
    const before = await readBoard(workshopId);
    check(change, applyToState(before, change));
    await write(workshopId, change);
  });
}

/** The workshop's lanes, derived from its groups, and its stickies: for commands given by key. */
export async function readLanesAndStickies(workshopId: WorkshopId) {
  return db.transaction('r', [db.workshops, db.groups, db.stickies, db.clusters], async () => {
    const workshop = await db.workshops.get(workshopId);
    if (!workshop) throw new Refusal('errors.workshopGone');
    const groups = await db.groups.where('workshopId').equals(workshopId).toArray();
    const stickies = await db.stickies.where('workshopId').equals(workshopId).toArray();
    const clusters = await db.clusters.where('workshopId').equals(workshopId).toArray();
    return { lanes: deriveLanes(groups, workshop.settings), groups, stickies, clusters };
  });
}
