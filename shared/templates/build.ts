import type { WorkshopBundle } from '../model/bundle';
import type { WorkshopDetails } from '../model/details';
import type { Group, Participant, Workshop } from '../model/workshop';
import type { Phase } from '../model/facilitation';
import type { GroupId, WorkshopId } from '../model/common';
import { newId, type IdPrefix, type Id } from '../lib/ids';
import { ordersBetween } from '../lib/order';
import type { TemplatePhase, WorkshopTemplate } from './cats-and-dogs';
import { translatorFor } from '../i18n';

export type IdMaker = <P extends IdPrefix>(prefix: P) => Id<P>;

export interface BuildOptions {
  now: string;
  makeId?: IdMaker;
}

/** A new workshop from a template and the details form: its groups, participants and agenda. */
export function buildWorkshop(template: WorkshopTemplate, details: WorkshopDetails, options: BuildOptions): WorkshopBundle {
  const makeId = options.makeId ?? newId;
  const workshopId = makeId('workshop');
  const workshop: Workshop = {
    id: workshopId,
    title: details.title,
    date: details.date,
    location: details.location,
    goal: details.goal,
    caseText: '',
    chair: details.chair,
    facilitator: details.facilitator,
    language: details.language,
    templateId: template.id,
    settings: { anonymous: false, confidentiality: 'anonymised', includeInmodel: false },
    followUp: null,
    sample: false,
    createdAt: options.now,
    updatedAt: options.now,
  };
  const { groups, participants } = buildGroups(workshopId, details.groups, makeId);
  return {
    workshop,
    groups,
    participants,
    phases: buildPhases(workshopId, template, groups, makeId, details.language),
    stickies: [],
    clusters: [],
    placements: [],
    reactions: [],
    rounds: [],
    votes: [],
    agreements: [],
    decisions: [],
    actions: [],
  };
}

export function buildGroups(workshopId: WorkshopId, input: WorkshopDetails['groups'], makeId: IdMaker) {
  const groupOrders = ordersBetween(null, null, input.length);
  const groups: Group[] = [];
  const participants: Participant[] = [];
  input.forEach((g, i) => {
    const id = g.id ?? makeId('group');
    groups.push({ id, workshopId, name: g.name, colour: g.colour.toLowerCase(), mark: g.mark, cultureSelfLabel: null, order: groupOrders[i]! });
    const orders = ordersBetween(null, null, g.participants.length);
    g.participants.forEach((p, j) => {
      participants.push({ id: p.id ?? makeId('participant'), workshopId, groupId: id, name: p.name, role: p.role, present: true, order: orders[j]! });
    });
  });
  return { groups, participants };
}

function buildPhases(workshopId: WorkshopId, template: WorkshopTemplate, groups: readonly Group[], makeId: IdMaker, language: string): Phase[] {
  const t = translatorFor(language);
  const expanded = template.phases.flatMap((p): (TemplatePhase & { title: string; groupId: GroupId | null })[] =>
    p.perGroup ? groups.map((g) => ({ ...p, title: t(p.titleKey, { group: g.name }), groupId: g.id })) : [{ ...p, title: t(p.titleKey), groupId: null }],
  );
  const orders = ordersBetween(null, null, expanded.length);
  return expanded.map((p, i) => ({
    id: makeId('phase'),
    workshopId,
    order: orders[i]!,
    kind: p.kind,
    title: p.title,
    plannedMinutes: p.plannedMinutes,
    instructions: t(p.instructionsKey),
    groupId: p.groupId,
    notes: '',
    run: { startedAt: null, pausedAt: null, pausedMs: 0, addedMinutes: 0, endedAt: null },
  }));
}
