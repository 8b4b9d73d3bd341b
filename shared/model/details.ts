import { z } from 'zod';
import { GroupIdSchema, LIMITS, ParticipantIdSchema } from './common';
import { isIsoDate } from '../lib/time';
import { CONFIDENTIALITY, ColourSchema, GROUP_MARKS } from './workshop';
import { LANGUAGE_CODES, message, type Message } from '../i18n';

/**
 * What the workshop details form submits. Messages are catalog keys ("validation.…"), shown
 * beside their fields in the facilitator's language.
 */
export const ParticipantInputSchema = z.object({
  id: ParticipantIdSchema.optional(),
  name: z.string().trim().min(1, 'validation.participantNameRequired').max(LIMITS.name, 'validation.nameTooLong'),
  role: z.string().trim().max(LIMITS.name, 'validation.roleTooLong'),
});

export const GroupInputSchema = z.object({
  id: GroupIdSchema.optional(),
  name: z.string().trim().min(1, 'validation.groupNameRequired').max(LIMITS.name, 'validation.groupNameTooLong'),
  colour: ColourSchema,
  mark: z.enum(GROUP_MARKS),
  participants: z.array(ParticipantInputSchema).max(200),
});

export const WorkshopDetailsInputSchema = z
  .object({
    title: z.string().trim().min(1, 'validation.titleRequired').max(LIMITS.title, 'validation.titleTooLong'),
    date: z.string().trim().refine(isIsoDate, 'validation.dateInvalid'),
    location: z.string().trim().max(LIMITS.line, 'validation.lineTooLong'),
    goal: z.string().trim().max(LIMITS.longText, 'validation.longTextTooLong'),
    chair: z.string().trim().max(LIMITS.name, 'validation.nameTooLong'),
    facilitator: z.string().trim().max(LIMITS.name, 'validation.nameTooLong'),
    /** The language the minutes are written in. */
    language: z.enum(LANGUAGE_CODES, 'validation.invalid'),
    /** How much of the raw remarks the minutes show: the room's choice, preselected at every export. */
    confidentiality: z.enum(CONFIDENTIALITY, 'validation.invalid').default('anonymised'),
    groups: z
      .array(GroupInputSchema)
      .min(2, 'validation.groupsTooFew')
      .max(4, 'validation.groupsTooMany'),
  })
  .superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.groups.forEach((g, i) => {
      const key = g.name.trim().toLocaleLowerCase();
      if (!key) return;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'name'], message: 'validation.groupNameTaken', params: { name: g.name.trim() } });
      } else seen.set(key, i);
    });
  });
export type WorkshopDetailsInput = z.input<typeof WorkshopDetailsInputSchema>;
export type WorkshopDetails = z.output<typeof WorkshopDetailsInputSchema>;

/** The values each validation message needs beside its key. */
const MESSAGE_VALUES: Record<string, Message['values']> = {
  'validation.titleTooLong': { max: LIMITS.title },
  'validation.groupNameTooLong': { max: LIMITS.name },
  'validation.nameTooLong': { max: LIMITS.name },
  'validation.roleTooLong': { max: LIMITS.name },
  'validation.lineTooLong': { max: LIMITS.line },
  'validation.longTextTooLong': { max: LIMITS.longText },
};

/** Field path ("groups.1.name") → its first message, for showing errors beside their fields. */
export type FieldErrors = Record<string, Message>;

export function validateDetails(input: WorkshopDetailsInput): { ok: true; value: WorkshopDetails } | { ok: false; errors: FieldErrors } {
  const result = WorkshopDetailsInputSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || 'form';
    // zod's own messages (a wrong type) are not ours to show; they cannot come from the form.
    const key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
    const params = issue.code === 'custom' ? (issue.params as Message['values']) : undefined;
    errors[path] ??= message(key, params ?? MESSAGE_VALUES[key]);
  }
  return { ok: false, errors };
}
