import { z } from 'zod';
import {
  AgreementIdSchema,
  GroupIdSchema,
  IsoDateSchema,
  LIMITS,
  OrderSchema,
  OwnerSchema,
  ParticipantIdSchema,
  StickyIdSchema,
  TimestampSchema,
  WorkshopIdSchema,
  idSchema,
  lineSchema,
} from './common';

export const AGREEMENT_ANSWERS = ['accept', 'accept-with-conditions', 'decline'] as const;

export const AgreementSchema = z.object({
  id: AgreementIdSchema,
  workshopId: WorkshopIdSchema,
  /** Requirement stickies from both sides: "we will … if you will …". A deleted sticky leaves the agreement standing. */
  stickyIds: z.array(StickyIdSchema).max(50),
  text: lineSchema(LIMITS.longText),
  answers: z
    .array(
      z.object({
        groupId: GroupIdSchema,
        answer: z.enum(AGREEMENT_ANSWERS),
        text: lineSchema(LIMITS.stickyText),
      }),
    )
    .max(4),
  order: OrderSchema,
  createdAt: TimestampSchema,
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const DecisionSchema = z.object({
  id: idSchema('decision'),
  workshopId: WorkshopIdSchema,
  text: z.string().trim().min(1).max(LIMITS.stickyText),
  decidedBy: lineSchema(LIMITS.name),
  rationale: lineSchema(LIMITS.longText),
  deferred: z.boolean(),
  createdAt: TimestampSchema,
});
export type Decision = z.infer<typeof DecisionSchema>;

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;

export const ActionItemSchema = z.object({
  id: idSchema('action'),
  workshopId: WorkshopIdSchema,
  text: z.string().trim().min(1).max(LIMITS.stickyText),
  owner: OwnerSchema,
  dueDate: IsoDateSchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  definitionOfDone: lineSchema(LIMITS.stickyText),
  /** The sticky or agreement it came from, kept as a link. */
  source: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('sticky'), id: StickyIdSchema }),
      z.object({ kind: z.literal('agreement'), id: AgreementIdSchema }),
    ])
    .nullable(),
  createdAt: TimestampSchema,
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const PULSE_STATEMENTS = 7;

/** One participant's rating (1 to 7) of one culture-pulse statement, before or after the workshop. */
export const PulseRatingSchema = z.object({
  id: idSchema('pulse'),
  workshopId: WorkshopIdSchema,
  participantId: ParticipantIdSchema,
  when: z.enum(['before', 'after']),
  statement: z.number().int().min(0).max(PULSE_STATEMENTS - 1),
  rating: z.number().int().min(1).max(7),
});
export type PulseRating = z.infer<typeof PulseRatingSchema>;
