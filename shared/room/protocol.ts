import { z } from 'zod';
import { GroupIdSchema, LIMITS, ParticipantIdSchema, RoundIdSchema, StickyIdSchema, lineSchema } from '../model/common';
import { GROUP_MARKS, ColourSchema } from '../model/workshop';
import { LANE_KINDS, LENSES, REQUIREMENT_TYPES } from '../model/board';
import { PHASE_KINDS, VERDICTS } from '../model/facilitation';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH, ROOM_REFUSALS } from './constants';

/**
 * Room join: participants' phones on the room's network. Three parties speak this protocol:
 * - a phone and the room server (HTTP JSON under /api/, live views over Server-Sent Events);
 * - the room server and the facilitator's window (Electron IPC, or a WebSocket to `npm run web`'s
 *   server): the server hands each accepted request over as a `RoomCommand` and answers the phone
 *   only with the window's `RoomAnswer`, once the write is committed; the window publishes what
 *   each group's phones may see and do as `RoomViews`.
 * The server trusts no phone; the window decides what a group may do (it holds the data).
 */

export * from './constants';

export const RoomCodeSchema = z.string().length(ROOM_CODE_LENGTH).regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]+$`));

// ── Phone → server ────────────────────────────────────────────────────────────────────────────

/** A phone's name for itself: trimmed, one line; empty means "no name". */
const NameSchema = z.string().trim().max(LIMITS.name).regex(/^[^\n\r]*$/);

export const JoinRequestSchema = z.strictObject({ code: z.string().max(32), groupId: GroupIdSchema, name: NameSchema.optional() });
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

export const PostRequestSchema = z.strictObject({
  laneKey: z.string().min(1).max(200),
  text: z.string().trim().min(1).max(LIMITS.stickyText),
  requirementType: z.enum(REQUIREMENT_TYPES).nullable().optional(),
  lens: z.enum(LENSES).nullable().optional(),
});
export type PostRequest = z.infer<typeof PostRequestSchema>;

export const ReactRequestSchema = z.strictObject({ stickyId: StickyIdSchema, verdict: z.enum(VERDICTS), text: lineSchema(LIMITS.stickyText) });
export type ReactRequest = z.infer<typeof ReactRequestSchema>;

export const VoteRequestSchema = z.strictObject({ roundId: RoundIdSchema, stickyId: StickyIdSchema, delta: z.union([z.literal(1), z.literal(-1)]) });
export type VoteRequest = z.infer<typeof VoteRequestSchema>;

// ── Server → window, and back ─────────────────────────────────────────────────────────────────

/** Who a session is: fixed at join, never taken from a request. */
export const PhoneIdentitySchema = z.strictObject({
  groupId: GroupIdSchema,
  /** The name given at join, when the room asks for names. */
  name: NameSchema.nullable(),
  /** The participant a named phone is, in the workshop's attendance (found or added at join). */
  participantId: ParticipantIdSchema.nullable(),
});
export type PhoneIdentity = z.infer<typeof PhoneIdentitySchema>;

export const RoomCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('join'), groupId: GroupIdSchema, name: NameSchema.nullable() }),
  z.strictObject({ kind: z.literal('post'), who: PhoneIdentitySchema, request: PostRequestSchema }),
  z.strictObject({ kind: z.literal('react'), who: PhoneIdentitySchema, request: ReactRequestSchema }),
  z.strictObject({ kind: z.literal('vote'), who: PhoneIdentitySchema, request: VoteRequestSchema }),
]);
export type RoomCommand = z.infer<typeof RoomCommandSchema>;


export const RoomAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), participantId: ParticipantIdSchema.nullable().optional() }),
  z.strictObject({ ok: z.literal(false), refusal: z.enum(ROOM_REFUSALS) }),
]);
export type RoomAnswer = z.infer<typeof RoomAnswerSchema>;

// ── What a group's phones see: published by the window, filtered by the reveal rule ─────────

const ItemSchema = z.strictObject({ id: StickyIdSchema, text: z.string().max(LIMITS.stickyText), authorName: z.string().max(LIMITS.name).nullable() });

export const PhoneViewSchema = z.strictObject({
  workshopTitle: z.string().max(LIMITS.title),
  language: z.string().min(2).max(20),
  group: z.strictObject({ id: GroupIdSchema, name: z.string().max(LIMITS.name), colour: ColourSchema, mark: z.enum(GROUP_MARKS) }),
  phase: z.strictObject({ kind: z.enum(PHASE_KINDS), title: z.string().max(LIMITS.title), instructions: z.string().max(LIMITS.longText) }).nullable(),
  /** The lanes this group may post to now; each with what this group may read of it. */
  lanes: z.array(z.strictObject({ key: z.string().max(200), kind: z.enum(LANE_KINDS), title: z.string().max(LIMITS.title * 2), items: z.array(ItemSchema).max(5000) })).max(64),
  /** The item presented now, when this group may react to it. */
  spotlight: z.strictObject({ stickyId: StickyIdSchema, text: z.string().max(LIMITS.stickyText), byGroup: z.string().max(LIMITS.name), verdict: z.enum(VERDICTS).nullable(), reactionText: z.string().max(LIMITS.stickyText) }).nullable(),
  /** An open round of dots this group's phones may vote in. */
  round: z
    .strictObject({
      id: RoundIdSchema,
      budget: z.number().int().min(1).max(100),
      perItemCap: z.number().int().min(1).max(100),
      /** Whether each person has dots (a phone needs a name) or the group shares one budget. */
      perPerson: z.boolean(),
      items: z.array(ItemSchema).max(2000),
    })
    .nullable(),
});
export type PhoneView = z.infer<typeof PhoneViewSchema>;

/**
 * Everything the window publishes at once: per group, its view; per voter key (see
 * `voterKey` in shared/facilitation), that voter's dots in the open round. The server sends a
 * phone its group's view and its own dots, never another voter's.
 */
export const RoomViewsSchema = z.strictObject({
  groups: z.array(z.strictObject({ id: GroupIdSchema, name: z.string().max(LIMITS.name), colour: ColourSchema, mark: z.enum(GROUP_MARKS) })).max(4),
  /** Whether a phone gives its name at join. */
  askNames: z.boolean(),
  views: z.record(z.string(), PhoneViewSchema),
  ballots: z.record(z.string(), z.record(z.string(), z.number().int().min(0).max(100))),
});
export type RoomViews = z.infer<typeof RoomViewsSchema>;

/** What a phone reads: its group's view, its own dots, and whether it has a name. */
export interface PhoneState {
  view: PhoneView;
  ballot: Record<string, number>;
  name: string | null;
}

// ── The facilitator's control of the server ──────────────────────────────────────────────────

export const RoomStartSchema = z.strictObject({
  /** The address to listen on: one of `RoomInterface.address`, or 127.0.0.1 (this computer only). */
  address: z.string().max(64),
  port: z.number().int().min(0).max(65535).optional(),
});
export type RoomStart = z.infer<typeof RoomStartSchema>;

export interface RoomInterface {
  name: string;
  address: string;
}

export type RoomStatus = { running: false } | { running: true; url: string; code: string; address: string; port: number; phones: number };
