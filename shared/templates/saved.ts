import { z } from 'zod';
import { LIMITS, TimestampSchema, idSchema } from '../model/common';
import { PHASE_KINDS } from '../model/facilitation';
import { ColourSchema, GROUP_MARKS } from '../model/workshop';
import type { WorkshopBundle } from '../model/bundle';
import { byOrder } from '../lib/order';
import { LANGUAGE_CODES } from '../i18n';
import type { Id } from '../lib/ids';

/** In a saved phase title, where each presenting group's name goes. */
export const GROUP_PLACEHOLDER = '{{group}}';

/** A facilitator's own template: a workshop's groups and agenda, saved to start others from. */
export const SavedTemplateSchema = z.object({
  id: idSchema('template'),
  name: z.string().trim().min(1, 'validation.templateNameRequired').max(LIMITS.title, 'validation.titleTooLong'),
  language: z.enum(LANGUAGE_CODES),
  goal: z.string().max(LIMITS.longText),
  groups: z
    .array(z.object({ name: z.string().trim().min(1).max(LIMITS.name), colour: ColourSchema, mark: z.enum(GROUP_MARKS) }))
    .min(2)
    .max(4),
  phases: z
    .array(
      z.object({
        kind: z.enum(PHASE_KINDS),
        title: z.string().trim().min(1).max(LIMITS.title),
        plannedMinutes: z.number().int().min(0).max(600),
        instructions: z.string().max(LIMITS.longText),
        /** One phase per group; the title holds {{group}} for its name. */
        perGroup: z.boolean(),
      }),
    )
    .max(200),
  createdAt: TimestampSchema,
});
export type SavedTemplate = z.infer<typeof SavedTemplateSchema>;


function escapeForPattern(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The workshop's groups and agenda as a template. Each run of per-group phases (the
 * presentations) becomes one phase "per group", with {{group}} where the group's name stood.
 */
export function templateFromWorkshop(bundle: WorkshopBundle, name: string, id: Id<'template'>, now: string): SavedTemplate {
  const groups = byOrder(bundle.groups);
  const phases: SavedTemplate['phases'] = [];
  let lastPerGroupKind: string | null = null;
  for (const phase of byOrder(bundle.phases)) {
    const group = phase.groupId ? groups.find((g) => g.id === phase.groupId) : undefined;
    if (!group) {
      lastPerGroupKind = null;
      phases.push({ kind: phase.kind, title: phase.title, plannedMinutes: phase.plannedMinutes, instructions: phase.instructions, perGroup: false });
      continue;
    }
    if (lastPerGroupKind === phase.kind) continue;
    lastPerGroupKind = phase.kind;
    const title = group.name ? phase.title.replace(new RegExp(escapeForPattern(group.name), 'g'), GROUP_PLACEHOLDER) : phase.title;
    phases.push({ kind: phase.kind, title, plannedMinutes: phase.plannedMinutes, instructions: phase.instructions, perGroup: true });
  }
  return SavedTemplateSchema.parse({
    id,
    name,
    language: bundle.workshop.language,
    goal: bundle.workshop.goal,
    groups: groups.map((g) => ({ name: g.name, colour: g.colour, mark: g.mark })),
    phases,
    createdAt: now,
  });
}
