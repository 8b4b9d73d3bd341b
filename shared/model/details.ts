import { z } from 'zod';
import { GroupIdSchema, LIMITS, ParticipantIdSchema } from './common';
import { isIsoDate } from '../lib/time';
import { ColourSchema, GROUP_MARKS } from './workshop';

/**
 * What the workshop details form submits. Messages are written for the facilitator reading them
 * beside the field.
 */
export const ParticipantInputSchema = z.object({
  id: ParticipantIdSchema.optional(),
  name: z.string().trim().min(1, 'Give the participant a name, or remove the row').max(LIMITS.name, `A name holds at most ${LIMITS.name} characters`),
  role: z.string().trim().max(LIMITS.name, `A role holds at most ${LIMITS.name} characters`),
});

export const GroupInputSchema = z.object({
  id: GroupIdSchema.optional(),
  name: z.string().trim().min(1, 'Give the group a name').max(LIMITS.name, `A group name holds at most ${LIMITS.name} characters`),
  colour: ColourSchema,
  mark: z.enum(GROUP_MARKS),
  participants: z.array(ParticipantInputSchema).max(200),
});

export const WorkshopDetailsInputSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the workshop a title').max(LIMITS.title, `A title holds at most ${LIMITS.title} characters`),
    date: z.string().trim().refine(isIsoDate, 'Enter a real date, for example 2026-03-14'),
    location: z.string().trim().max(LIMITS.line, `At most ${LIMITS.line} characters`),
    goal: z.string().trim().max(LIMITS.longText),
    chair: z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters`),
    facilitator: z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters`),
    groups: z
      .array(GroupInputSchema)
      .min(2, 'A workshop needs at least 2 groups')
      .max(4, 'A workshop has at most 4 groups'),
  })
  .superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.groups.forEach((g, i) => {
      const key = g.name.trim().toLocaleLowerCase();
      if (!key) return;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'name'], message: `Another group is already called "${g.name.trim()}"` });
      } else seen.set(key, i);
    });
  });
export type WorkshopDetailsInput = z.input<typeof WorkshopDetailsInputSchema>;
export type WorkshopDetails = z.output<typeof WorkshopDetailsInputSchema>;

/** Field path ("groups.1.name") → first message, for showing errors beside their fields. */
export type FieldErrors = Record<string, string>;

export function validateDetails(input: WorkshopDetailsInput): { ok: true; value: WorkshopDetails } | { ok: false; errors: FieldErrors } {
  const result = WorkshopDetailsInputSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || 'form';
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}
