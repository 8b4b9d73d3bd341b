import { PlacementSchema, type GroupId, type Placement, type WorkshopId } from '../../shared/model';
import { placeMarker } from '../../shared/facilitation';
import { newId } from '../../shared/lib/ids';
import { nowIso } from '../../shared/lib/time';
import { Refusal } from '../../shared/lib/refusal';
import { db } from './db';

/** Places a marker; returns it as it was before (or undefined), for undo. */
export function placeMarkerIn(workshopId: WorkshopId, groupId: GroupId, subjectGroupId: GroupId, x: number, y: number): Promise<{ before: Placement | undefined; after: Placement }> {
  return db.transaction('rw', db.placements, async () => {
    const placements = await db.placements.where('workshopId').equals(workshopId).toArray();
    const before = placements.find((p) => p.groupId === groupId && p.subjectGroupId === subjectGroupId);
    const after = placeMarker(placements, workshopId, groupId, subjectGroupId, x, y, nowIso(), newId);
    if (!PlacementSchema.safeParse(after).success) throw new Refusal('errors.invalidChange');
    await db.placements.put(after);
    return { before, after };
  });
}

export async function restorePlacement(placement: Placement | undefined, id: Placement['id']): Promise<void> {
  if (placement) await db.placements.put(placement);
  else await db.placements.delete(id);
}
