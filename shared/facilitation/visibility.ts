import type { Cluster, Sticky } from '../model/board';
import type { GroupId } from '../model/common';
import { laneKeyOf } from '../model/lanes';

/**
 * Who is looking: the facilitator (sees everything), one group (its own lanes, and the others'
 * once revealed), or the room (the projector, phones of no group: revealed lanes only).
 */
export type Viewer = { kind: 'facilitator' } | { kind: 'group'; groupId: GroupId } | { kind: 'room' };

export const FACILITATOR: Viewer = { kind: 'facilitator' };

/**
 * The one rule of private writing. A group's lanes are private to it and the facilitator until the
 * facilitator reveals that group; the parking lot is shared by all.
 */
export function canSeeWritingOf(authorGroupId: GroupId | null, viewer: Viewer, revealed: ReadonlySet<string>): boolean {
  if (authorGroupId === null) return true;
  if (viewer.kind === 'facilitator') return true;
  if (viewer.kind === 'group' && viewer.groupId === authorGroupId) return true;
  return revealed.has(authorGroupId);
}

export interface VisibleBoard {
  stickies: Sticky[];
  clusters: Cluster[];
  /** Lane key → how many stickies it holds that this viewer may not read. */
  hiddenCounts: Map<string, number>;
}

/**
 * What a viewer may be given of the board. Hidden stickies are left out entirely: a view can only
 * say how many there are, never what they say.
 */
export function visibleBoard(stickies: readonly Sticky[], clusters: readonly Cluster[], viewer: Viewer, revealed: readonly string[]): VisibleBoard {
  const open = new Set(revealed);
  // Parking-lot items are shared; in every other lane the lane's author is the sticky's author.
  const visible = (s: Sticky) => s.kind === 'parking' || canSeeWritingOf(s.authorGroupId, viewer, open);
  const hiddenCounts = new Map<string, number>();
  const shown: Sticky[] = [];
  for (const s of stickies) {
    if (visible(s)) shown.push(s);
    else hiddenCounts.set(laneKeyOf(s), (hiddenCounts.get(laneKeyOf(s)) ?? 0) + 1);
  }
  return {
    stickies: shown,
    clusters: clusters.filter((c) => canSeeWritingOf(c.kind === 'parking' ? null : c.authorGroupId, viewer, open)),
    hiddenCounts,
  };
}
