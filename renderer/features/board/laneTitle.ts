import type { Group, Lane } from '../../../shared/model';
import { LANE_KIND_KEYS, LANE_TITLE_KEYS } from './labels';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** How a lane is named to the room: "Dev about Ops", "Dev requires of Ops", "Parking lot". */
export function laneTitle(lane: Lane, groups: ReadonlyMap<string, Group>, t: Translate): { title: string; kindLabel: string } {
  const author = lane.authorGroupId ? (groups.get(lane.authorGroupId)?.name ?? '?') : '';
  const subject = lane.subjectGroupId ? (groups.get(lane.subjectGroupId)?.name ?? '?') : '';
  return { title: t(LANE_TITLE_KEYS[lane.kind], { author, subject }), kindLabel: t(LANE_KIND_KEYS[lane.kind]) };
}
