import type { LaneKind } from '../../../shared/model';

export { LANE_KIND_KEYS, LANE_TITLE_KEYS, LENS_KEYS, TYPE_KEYS, VERDICT_KEYS } from '../../../shared/model';

export const ROW_KEYS: Record<LaneKind, string> = {
  outmodel: 'lanes.rowOutmodel',
  inmodel: 'lanes.rowInmodel',
  requirement: 'lanes.rowRequirement',
  parking: 'lanes.rowParking',
};

