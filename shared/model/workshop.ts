import { z } from 'zod';
import {
  GroupIdSchema,
  IsoDateSchema,
  LIMITS,
  OrderSchema,
  ParticipantIdSchema,
  TimestampSchema,
  WorkshopIdSchema,
  StickyIdSchema,
  idSchema,
  lineSchema,
} from './common';

export const CONFIDENTIALITY = ['full', 'anonymised', 'agreements-only'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];
export const CULTURES = ['control', 'collaboration', 'competence', 'cultivation'] as const;
export type Culture = (typeof CULTURES)[number];

export const WorkshopSettingsSchema = z.object({
  /** Stickies carry no author name when true. */
  anonymous: z.boolean(),
  /** How much of the raw remarks the minutes show. */
  confidentiality: z.enum(CONFIDENTIALITY),
  /** Whether each group also writes an Inmodel: its view of itself. */
  includeInmodel: z.boolean(),
});
export type WorkshopSettings = z.infer<typeof WorkshopSettingsSchema>;

export const FollowUpSchema = z.object({
  date: IsoDateSchema.nullable(),
  note: lineSchema(LIMITS.longText),
});

export const FacilitationSchema = z.object({
  currentPhaseId: idSchema('phase').nullable(),
  revealedGroupIds: z.array(GroupIdSchema).max(4),
  /** The group presenting, and the item in the spotlight. */
  presentingGroupId: GroupIdSchema.nullable(),
  spotlightStickyId: StickyIdSchema.nullable(),
  /** The room's screen: blanked, or frozen on what it showed, when its attention belongs elsewhere. */
  screen: z.object({ blank: z.boolean(), frozen: z.boolean() }),
});
export type Facilitation = z.infer<typeof FacilitationSchema>;

export const WorkshopSchema = z.object({
  id: WorkshopIdSchema,
  title: z.string().trim().min(1).max(LIMITS.title),
  date: IsoDateSchema,
  location: lineSchema(LIMITS.line),
  goal: lineSchema(LIMITS.longText),
  caseText: lineSchema(LIMITS.longText),
  chair: lineSchema(LIMITS.name),
  facilitator: lineSchema(LIMITS.name),
  /** The language the minutes are written in (a BCP 47 tag). */
  language: z.string().min(2).max(20),
  templateId: z.string().min(1).max(80),
  settings: WorkshopSettingsSchema,
  followUp: FollowUpSchema.nullable(),
  /** True only for the bundled sample, which "Reset the sample" restores. */
  sample: z.boolean(),
  /** Where the room is: the current phase, and whose private writing the facilitator has revealed. */
  facilitation: FacilitationSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Workshop = z.infer<typeof WorkshopSchema>;

export const GROUP_MARKS = ['circle', 'square', 'triangle', 'diamond', 'star', 'hexagon'] as const;
export type GroupMark = (typeof GROUP_MARKS)[number];

export const ColourSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'Expected a colour like #1f6feb');

export const GroupSchema = z.object({
  id: GroupIdSchema,
  workshopId: WorkshopIdSchema,
  name: z.string().trim().min(1).max(LIMITS.name),
  colour: ColourSchema,
  /** A shape beside the colour, so a group is recognisable without colour vision. */
  mark: z.enum(GROUP_MARKS),
  cultureSelfLabel: z.enum(CULTURES).nullable(),
  order: OrderSchema,
});
export type Group = z.infer<typeof GroupSchema>;

export const ParticipantSchema = z.object({
  id: ParticipantIdSchema,
  workshopId: WorkshopIdSchema,
  groupId: GroupIdSchema,
  name: z.string().trim().min(1).max(LIMITS.name),
  role: lineSchema(LIMITS.name),
  present: z.boolean(),
  order: OrderSchema,
});
export type Participant = z.infer<typeof ParticipantSchema>;
