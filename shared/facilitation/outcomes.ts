import type { AgreementId, GroupId, Owner, ParticipantId, StickyId, WorkshopId } from '../model/common';
import { LIMITS } from '../model/common';
import type { ActionItem, Agreement, Decision, PulseRating } from '../model/outcomes';
import { PULSE_STATEMENTS } from '../model/outcomes';
import type { Sticky } from '../model/board';
import { isIsoDate } from '../lib/time';
import { orderAtEnd } from '../lib/order';
import { Refusal } from '../lib/refusal';
import type { IdMaker } from '../templates/build';
import { emptyChange, type BoardChange, type BoardState } from '../board/change';

const find = <T extends { id: string }>(list: readonly T[], id: string, gone: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Refusal(gone);
  return found;
};

function requireText(text: string, key: string, max: number = LIMITS.stickyText): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Refusal(key);
  if (trimmed.length > max) throw new Refusal('errors.textTooLong', { max });
  return trimmed;
}

// ---- Agreements ----

/**
 * An agreement links requirement stickies from at least two groups: "we will … if you will …".
 */
export function createAgreement(state: BoardState, workshopId: WorkshopId, stickyIds: readonly StickyId[], text: string, now: string, makeId: IdMaker): { change: BoardChange; id: AgreementId } {
  const stickies = stickyIds.map((id) => find(state.stickies, id, 'errors.stickyGone'));
  if (stickies.some((s) => s.kind !== 'requirement')) throw new Refusal('errors.agreementNeedsRequirements');
  if (new Set(stickies.map((s) => s.authorGroupId)).size < 2) throw new Refusal('errors.agreementNeedsBothSides');
  const id = makeId('agreement');
  const change = emptyChange();
  change.agreements.put.push({
    id,
    workshopId,
    stickyIds: [...new Set(stickyIds)],
    text: requireText(text, 'errors.agreementNeedsText', LIMITS.longText),
    answers: [],
    order: orderAtEnd([...state.agreements].sort((a, b) => (a.order < b.order ? -1 : 1))),
    createdAt: now,
  });
  return { change, id };
}

export function editAgreementText(state: BoardState, id: AgreementId, text: string): BoardChange {
  const agreement = find(state.agreements, id, 'errors.agreementGone');
  const change = emptyChange();
  const trimmed = requireText(text, 'errors.agreementNeedsText', LIMITS.longText);
  if (trimmed !== agreement.text) change.agreements.put.push({ ...agreement, text: trimmed });
  return change;
}

export type AgreementAnswer = Agreement['answers'][number]['answer'];

/** One side's answer: accept, accept with conditions (stated), or decline (with a reason). */
export function answerAgreement(state: BoardState, id: AgreementId, groupId: GroupId, answer: AgreementAnswer, text: string): BoardChange {
  const agreement = find(state.agreements, id, 'errors.agreementGone');
  const trimmed = text.trim();
  if (answer === 'accept-with-conditions' && !trimmed) throw new Refusal('errors.conditionsNeeded');
  if (answer === 'decline' && !trimmed) throw new Refusal('errors.declineNeedsReason');
  if (trimmed.length > LIMITS.stickyText) throw new Refusal('errors.textTooLong', { max: LIMITS.stickyText });
  const answers = [...agreement.answers.filter((a) => a.groupId !== groupId), { groupId, answer, text: trimmed }];
  const change = emptyChange();
  change.agreements.put.push({ ...agreement, answers });
  return change;
}

/** Removing an agreement unlinks the actions made from it: they stay, without the link. */
export function removeAgreement(state: BoardState, id: AgreementId): BoardChange {
  find(state.agreements, id, 'errors.agreementGone');
  const change = emptyChange();
  change.agreements.remove.push(id);
  for (const a of state.actions) if (a.source?.kind === 'agreement' && a.source.id === id) change.actions.put.push({ ...a, source: null });
  return change;
}

/** Both sides of an agreement, each with its stickies and its answer: "Dev said / Ops said". */
export function agreementSides(agreement: Agreement, stickies: readonly Sticky[], groupIds: readonly GroupId[]) {
  return groupIds
    .map((groupId) => ({
      groupId,
      stickies: agreement.stickyIds.map((id) => stickies.find((s) => s.id === id)).filter((s): s is Sticky => !!s && s.authorGroupId === groupId),
      answer: agreement.answers.find((a) => a.groupId === groupId) ?? null,
    }))
    .filter((side) => side.stickies.length > 0 || side.answer !== null);
}

// ---- Decisions ----

export interface DecisionInput {
  text: string;
  decidedBy: string;
  rationale: string;
  deferred: boolean;
}

export function saveDecision(state: BoardState, workshopId: WorkshopId, id: Decision['id'] | null, input: DecisionInput, now: string, makeId: IdMaker): BoardChange {
  const existing = id ? find(state.decisions, id, 'errors.decisionGone') : null;
  const change = emptyChange();
  change.decisions.put.push({
    id: existing?.id ?? makeId('decision'),
    workshopId,
    text: requireText(input.text, 'errors.decisionNeedsText'),
    decidedBy: input.decidedBy.trim().slice(0, LIMITS.name),
    rationale: input.rationale.trim().slice(0, LIMITS.longText),
    deferred: input.deferred,
    createdAt: existing?.createdAt ?? now,
  });
  return change;
}

