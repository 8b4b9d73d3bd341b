import { z } from 'zod';
import {
  GroupIdSchema,
  LIMITS,
  OrderSchema,
  ParticipantIdSchema,
  RoundIdSchema,
  StickyIdSchema,
  TimestampSchema,
  WorkshopIdSchema,
  idSchema,
  lineSchema,
} from './common';

export const PHASE_KINDS = [
  'stage',
  'culture-map',
  'outmodel',
  'requirements',
  'presentation',
  'reactions',
  'agreement',
  'close',
  'custom',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** A phase's timer, kept in the database so every window computes the same remaining time. */
export const PhaseRunSchema = z.object({
  startedAt: TimestampSchema.nullable(),
  pausedAt: TimestampSchema.nullable(),
  /** Milliseconds spent paused before the current pause. */
  pausedMs: z.number().int().min(0),
  addedMinutes: z.number().min(0).max(600),
  endedAt: TimestampSchema.nullable(),
});
export type PhaseRun = z.infer<typeof PhaseRunSchema>;

export const PhaseSchema = z.object({
  id: idSchema('phase'),
  workshopId: WorkshopIdSchema,
  order: OrderSchema,
  kind: z.enum(PHASE_KINDS),
  title: z.string().trim().min(1).max(LIMITS.title),
  plannedMinutes: z.number().int().min(0).max(600),
  /** What the room sees for this phase. */
  instructions: lineSchema(LIMITS.longText),
  /** The presenting group, for a presentation phase. */
  groupId: GroupIdSchema.nullable(),
  /** The facilitator's private notes; never shown to the room or written to the minutes unless asked. */
  notes: lineSchema(LIMITS.longText),
  run: PhaseRunSchema,
});
export type Phase = z.infer<typeof PhaseSchema>;

/** A group's placement of itself or another group on the culture grid; both axes run from -1 to 1. */
export const PlacementSchema = z.object({
  id: idSchema('placement'),
  workshopId: WorkshopIdSchema,
  groupId: GroupIdSchema,
  subjectGroupId: GroupIdSchema,
  /** -1 actuality (what is) … 1 possibility (what might be). */
  x: z.number().min(-1).max(1),
  /** -1 impersonal (analytic) … 1 personal (people-oriented). */
  y: z.number().min(-1).max(1),
  updatedAt: TimestampSchema,
});
export type Placement = z.infer<typeof PlacementSchema>;

export const VERDICTS = ['accept', 'accept-if', 'reject', 'clarify'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ReactionSchema = z.object({
  id: idSchema('reaction'),
  workshopId: WorkshopIdSchema,
  stickyId: StickyIdSchema,
  groupId: GroupIdSchema,
  verdict: z.enum(VERDICTS),
  text: lineSchema(LIMITS.stickyText),
  createdAt: TimestampSchema,
});
export type Reaction = z.infer<typeof ReactionSchema>;

export const VoterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), id: ParticipantIdSchema }),
  z.object({ kind: z.literal('group'), id: GroupIdSchema }),
  z.object({ kind: z.literal('tally') }),
]);
export type Voter = z.infer<typeof VoterSchema>;

export const VotingRoundSchema = z.object({
  id: RoundIdSchema,
  workshopId: WorkshopIdSchema,
  /** Lane keys the round covers. */
  laneKeys: z.array(z.string().max(200)).max(64),
  voters: z.enum(['own-list', 'everyone']),
  budget: z.number().int().min(1).max(100),
  perItemCap: z.number().int().min(1).max(100),
  /** Who holds a budget of dots: each participant, or each group as one voter. */
  voterKind: z.enum(['participant', 'group']),
  /** Dots cast by voters, or totals the facilitator counted by hand. */
  mode: z.enum(['dots', 'tally']),
  /** A second round covers only the items tied in the round before it. */
  stickyIds: z.array(StickyIdSchema).max(2000).nullable(),
  parentRoundId: RoundIdSchema.nullable(),
  status: z.enum(['open', 'closed']),
  openedAt: TimestampSchema,
  closedAt: TimestampSchema.nullable(),
});
export type VotingRound = z.infer<typeof VotingRoundSchema>;

export const VoteSchema = z.object({
  id: idSchema('vote'),
  workshopId: WorkshopIdSchema,
  roundId: RoundIdSchema,
  stickyId: StickyIdSchema,
  /** A participant's or a group's dots, or a hand-counted tally. */
  voter: VoterSchema,
  count: z.number().int().min(1).max(100),
});
export type Vote = z.infer<typeof VoteSchema>;

