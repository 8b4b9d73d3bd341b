import { useLiveQuery } from 'dexie-react-hooks';
import type { Group, Workshop, WorkshopBundle, WorkshopId } from '../../shared/model';
import { byOrder } from '../../shared/lib/order';
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
}

/**
 * The query every board view reads through, so that private writing stays private in every view
 * that exists and every one added later, without the view knowing the rule.
 */
export function useWorkshopView(id: WorkshopId, viewer: Viewer): WorkshopView | null | undefined {
  const groupId = viewer.kind === 'group' ? viewer.groupId : null;
  return useLiveQuery(async () => {
    const bundle = await readBundle(id);
    if (!bundle) return null;
    const who: Viewer = groupId ? { kind: 'group', groupId } : viewer.kind === 'room' ? { kind: 'room' } : { kind: 'facilitator' };
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
  }, [id, viewer.kind, groupId]);
}
