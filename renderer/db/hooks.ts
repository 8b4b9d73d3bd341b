import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { followWorkshop, liveWorkshop, type LiveWorkshop } from './live-workshop';
import { shareRecords, shareValue } from '../../shared/lib/share';
import { BUNDLE_TABLES, type Group, type Workshop, type WorkshopBundle, type WorkshopId } from '../../shared/model';
import { byOrder } from '../../shared/lib/order';
import { itemsByLane, shareLaneItems, type LaneItem } from '../../shared/board';
import { db } from './db';
import { useTablesRead } from './table-read';
import { flushWorkshopTouches } from './board';
import { visibleBoard, visiblePlacements, visibleVotes, type Viewer } from '../../shared/facilitation';

export interface WorkshopSummary {
  workshop: Workshop;
  groups: Group[];
  /** Null while still being counted (counting a big workshop's stickies takes a while). */
  stickyCount: number | null;
}

async function readWorkshopList(): Promise<Omit<WorkshopSummary, 'stickyCount'>[]> {
  const workshops = await db.workshops.orderBy('updatedAt').reverse().toArray();
  const groups = await db.groups.toArray();
  return workshops.map((workshop) => ({ workshop, groups: byOrder(groups.filter((g) => g.workshopId === workshop.id)) }));
}

/** The least time between two counts of the library's stickies. */
const COUNT_PAUSE_MS = 250;

async function countStickies(): Promise<Map<string, number>> {
  const ids = await db.workshops.toCollection().primaryKeys();
  return new Map(await Promise.all(ids.map(async (id) => [id as string, await db.stickies.where('workshopId').equals(id).count()] as const)));
}

// The library, read while the app starts (renderer/main.tsx) beside the storage checks: its
// screen is first drawn from that read, and its live query takes over from there. (A workshop
// read early is its live store, started: `readWorkshopEarly`.)
let earlyLibrary: Omit<WorkshopSummary, 'stickyCount'>[] | undefined;

/** Reads the library ahead of its screen (an empty one is not kept: the sample may be on its way); a failed read is left to the screen's own. */
export async function readLibraryEarly(): Promise<void> {
  const all = await readWorkshopList().catch(() => []);
  if (all.length > 0) earlyLibrary = all;
}
/** Reads a workshop ahead of its board: its live store starts now, and the board finds it read. */
export const readWorkshopEarly = (id: WorkshopId): Promise<void> => liveWorkshop(id).start().catch(() => undefined);

/**
 * The library: every workshop, the most recently changed first, the sample last among equals. The
 * list comes first; each workshop's sticky count follows from its own read.
 */
export function useWorkshopSummaries(): WorkshopSummary[] | undefined {
  const [first] = useState(() => earlyLibrary);
  // A post's "when the workshop changed" is written a moment after it: the library asks for it now.
  useEffect(() => void flushWorkshopTouches(), []);
  const list = useTablesRead(
    ['workshops', 'groups'],
    async () => {
      const read = await readWorkshopList();
      earlyLibrary = undefined;
      return read;
    },
    [],
    first,
  );
  // Counting goes through every workshop's stickies: a run of posts (another window's board, the
  // room's phones) is counted four times a second at most (by each library shown).
  const counts = useTablesRead(['workshops', 'stickies'], countStickies, [], undefined, { pauseMs: COUNT_PAUSE_MS });
  return useMemo(() => list?.map((summary) => ({ ...summary, stickyCount: counts?.get(summary.workshop.id) ?? null })), [list, counts]);
}

/** One whole workshop, live; `null` once it is known not to exist. */
export function useWorkshopBundle(id: WorkshopId): WorkshopBundle | null | undefined {
  const store = liveWorkshop(id);
  const subscribe = useCallback((listener: () => void) => followWorkshop(store, listener), [store]);
  return useSyncExternalStore(subscribe, store.snapshot);
}