export function removeDecision(state: BoardState, id: Decision['id']): BoardChange {
  find(state.decisions, id, 'errors.decisionGone');
  const change = emptyChange();
  change.decisions.remove.push(id);
  return change;
}

// ---- Action items ----

/** Words that begin a sentence but never an instruction: an action starts with what to do. */
const NOT_A_VERB: Record<string, readonly string[]> = {
  en: ['the', 'a', 'an', 'we', 'our', 'us', 'i', 'you', 'they', 'their', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'he', 'she', 'my', 'your', 'no', 'not', 'maybe', 'if'],
  he: ['אנחנו', 'אנו', 'הם', 'הן', 'הוא', 'היא', 'זה', 'זו', 'זאת', 'אני', 'אתם', 'אתן', 'שלנו', 'שלהם', 'אולי', 'אם', 'לא'],
};

/** Whether an action's text starts the way an action should: with what to do. */
export function startsWithVerb(text: string, language: string): boolean {
  const first = text.trim().split(/\s+/)[0]?.toLocaleLowerCase().replace(/[.,;:!?"“”'’]/g, '') ?? '';
  if (!first || /^\d/.test(first)) return false;
  return !(NOT_A_VERB[language] ?? NOT_A_VERB.en!).includes(first);
}

export interface ActionInput {
  text: string;
  owner: Owner | null;
  dueDate: string;
  status: ActionItem['status'];
  definitionOfDone: string;
  source: ActionItem['source'];
}

export function saveAction(state: BoardState, workshopId: WorkshopId, id: ActionItem['id'] | null, input: ActionInput, language: string, now: string, makeId: IdMaker): BoardChange {
  const existing = id ? find(state.actions, id, 'errors.actionGone') : null;
  const text = requireText(input.text, 'errors.actionNeedsText');
  if (!startsWithVerb(text, language)) throw new Refusal('errors.actionStartsWithVerb');
  if (!input.owner) throw new Refusal('errors.actionNeedsOwner');
  if (!isIsoDate(input.dueDate)) throw new Refusal('errors.actionNeedsDueDate');
  const definitionOfDone = requireText(input.definitionOfDone, 'errors.actionNeedsDone');
  const change = emptyChange();
  change.actions.put.push({
    id: existing?.id ?? makeId('action'),
    workshopId,
    text,
    owner: input.owner,
    dueDate: input.dueDate,
    status: input.status,
    definitionOfDone,
    source: input.source,
    createdAt: existing?.createdAt ?? now,
  });
  return change;
}

export function setActionStatus(state: BoardState, id: ActionItem['id'], status: ActionItem['status']): BoardChange {
  const action = find(state.actions, id, 'errors.actionGone');
  const change = emptyChange();
  if (action.status !== status) change.actions.put.push({ ...action, status });
  return change;
}

export function removeAction(state: BoardState, id: ActionItem['id']): BoardChange {
  find(state.actions, id, 'errors.actionGone');
  const change = emptyChange();
  change.actions.remove.push(id);
  return change;
}

// ---- Parking lot and close ----

/** A parking-lot item's owner and follow-up date; both are needed before the workshop closes. */
export function setParkingFollowUp(state: BoardState, stickyId: StickyId, owner: Owner | null, followUpDate: string | null, now: string): BoardChange {
  const sticky = find(state.stickies, stickyId, 'errors.stickyGone');
  if (sticky.kind !== 'parking') throw new Refusal('errors.notParked');
  if (followUpDate !== null && !isIsoDate(followUpDate)) throw new Refusal('validation.dateInvalid');
  const change = emptyChange();
  change.stickies.put.push({ ...sticky, parkingOwner: owner, followUpDate, updatedAt: now });
  return change;
}

/** Parking-lot items still without an owner or a follow-up date. */
export function unresolvedParking(stickies: readonly Sticky[]): Sticky[] {
  return stickies.filter((s) => s.kind === 'parking' && (s.parkingOwner === null || s.followUpDate === null));
}

// ---- The culture pulse ----

export function ratePulse(state: BoardState, workshopId: WorkshopId, participantId: ParticipantId, when: PulseRating['when'], statement: number, rating: number | null, makeId: IdMaker): BoardChange {
  if (!Number.isInteger(statement) || statement < 0 || statement >= PULSE_STATEMENTS) throw new Refusal('errors.invalidChange');
  if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 7)) throw new Refusal('errors.pulseRatingInvalid');
  const existing = state.pulses.find((p) => p.participantId === participantId && p.when === when && p.statement === statement);
  const change = emptyChange();
  if (rating === null) {
    if (existing) change.pulses.remove.push(existing.id);
  } else if (existing?.rating !== rating) {
    change.pulses.put.push(existing ? { ...existing, rating } : { id: makeId('pulse'), workshopId, participantId, when, statement, rating });
  }
  return change;
}

/** A group's average rating of each statement, before or after; null where nobody rated. */
export function pulseAverages(pulses: readonly PulseRating[], participantIds: readonly string[], when: PulseRating['when']): (number | null)[] {
  const ids = new Set(participantIds);
  return Array.from({ length: PULSE_STATEMENTS }, (_, statement) => {
    const ratings = pulses.filter((p) => p.when === when && p.statement === statement && ids.has(p.participantId)).map((p) => p.rating);
    return ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null;
  });
}
