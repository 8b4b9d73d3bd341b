import type { LaneKind, Lens, RequirementType, Verdict } from '../../../shared/model';

/** Catalog keys of the board's fixed words. */
export const TYPE_KEYS: Record<RequirementType, string> = {
  'do-more': 'types.doMore',
  'do-less': 'types.doLess',
  'keep-doing': 'types.keepDoing',
};

export const LENS_KEYS: Record<Lens, string> = {
  culture: 'lenses.culture',
  automation: 'lenses.automation',
  lean: 'lenses.lean',
  measurement: 'lenses.measurement',
  sharing: 'lenses.sharing',
};

export const VERDICT_KEYS: Record<Verdict, string> = {
  accept: 'reactions.accept',
  'accept-if': 'reactions.acceptIf',
  reject: 'reactions.reject',
  clarify: 'reactions.clarify',
};

export const LANE_KIND_KEYS: Record<LaneKind, string> = {
  outmodel: 'lanes.kindOutmodel',
  inmodel: 'lanes.kindInmodel',
  requirement: 'lanes.kindRequirement',
  parking: 'lanes.kindParking',
};

export const ROW_KEYS: Record<LaneKind, string> = {
  outmodel: 'lanes.rowOutmodel',
  inmodel: 'lanes.rowInmodel',
  requirement: 'lanes.rowRequirement',
  parking: 'lanes.rowParking',
};

export const LANE_TITLE_KEYS: Record<LaneKind, string> = {
  outmodel: 'lanes.outmodel',
  inmodel: 'lanes.inmodel',
  requirement: 'lanes.requirement',
  parking: 'lanes.parking',
};
