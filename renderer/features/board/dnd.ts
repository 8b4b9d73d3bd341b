import type { LaneItem } from '../../../shared/board';
import type { ClusterId, Sticky, StickyId } from '../../../shared/model';

/** What a drag carries: only the sticky's id; everything else is read from the database on drop. */
export const STICKY = 'sticky';
export interface StickyDragItem {
  id: StickyId;
}

/** Where over a sticky the pointer is: its top quarter inserts before, its bottom quarter after, its middle groups. */
export type DropZone = 'before' | 'after' | 'group';

export function zoneAt(clientY: number, rect: { top: number; height: number }): DropZone {
  const y = (clientY - rect.top) / rect.height;
  return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'group';
}

/**
 * Where a sticky carried over a lane would land: on one of its stickies (and where on it), on a
 * cluster's header (into the cluster, at its end), or on itself.
 */
export type StickyTarget = { id: StickyId; zone: DropZone } | { clusterId: ClusterId } | 'self';

/**
 * What of `lane` is under the pointer, read from the page (a lane is the one drop target of its
 * stickies and its clusters' headers): nothing over the lane's header, gaps or another lane.
 */
export function targetUnder(point: { x: number; y: number } | null, draggedId: StickyId, lane: Element | null): StickyTarget | null {
  if (!point || !lane) return null;
  const under = document.elementFromPoint(point.x, point.y);
  const card = under?.closest<HTMLElement>('[data-sticky-id]');
  if (card && lane.contains(card)) {
    const id = card.dataset.stickyId as StickyId;
    return id === draggedId ? 'self' : { id, zone: zoneAt(point.y, card.getBoundingClientRect()) };
  }
  const header = under?.closest<HTMLElement>('.cluster-header');
  const cluster = header?.closest<HTMLElement>('[data-cluster-id]');
  return cluster && lane.contains(cluster) ? { clusterId: cluster.dataset.clusterId as ClusterId } : null;
}

export function sameTarget(a: StickyTarget | null, b: StickyTarget | null): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if ('clusterId' in a || 'clusterId' in b) return 'clusterId' in a && 'clusterId' in b && a.clusterId === b.clusterId;
  return a.id === b.id && a.zone === b.zone;
}

/** A sticky of a lane, with the item after it (in its cluster, or in the lane): a drop "after" goes before that. */
export interface StickyPlace {
  sticky: Sticky;
  nextId: string | null;
}

export function placesOf(items: readonly LaneItem[]): ReadonlyMap<string, StickyPlace> {
  const places = new Map<string, StickyPlace>();
  items.forEach((item, i) => {
    const nextId = items[i + 1]?.id ?? null;
    if (item.type === 'sticky') places.set(item.id, { sticky: item.sticky, nextId });
    else item.members.forEach((s, j) => places.set(s.id, { sticky: s, nextId: item.members[j + 1]?.id ?? null }));
  });
  return places;
}
