import type { Group, Lane } from '../../../shared/model';

/** How a lane is named to the room: "Dev about Ops", "Dev requires of Ops", "Parking lot". */
export function laneTitle(lane: Lane, groups: ReadonlyMap<string, Group>): { author: string; title: string; kindLabel: string } {
  const author = lane.authorGroupId ? (groups.get(lane.authorGroupId)?.name ?? '?') : '';
  const subject = lane.subjectGroupId ? (groups.get(lane.subjectGroupId)?.name ?? '?') : '';
  switch (lane.kind) {
    case 'outmodel':
      return { author, title: `${author} about ${subject}`, kindLabel: 'Outmodel' };
    case 'inmodel':
      return { author, title: `${author} about itself`, kindLabel: 'Inmodel' };
    case 'requirement':
      return { author, title: `${author} requires of ${subject}`, kindLabel: 'Requirements' };
    case 'parking':
      return { author, title: 'Parking lot', kindLabel: 'Parking lot' };
  }
}
