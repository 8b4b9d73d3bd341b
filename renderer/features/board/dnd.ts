import type { StickyId } from '../../../shared/model';

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
