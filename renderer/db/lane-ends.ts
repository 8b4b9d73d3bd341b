import type { DBCore, Middleware, ObservabilitySet } from 'dexie';
import type { Sticky } from '../../shared/model';
// Read at each notice only, not as this module loads (the database's module loads this one).
import { touchesTables } from './table-read';
import { onWrites, tellWrite } from './write-notices';

/*
 * This window's memory of the last sticky it posted into each lane, so that the next post into
 * that lane is written without reading the lane's end first (a run of posts, phones posting).
 *
 * The memory holds only while nothing else could have moved a lane's end. It is forgotten, every
 * lane of every workshop at once:
 * - the moment this window begins any write to the stickies or the clusters through Dexie (a
 *   move, a cluster, an edit, an undo, an import), before IndexedDB runs it, by a Dexie
 *   middleware: every such write of this window goes through Dexie (a post alone is written in
 *   IndexedDB itself, `appendToLanes`, and changes only the ends of the lanes it names), and
 *   IndexedDB runs writes in the order they were begun, so a post begun after it reads the ends
 *   it left;
 * - the moment another window's write to them is heard of (every window of the app is told what
 *   each write changed once it is written: by Dexie, or for a post by the app's channel,
 *   `write-notices.ts`);
 * - when the database is opened again.
 * What remains is a race: another window's write within the moment it takes to hear of it (a post
 * of a run in another window may be told up to `NOTICE_GAP_MS` after it is written). A post
 * then lands where this window last knew its lane's end, as if it had been made a moment sooner:
 * two stickies may share an order, which the board orders by id and a later insertion between
 * them re-keys (`slot` in shared/board/ops.ts); and a post into a workshop another window deleted
 * in that moment writes stickies of a workshop that is gone, which no screen shows.
 *
 * A post remembers the end it wrote only if nothing was forgotten since the mark taken as its
 * transaction began (`laneEndsMark`, `rememberLaneEnd`).
 */

const ends = new Map<string, Sticky>();
let forgotten = 0;
/** The tables whose writes move a lane's end. */
const MOVING = new Set(['stickies', 'clusters']);
/** What this window's own writes told Dexie: its notices of them are not another window's. */
const ownNotices = new WeakSet<object>();

/** Forgets every lane's end. */
function forgetLaneEnds(): void {
  ends.clear();
  forgotten++;
}

/** A mark of the memory as it is now, for `rememberLaneEnd`. */
export const laneEndsMark = (): number => forgotten;

/** The sticky this window last posted at the end of a lane (`${workshopId} ${laneKey}`), while that holds. */
export const knownLaneEnd = (key: string): Sticky | undefined => ends.get(key);

/** Remembers a lane's end written by a post, unless the memory was forgotten since `mark`. */
export function rememberLaneEnd(key: string, sticky: Sticky, mark: number): void {
  if (mark === forgotten) ends.set(key, sticky);
}

/** Tells this window's listeners, and the other windows, what this window wrote outside Dexie (`write-notices.ts`). */
export function tellOwnWrite(parts: ObservabilitySet): void {
  ownNotices.add(parts);
  tellWrite(parts);
}

/** Forgets the ends as this window begins a write to the stickies or the clusters. */
export const laneEndsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'laneEnds',
  create(down) {
    // Opened (again): whatever was written meanwhile, nothing of before is taken for known.
    forgetLaneEnds();
    return {
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && stores.some((store) => MOVING.has(store))) {
          forgetLaneEnds();
          // Dexie tells what it wrote as the transaction completes, after this listener: that
          // notice is this window's own, not another window's.
          (tx as IDBTransaction).addEventListener('complete', () => {
            const parts = (tx as IDBTransaction & { mutatedParts?: ObservabilitySet }).mutatedParts;
            if (parts) ownNotices.add(parts);
          });
        }
        return tx;
      },
    };
  },
};

// Another window's write (its notice, passed on by Dexie or by the app's channel), or one this window's middleware did not see.
onWrites((parts) => {
  if (!ownNotices.has(parts) && touchesTables(parts, MOVING)) forgetLaneEnds();
});
