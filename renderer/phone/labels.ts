import { LENS_KEYS as SHARED_LENS_KEYS, TYPE_KEYS as SHARED_TYPE_KEYS, VERDICT_KEYS as SHARED_VERDICT_KEYS } from '../../shared/model/labels';
import type { RoomRefusal } from '../../shared/room/constants';
import type { PostRequest, ReactRequest } from '../../shared/room/protocol';
import type { Problem } from './api';
import type { PhoneKey, Translate } from './translate';

/** Catalog keys written out in full, so the catalog check sees every one of them used. */

export type Verdict = ReactRequest['verdict'];
export type RequirementType = NonNullable<PostRequest['requirementType']>;
export type Lens = NonNullable<PostRequest['lens']>;

const REFUSAL_KEYS: Record<RoomRefusal, PhoneKey> = {
  unknownGroup: 'phone.refusals.unknownGroup',
  laneClosed: 'phone.refusals.laneClosed',
  notYourLane: 'phone.refusals.notYourLane',
  tooLong: 'phone.refusals.tooLong',
  nothingToReact: 'phone.refusals.nothingToReact',
  notYourReaction: 'phone.refusals.notYourReaction',
  reactionNeedsText: 'phone.refusals.reactionNeedsText',
  noOpenRound: 'phone.refusals.noOpenRound',
  notInRound: 'phone.refusals.notInRound',
  budgetSpent: 'phone.refusals.budgetSpent',
  itemCapReached: 'phone.refusals.itemCapReached',
  voteNeedsName: 'phone.refusals.voteNeedsName',
  failed: 'phone.refusals.failed',
};

/** What to tell the person about a request that did not go through, in plain words. */
export function problemText(t: Translate, problem: Problem): string {
  switch (problem.kind) {
    case 'refusal':
      return t(REFUSAL_KEYS[problem.refusal] ?? 'phone.refusals.failed');
    case 'wrongCode':
      return t('phone.problems.wrongCode');
    case 'notReady':
      return t('phone.problems.notReady');
    case 'unauthorised':
      return t('phone.problems.sessionEnded');
    case 'rate':
      return t('phone.problems.rate');
    case 'tooLarge':
      return t('phone.problems.tooLarge');
    case 'malformed':
      return t('phone.problems.malformed');
    case 'noAnswer':
      return t('phone.problems.noAnswer');
    case 'offline':
      return t('phone.problems.offline');
    case 'unexpected':
      return t('phone.problems.unexpected', { status: problem.status });
  }
}

/** The verdicts in the order the buttons show them; their words, the types' and the lenses' are the app's own (shared/model/labels.ts). */
export const VERDICT_KEYS = SHARED_VERDICT_KEYS as Record<Verdict, PhoneKey>;

/** The label of the reaction's text field, by verdict. */
export const VERDICT_TEXT_KEYS: Record<Verdict, PhoneKey> = {
  accept: 'reactions.commentLabel',
  'accept-if': 'reactions.conditionLabel',
  reject: 'reactions.reasonLabel',
  clarify: 'phone.react.questionLabel',
};

export { reactionNeedsText as verdictNeedsText } from '../../shared/facilitation/verdicts';

export const TYPE_KEYS = SHARED_TYPE_KEYS as Record<RequirementType, PhoneKey>;

export const LENS_KEYS = SHARED_LENS_KEYS as Record<Lens, PhoneKey>;

export function keysOf<K extends string>(record: Record<K, unknown>): K[] {
  return Object.keys(record) as K[];
}
