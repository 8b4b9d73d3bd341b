import type { LaneKind, Lens, RequirementType } from './board';
import type { Culture } from './workshop';
import type { Verdict, VotingRound } from './facilitation';
import type { ActionItem, Agreement } from './outcomes';

/**
 * Catalog keys of the model's fixed words (requirement types, lenses, verdicts, lane kinds,
 * cultures, answers, statuses), shared by the app's screens and the minutes. Written out as
 * literal keys so the catalog check sees each one used.
 */
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

export const LANE_TITLE_KEYS: Record<LaneKind, string> = {
  outmodel: 'lanes.outmodel',
  inmodel: 'lanes.inmodel',
  requirement: 'lanes.requirement',
  parking: 'lanes.parking',
};

export const LANE_KIND_KEYS: Record<LaneKind, string> = {
  outmodel: 'lanes.kindOutmodel',
  inmodel: 'lanes.kindInmodel',
  requirement: 'lanes.kindRequirement',
  parking: 'lanes.kindParking',
};

export const QUADRANT_KEYS: Record<Culture, string> = {
  control: 'culture.quadrants.control',
  collaboration: 'culture.quadrants.collaboration',
  competence: 'culture.quadrants.competence',
  cultivation: 'culture.quadrants.cultivation',
};

export const CULTURE_NAME_KEYS: Record<Culture, string> = {
  control: 'culture.names.control',
  collaboration: 'culture.names.collaboration',
  competence: 'culture.names.competence',
  cultivation: 'culture.names.cultivation',
};

/** How far apart two placements of a group are, in words (see `gapSize`). */
export const GAP_SIZE_KEYS: Record<'close' | 'apart' | 'far', string> = {
  close: 'culture.gapClose',
  apart: 'culture.gapApart',
  far: 'culture.gapFar',
};

export type AgreementAnswer = Agreement['answers'][number]['answer'];

export const ANSWER_KEYS: Record<AgreementAnswer, string> = {
  accept: 'outcomes.answerAccept',
  'accept-with-conditions': 'outcomes.answerConditions',
  decline: 'outcomes.answerDecline',
};

/** What the text beside an answer is called where it is shown: "Conditions:", "Reason:". */
export const ANSWER_SHOWN_KEYS: Record<AgreementAnswer, string> = {
  accept: 'outcomes.commentShown',
  'accept-with-conditions': 'outcomes.conditionsShown',
  decline: 'outcomes.reasonShown',
};

export const STATUS_KEYS: Record<ActionItem['status'], string> = {
  open: 'outcomes.statusOpen',
  'in-progress': 'outcomes.statusInProgress',
  done: 'outcomes.statusDone',
};

/** How a total reads: dots placed, or votes counted by hand. */
export const TOTAL_KEYS: Record<VotingRound['mode'], string> = {
  dots: 'voting.totalDots',
  tally: 'voting.totalVotes',
};

/**
 * The seven culture-pulse statements. A rating stores its statement by position in this list,
 * so the order is part of the stored data: never reorder it.
 */
export const STATEMENT_KEYS = [
  'close.statementInformation',
  'close.statementBadNews',
  'close.statementResponsibility',
  'close.statementCooperation',
  'close.statementFailure',
  'close.statementNewIdeas',
  'close.statementDelivery',
] as const;
