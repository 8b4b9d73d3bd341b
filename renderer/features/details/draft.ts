import type { Confidentiality, GroupId, GroupMark, ParticipantId, WorkshopBundle, WorkshopDetailsInput } from '../../../shared/model';
import type { LanguageCode } from '../../../shared/i18n';
import { byOrder } from '../../../shared/lib/order';
import { CATS_AND_DOGS, GROUP_PALETTE, type SavedTemplate } from '../../../shared/templates';

export interface DraftParticipant {
  key: string;
  id?: ParticipantId;
  name: string;
  role: string;
}

export interface DraftGroup {
  key: string;
  id?: GroupId;
  name: string;
  colour: string;
  mark: GroupMark;
  participants: DraftParticipant[];
  /** The group has stickies or other work, so removing it is not offered. */
  inUse: boolean;
}

export interface Draft {
  /** The template a new workshop starts from: a built-in one's id, or a saved one's. */
  templateId: string;
  title: string;
  date: string;
  location: string;
  goal: string;
  chair: string;
  facilitator: string;
  language: string;
  confidentiality: Confidentiality;
  groups: DraftGroup[];
}

let counter = 0;
export const draftKey = () => `k${++counter}`;

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new workshop's form, filled from a template: the built-in one in the facilitator's language, or a saved one as saved. */
export function newDraft(t: (key: string) => string, language: LanguageCode, saved?: SavedTemplate): Draft {
  const base = { title: '', date: todayIso(), location: '', chair: '', facilitator: '' };
  if (saved) {
    return {
      ...base,
      templateId: saved.id,
      goal: saved.goal,
      language: saved.language,
      confidentiality: 'anonymised',
      groups: saved.groups.map((g) => ({ key: draftKey(), name: g.name, colour: g.colour, mark: g.mark, participants: [], inUse: false })),
    };
  }
  return {
    ...base,
    templateId: CATS_AND_DOGS.id,
    goal: t(CATS_AND_DOGS.goalKey),
    language,
    confidentiality: 'anonymised',
    groups: CATS_AND_DOGS.groups.map((g) => ({ key: draftKey(), name: t(g.nameKey), colour: g.colour, mark: g.mark, participants: [], inUse: false })),
  };
}

export function draftFromBundle(bundle: WorkshopBundle): Draft {
  const { workshop } = bundle;
  const used = new Set<string>([
    ...bundle.stickies.flatMap((s) => [s.authorGroupId, s.subjectGroupId ?? '']),
    ...bundle.placements.flatMap((p) => [p.groupId, p.subjectGroupId]),
    ...bundle.reactions.map((r) => r.groupId),
    ...bundle.actions.flatMap((a) => (a.owner.kind === 'group' ? [a.owner.id] : [])),
  ]);
  return {
    templateId: workshop.templateId,
    title: workshop.title,
    date: workshop.date,
    location: workshop.location,
    goal: workshop.goal,
    chair: workshop.chair,
    facilitator: workshop.facilitator,
    language: workshop.language,
    confidentiality: workshop.settings.confidentiality,
    groups: byOrder(bundle.groups).map((g) => ({
      key: draftKey(),
      id: g.id,
      name: g.name,
      colour: g.colour,
      mark: g.mark,
      inUse: used.has(g.id),
      participants: byOrder(bundle.participants.filter((p) => p.groupId === g.id)).map((p) => ({ key: draftKey(), id: p.id, name: p.name, role: p.role })),
    })),
  };
}

/** The next group gets a colour and mark no other group has yet. */
export function nextGroup(groups: readonly DraftGroup[]): DraftGroup {
  const taken = new Set(groups.map((g) => g.colour));
  const style = GROUP_PALETTE.find((p) => !taken.has(p.colour)) ?? GROUP_PALETTE[0]!;
  return { key: draftKey(), name: '', colour: style.colour, mark: style.mark, participants: [], inUse: false };
}

export function toInput(draft: Draft): WorkshopDetailsInput {
  const { templateId: _templateId, ...details } = draft;
  return {
    ...details,
    language: draft.language as LanguageCode,
    groups: draft.groups.map((g) => ({
      id: g.id,
      name: g.name,
      colour: g.colour,
      mark: g.mark,
      participants: g.participants.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    })),
  };
}

/** The DOM id of the input a validation path ("groups.1.name") belongs to. */
export function fieldId(path: string): string {
  return `details-${path.replace(/\./g, '-')}`;
}
