import type { WorkshopBundle } from '../model/bundle';
import type { WorkshopDetails } from '../model/details';
import { ordersBetween, byOrder } from '../lib/order';
import type { IdMaker } from './build';
import { message, translatorFor, type Message } from '../i18n';
import { buildGroups } from './build';
import { templateById } from './cats-and-dogs';

export type ApplyDetailsResult = { ok: true; bundle: WorkshopBundle } | { ok: false; errors: Record<string, Message> };

/**
 * The details form applied to an existing workshop. Groups and participants keep their ids; a
 * group or participant that still has work attached cannot be removed (nothing may dangle).
 * A group added later gets its presentation phase; a removed one loses it.
 */
export function applyDetails(before: WorkshopBundle, details: WorkshopDetails, now: string, makeId: IdMaker): ApplyDetailsResult {
  const wid = before.workshop.id;
  const keptGroupIds = new Set(details.groups.flatMap((g) => (g.id ? [g.id] : [])));
  const keptParticipantIds = new Set(details.groups.flatMap((g) => g.participants.flatMap((p) => (p.id ? [p.id] : []))));
  const errors: Record<string, Message> = {};

  for (const g of before.groups) {
    if (keptGroupIds.has(g.id)) continue;
    const used =
      before.stickies.some((s) => s.authorGroupId === g.id || s.subjectGroupId === g.id) ||
      before.placements.some((p) => p.groupId === g.id || p.subjectGroupId === g.id) ||
      before.reactions.some((r) => r.groupId === g.id) ||
      before.actions.some((a) => a.owner.kind === 'group' && a.owner.id === g.id);
    if (used) errors.groups = message('errors.groupInUse', { name: g.name });
  }
  for (const p of before.participants) {
    if (keptParticipantIds.has(p.id)) continue;
    const owns =
      before.actions.some((a) => a.owner.kind === 'participant' && a.owner.id === p.id) ||
      before.stickies.some((s) => s.parkingOwner?.kind === 'participant' && s.parkingOwner.id === p.id) ||
      before.votes.some((v) => v.voter.kind === 'participant' && v.voter.id === p.id);
    if (owns) errors.groups = message('errors.participantInUse', { name: p.name });
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  const { groups, participants } = buildGroups(wid, details.groups, makeId);
  const previousGroups = new Map(before.groups.map((g) => [g.id, g]));
  const previousParticipants = new Map(before.participants.map((p) => [p.id, p]));
  for (const g of groups) g.cultureSelfLabel = previousGroups.get(g.id)?.cultureSelfLabel ?? null;
  for (const p of participants) p.present = previousParticipants.get(p.id)?.present ?? true;

  const phases = presentationPhasesFor(before, groups, makeId, details.language);
  const { currentPhaseId, revealedGroupIds, presentingGroupId } = before.workshop.facilitation;
  return {
    ok: true,
    bundle: {
      ...before,
      workshop: {
        ...before.workshop,
        title: details.title,
        date: details.date,
        location: details.location,
        goal: details.goal,
        chair: details.chair,
        facilitator: details.facilitator,
        language: details.language,
        settings: { ...before.workshop.settings, confidentiality: details.confidentiality },
        updatedAt: now,
        // A removed group's presentation and reveal go with it.
        facilitation: {
          ...before.workshop.facilitation,
          currentPhaseId: phases.some((p) => p.id === currentPhaseId) ? currentPhaseId : null,
          revealedGroupIds: revealedGroupIds.filter((id) => groups.some((g) => g.id === id)),
          presentingGroupId: groups.some((g) => g.id === presentingGroupId) ? presentingGroupId : null,
        },
      },
      groups,
      participants,
      phases,
    },
  };
}

function presentationPhasesFor(before: WorkshopBundle, groups: WorkshopBundle['groups'], makeId: IdMaker, language: string): WorkshopBundle['phases'] {
  const groupIds = new Set(groups.map((g) => g.id));
  const phases = byOrder(before.phases).filter((p) => p.kind !== 'presentation' || p.groupId === null || groupIds.has(p.groupId));
  const template = templateById(before.workshop.templateId).phases.find((p) => p.kind === 'presentation');
  const t = translatorFor(language);
  const presented = new Set(phases.filter((p) => p.kind === 'presentation').map((p) => p.groupId));
  const missing = groups.filter((g) => !presented.has(g.id));
  if (!template || missing.length === 0) return phases;
  // New presentations go after the last one, or at the end of the agenda.
  const last = phases.findLastIndex((p) => p.kind === 'presentation');
  const lower = (last >= 0 ? phases[last] : phases.at(-1))?.order ?? null;
  const upper = last >= 0 ? (phases[last + 1]?.order ?? null) : null;
  const orders = ordersBetween(lower, upper, missing.length);
  const added = missing.map((g, i) => ({
    id: makeId('phase'),
    workshopId: before.workshop.id,
    order: orders[i]!,
    kind: 'presentation' as const,
    title: t(template.titleKey, { group: g.name }),
    plannedMinutes: template.plannedMinutes,
    instructions: t(template.instructionsKey),
    groupId: g.id,
    notes: '',
    run: { startedAt: null, pausedAt: null, pausedMs: 0, addedMinutes: 0, endedAt: null },
  }));
  return byOrder([...phases, ...added]);
}
