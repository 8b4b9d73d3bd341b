import { deriveLanes, type Lane } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { db, useWorkshopView } from '../../renderer/db';
import { Board } from '../../renderer/features/board';

/** The sample workshop's board as its facilitator sees it, drawn from the live view. */
const FACILITATOR = { kind: 'facilitator' } as const;

export function SampleFacilitatorBoard() {
  const view = useWorkshopView(SAMPLE_WORKSHOP_ID, FACILITATOR);
  return view ? <Board view={view} viewer={FACILITATOR} /> : null;
}

/** The sample's "Dev about Ops" lane. */
export async function sampleDevAboutOps(): Promise<Lane> {
  const groups = await db.groups.where('workshopId').equals(SAMPLE_WORKSHOP_ID).toArray();
  const workshop = (await db.workshops.get(SAMPLE_WORKSHOP_ID))!;
  return deriveLanes(groups, workshop.settings).find((l) => l.kind === 'outmodel' && groups.find((g) => g.id === l.authorGroupId)?.name === 'Dev')!;
}

/** Whether the board shown is drawn whole: it says so by no longer being busy. */
export const boardWhole = (): boolean => document.querySelector('.mirror') !== null && document.querySelector('.mirror[aria-busy]') === null;
