import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { shareRecords, shareValue } from '../../shared/lib/share';
import { BUNDLE_TABLES, type Group, type Workshop, type WorkshopBundle, type WorkshopId } from '../../shared/model';
import { byOrder } from '../../shared/lib/order';
import { itemsByLane, shareLaneItems, type LaneItem } from '../../shared/board';
import { db } from './db';
import { readBundle } from './bundles';
import { visibleBoard, visiblePlacements, visibleVotes, type Viewer } from '../../shared/facilitation';

export interface WorkshopSummary {
  workshop: Workshop;
  groups: Group[];
  stickyCount: number;
}

/** The library: every workshop, the most recently changed first, the sample last among equals. */
export function useWorkshopSummaries(): WorkshopSummary[] | undefined {
  return useLiveQuery(async () => {
    const workshops = await db.workshops.orderBy('updatedAt').reverse().toArray();
    const groups = await db.groups.toArray();
    return Promise.all(
      workshops.map(async (workshop) => ({
        workshop,
        groups: byOrder(groups.filter((g) => g.workshopId === workshop.id)),
        stickyCount: await db.stickies.where('workshopId').equals(workshop.id).count(),
      })),
    );
  }, []);
}

/** One whole workshop, live; `null` once it is known not to exist. */
export function useWorkshopBundle(id: WorkshopId): WorkshopBundle | null | undefined {
  return useLiveQuery(async () => (await readBundle(id)) ?? null, [id]);
}

export interface WorkshopView {
  /** The workshop as this viewer may see it: hidden writing is not in it at all. */
  bundle: WorkshopBundle;
  /** Lane key → how many stickies this viewer may not read there. */
  hiddenCounts: Map<string, number>;
  /** Lane key → what the lane shows, in order; a lane that did not change keeps its list. */
  items: ReadonlyMap<string, LaneItem[]>;
}

/**
 * The query every board view reads through, so that private writing stays private in every view
 * that exists and every one added later, without the view knowing the rule.
 */
export function useWorkshopView(id: WorkshopId, viewer: Viewer): WorkshopView | null | undefined {
  const groupId = viewer.kind === 'group' ? viewer.groupId : null;
  const previous = useRef<WorkshopView | null | undefined>(undefined);
  const read = useLiveQuery(async () => {
    const bundle = await readBundle(id);
    if (!bundle) return (previous.current = null);
    const who: Viewer = groupId ? { kind: 'group', groupId } : viewer.kind === 'room' ? { kind: 'room' } : { kind: 'facilitator' };
    const { stickies, clusters, hiddenCounts } = visibleBoard(bundle.stickies, bundle.clusters, who, bundle.workshop.facilitation.revealedGroupIds);
    const shown = new Set<string>(stickies.map((s) => s.id));
    const view: Omit<WorkshopView, 'items'> = {
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
    // Records that did not change keep their objects, so only what changed is drawn again.
    return (previous.current = shareView(previous.current, view));
  }, [id, viewer.kind, groupId]);
  return read;
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
