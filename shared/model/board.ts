import { z } from 'zod';
import {
  ClusterIdSchema,
  GroupIdSchema,
  IsoDateSchema,
  LIMITS,
  OrderSchema,
  OwnerSchema,
  StickyIdSchema,
  TimestampSchema,
  WorkshopIdSchema,
  lineSchema,
} from './common';

/** What a lane holds: a model of another group, a group's model of itself, requirements, or the parking lot. */
export const LANE_KINDS = ['outmodel', 'inmodel', 'requirement', 'parking'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const REQUIREMENT_TYPES = ['do-more', 'do-less', 'keep-doing'] as const;
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];

export const LENSES = ['culture', 'automation', 'lean', 'measurement', 'sharing'] as const;
export type Lens = (typeof LENSES)[number];

export const StickyTextSchema = z
  .string()
  .max(LIMITS.stickyText, 'errors.stickyOverLimit')
  .refine((t) => t.trim().length > 0, 'errors.stickyEmpty');

export const StickySchema = z
  .object({
    id: StickyIdSchema,
    workshopId: WorkshopIdSchema,
    kind: z.enum(LANE_KINDS),
    /** The group that wrote it; kept when the sticky goes to the parking lot. */
    authorGroupId: GroupIdSchema,
    /** The group it is about; null in the parking lot. */
    subjectGroupId: GroupIdSchema.nullable(),
    order: OrderSchema,
    text: StickyTextSchema,
    authorName: lineSchema(LIMITS.name).nullable(),
    clusterId: ClusterIdSchema.nullable(),
    requirementType: z.enum(REQUIREMENT_TYPES).nullable(),
    lens: z.enum(LENSES).nullable(),
    /** Parking-lot follow-up: who owns it and when it is looked at again. */
    parkingOwner: OwnerSchema.nullable(),
    followUpDate: IsoDateSchema.nullable(),
    /** Clarifying questions asked while it was presented, as the facilitator noted them. */
    questions: lineSchema(LIMITS.stickyText),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .superRefine((s, ctx) => {
    if ((s.kind === 'parking') !== (s.subjectGroupId === null)) {
      ctx.addIssue({ code: 'custom', message: 'Only parking-lot stickies have no subject group', path: ['subjectGroupId'] });
    }
    if (s.kind === 'inmodel' && s.subjectGroupId !== s.authorGroupId) {
      ctx.addIssue({ code: 'custom', message: 'An Inmodel sticky is about its own group', path: ['subjectGroupId'] });
    }
    if ((s.kind === 'outmodel' || s.kind === 'requirement') && s.subjectGroupId === s.authorGroupId) {
      ctx.addIssue({ code: 'custom', message: 'An Outmodel or requirement is about another group', path: ['subjectGroupId'] });
    }
  });
export type Sticky = z.infer<typeof StickySchema>;

export const ClusterSchema = z.object({
  id: ClusterIdSchema,
  workshopId: WorkshopIdSchema,
  kind: z.enum(LANE_KINDS),
  authorGroupId: GroupIdSchema.nullable(),
  subjectGroupId: GroupIdSchema.nullable(),
  title: lineSchema(LIMITS.line),
  collapsed: z.boolean(),
  order: OrderSchema,
  createdAt: TimestampSchema,
});
export type Cluster = z.infer<typeof ClusterSchema>;
