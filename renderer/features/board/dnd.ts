import type { LaneItem } from '../../../shared/board';
import type { Sticky, StickyId } from '../../../shared/model';

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

/** Where a sticky carried over a lane would land: on one of its stickies (and where on it), or on itself. */
export type StickyTarget = { id: StickyId; zone: DropZone } | 'self';

/**
 * The sticky of `lane` under the pointer, read from the page (a lane is the one drop target of its
 * stickies): none over the lane's header, gaps, a cluster's header or another lane.
 */
export function stickyUnder(point: { x: number; y: number } | null, draggedId: StickyId, lane: Element | null): StickyTarget | null {
  if (!point || !lane) return null;
  const card = document.elementFromPoint(point.x, point.y)?.closest<HTMLElement>('[data-sticky-id]');
  if (!card || !lane.contains(card)) return null;
  const id = card.dataset.stickyId as StickyId;
  return id === draggedId ? 'self' : { id, zone: zoneAt(point.y, card.getBoundingClientRect()) };
}

export function sameTarget(a: StickyTarget | null, b: StickyTarget | null): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && a.id === b.id && a.zone === b.zone);
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
