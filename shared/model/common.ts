import { z } from 'zod';
import { hasPrefix, type Id, type IdPrefix } from '../lib/ids';
import { isIsoDate } from '../lib/time';

export function idSchema<P extends IdPrefix>(prefix: P) {
  return z.custom<Id<P>>((v) => typeof v === 'string' && v.length <= 80 && hasPrefix(prefix, v), {
    message: `Expected a ${prefix} id`,
  });
}

export const WorkshopIdSchema = idSchema('workshop');
export const GroupIdSchema = idSchema('group');
export const ParticipantIdSchema = idSchema('participant');
export const StickyIdSchema = idSchema('sticky');
export const ClusterIdSchema = idSchema('cluster');
export const RoundIdSchema = idSchema('round');
export const AgreementIdSchema = idSchema('agreement');

export type WorkshopId = Id<'workshop'>;
export type GroupId = Id<'group'>;
export type ParticipantId = Id<'participant'>;
export type StickyId = Id<'sticky'>;
export type ClusterId = Id<'cluster'>;
export type RoundId = Id<'round'>;
export type AgreementId = Id<'agreement'>;

export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'Expected a date (YYYY-MM-DD)' });
export const TimestampSchema = z.iso.datetime();
/** A fractional-index order key. */
export const OrderSchema = z.string().min(1).max(2000);

/** Trimmed, single-line text of bounded length. */
export function lineSchema(max: number) {
  return z.string().max(max);
}

export { LIMITS } from './limits';
import { LIMITS } from './limits';

/** The values the stored shape's own messages need beside their keys. */
export const SCHEMA_MESSAGE_VALUES: Record<string, Record<string, number>> = {
  'errors.stickyOverLimit': { max: LIMITS.stickyText },
};


/** Who owns an action or a parking-lot item, or who cast a vote: a person or a whole group. */
export const OwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), id: ParticipantIdSchema }),
  z.object({ kind: z.literal('group'), id: GroupIdSchema }),
]);
export type Owner = z.infer<typeof OwnerSchema>;
