import type { WorkshopBundle } from '../model/bundle';
import type { WorkshopDetails } from '../model/details';
import type { Group, Participant, Workshop } from '../model/workshop';
import type { Phase, PhaseKind } from '../model/facilitation';
import type { GroupId, WorkshopId } from '../model/common';
import { newId, type IdPrefix, type Id } from '../lib/ids';
import { ordersBetween } from '../lib/order';
import type { WorkshopTemplate } from './cats-and-dogs';
import { GROUP_PLACEHOLDER, type SavedTemplate } from './saved';
import { translatorFor } from '../i18n';

export type IdMaker = <P extends IdPrefix>(prefix: P) => Id<P>;

export interface BuildOptions {
  now: string;
  makeId?: IdMaker;
}

/** A template's agenda in plain words: a built-in one told in a language, or a saved one as written. */
export interface AgendaTemplate {
  id: string;
  phases: readonly { kind: PhaseKind; title: string; instructions: string; plannedMinutes: number; perGroup: boolean }[];
}

export function isSavedTemplate(template: WorkshopTemplate | SavedTemplate): template is SavedTemplate {
  return 'createdAt' in template;
}

/** The agenda of a template, in `language` for a built-in one; {{group}} stays for each group's name. */
export function agendaOf(template: WorkshopTemplate | SavedTemplate, language: string): AgendaTemplate {
  if (isSavedTemplate(template)) return { id: template.id, phases: template.phases };
  const t = translatorFor(language);
  return {
    id: template.id,
    phases: template.phases.map((p) => ({
      kind: p.kind,
      title: t(p.titleKey, { group: GROUP_PLACEHOLDER }),
      instructions: t(p.instructionsKey),
      plannedMinutes: p.plannedMinutes,
      perGroup: p.perGroup ?? false,
    })),
  };
}

/** A new workshop from a template and the details form: its groups, participants and agenda. */
export function buildWorkshop(source: WorkshopTemplate | SavedTemplate, details: WorkshopDetails, options: BuildOptions): WorkshopBundle {
  const template = agendaOf(source, details.language);
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
    settings: { anonymous: false, confidentiality: details.confidentiality, includeInmodel: false },
    followUp: null,
    sample: false,
    facilitation: { currentPhaseId: null, revealedGroupIds: [], presentingGroupId: null, spotlightStickyId: null, screen: { blank: false, frozen: false } },
    createdAt: options.now,
    updatedAt: options.now,
  };
  const { groups, participants } = buildGroups(workshopId, details.groups, makeId);
  return {
    workshop,
    groups,
    participants,
    phases: buildPhases(workshopId, template, groups, makeId),
    stickies: [],
    clusters: [],
    placements: [],
    reactions: [],
    rounds: [],
    votes: [],
    agreements: [],
    decisions: [],
    actions: [],
    pulses: [],
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

function buildPhases(workshopId: WorkshopId, template: AgendaTemplate, groups: readonly Group[], makeId: IdMaker): Phase[] {
  const expanded = template.phases.flatMap((p) =>
    p.perGroup ? groups.map((g) => ({ ...p, title: p.title.replaceAll(GROUP_PLACEHOLDER, () => g.name), groupId: g.id as GroupId | null })) : [{ ...p, groupId: null }],
  );
  const orders = ordersBetween(null, null, expanded.length);
  return expanded.map((p, i) => ({
    id: makeId('phase'),
    workshopId,
    order: orders[i]!,
    kind: p.kind,
    title: p.title,
    plannedMinutes: p.plannedMinutes,
    instructions: p.instructions,
    groupId: p.groupId,
    notes: '',
    run: { startedAt: null, pausedAt: null, pausedMs: 0, addedMinutes: 0, endedAt: null },
  }));
}
