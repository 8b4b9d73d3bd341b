import { useLiveQuery } from 'dexie-react-hooks';
import type { Group, Workshop, WorkshopBundle, WorkshopId } from '../../shared/model';
import { byOrder } from '../../shared/lib/order';
import { db } from './db';
import { readBundle } from './bundles';

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