export interface WorkshopView {
  /** The workshop as this viewer may see it: hidden writing is not in it at all. */
  bundle: WorkshopBundle;
  /** Lane key → how many stickies this viewer may not read there. */
  hiddenCounts: Map<string, number>;
  /** Lane key → what the lane shows, in order; a lane that did not change keeps its list. */
  items: ReadonlyMap<string, LaneItem[]>;
}

/** What `who` may see of a workshop. */
function viewOf(bundle: WorkshopBundle, who: Viewer): Omit<WorkshopView, 'items'> {
  const { stickies, clusters, hiddenCounts } = visibleBoard(bundle.stickies, bundle.clusters, who, bundle.workshop.facilitation.revealedGroupIds);
  const shown = new Set<string>(stickies.map((s) => s.id));
  return {
    bundle: {
      ...bundle,
      stickies,
      clusters,
      reactions: bundle.reactions.filter((r) => shown.has(r.stickyId)),
      // Votes of an open round are in no view; a voter sees their own ballot through useBallot.
      votes: visibleVotes(bundle.votes, bundle.rounds).filter((v) => shown.has(v.stickyId)),
      placements: visiblePlacements(bundle.placements, who, bundle.workshop.facilitation.revealedGroupIds),
    },
    hiddenCounts,
  };
}

/**
 * The query every board view reads through, so that private writing stays private in every view
 * that exists and every one added later, without the view knowing the rule.
 */
export function useWorkshopView(id: WorkshopId, viewer: Viewer): WorkshopView | null | undefined {
  const groupId = viewer.kind === 'group' ? viewer.groupId : null;
  const bundle = useWorkshopBundle(id);
  return useMemo(() => {
    if (!bundle) return bundle;
    const who: Viewer = groupId ? { kind: 'group', groupId } : viewer.kind === 'room' ? { kind: 'room' } : { kind: 'facilitator' };
    return viewIn(liveWorkshop(id), bundle, who);
  }, [id, bundle, viewer.kind, groupId]);
}

// The last view of each live workshop for each viewer: a new read is shared against it, so that
// what did not change keeps its objects (and views for the same viewer share one). Kept with the
// workshop's store, and gone with it.
const lastViews = new WeakMap<LiveWorkshop, Map<string, { bundle: WorkshopBundle; view: WorkshopView }>>();

function viewIn(store: LiveWorkshop, bundle: WorkshopBundle, who: Viewer): WorkshopView {
  let views = lastViews.get(store);
  if (!views) lastViews.set(store, (views = new Map()));
  const key = who.kind === 'group' ? who.groupId : who.kind;
  const last = views.get(key);
  if (last?.bundle === bundle) return last.view;
  // Records that did not change keep their objects, so only what changed is drawn again.
  const view = shareView(last?.view, viewOf(bundle, who));
  views.set(key, { bundle, view });
  return view;
}

/** The new read with every record (and every list) that did not change kept from the last one. */
function shareView(before: WorkshopView | null | undefined, next: Omit<WorkshopView, 'items'>): WorkshopView {
  if (!before || before.bundle.workshop.id !== next.bundle.workshop.id) return { ...next, items: itemsByLane(next.bundle) };
  const bundle = { ...next.bundle, workshop: shareValue(before.bundle.workshop, next.bundle.workshop) };
  for (const table of BUNDLE_TABLES) (bundle as Record<string, unknown>)[table] = shareRecords(before.bundle[table] as { id: string }[], next.bundle[table] as { id: string }[]);
  const counts = [...next.hiddenCounts].every(([k, v]) => before.hiddenCounts.get(k) === v) && next.hiddenCounts.size === before.hiddenCounts.size;
  const shared = bundle as WorkshopBundle;
  const items = shared.stickies === before.bundle.stickies && shared.clusters === before.bundle.clusters ? before.items : shareLaneItems(before.items, itemsByLane(shared));
  return { bundle: shared, hiddenCounts: counts ? before.hiddenCounts : next.hiddenCounts, items };
}
