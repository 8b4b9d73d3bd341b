import { agreementSides, pulseAverages } from '../facilitation';
import { byOrder } from '../lib/order';
import { PULSE_STATEMENTS, type ActionItem, type Agreement, type Decision } from '../model';
import type { ActionsSection, AgreementsSection, DecisionsSection, Fact, FollowUpSection, ParkingSection, PulseSection } from './document';
import { formatDate, groupName, groupRef, ownerPhrase, type MinutesContext } from './context';
import { ANSWER_KEYS, ANSWER_SHOWN_KEYS, STATEMENT_KEYS, STATUS_KEYS } from './labels';
import { labelled, person, personal, phrase, plain, type Phrase } from './phrase';

const byCreated = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

type Sides = ReturnType<typeof agreementSides>;

/** Agreed when every side accepted (two sides at least), declined when one declined, else waiting. */
function statusOf(ctx: MinutesContext, sides: Sides): { phrase: Phrase; agreed: boolean } {
  if (sides.some((s) => s.answer?.answer === 'decline')) return { phrase: phrase(ctx.t, 'outcomes.statusDeclined'), agreed: false };
  const waiting = sides.filter((s) => !s.answer).length;
  if (waiting === 0 && sides.length >= 2) return { phrase: phrase(ctx.t, 'outcomes.statusAgreed'), agreed: true };
  return { phrase: phrase(ctx.t, 'outcomes.statusWaiting', { count: Math.max(waiting, 1) }), agreed: false };
}

/** The agreements' numbers, as the Agreements tab shows them. */
export function agreementNumbers(ctx: MinutesContext): Map<string, number> {
  return new Map(byOrder(ctx.bundle.agreements).map((a, i) => [a.id as string, i + 1]));
}

/** Each agreement with "Dev said / Ops said" side by side, and each side's answer. */
export function buildAgreements(ctx: MinutesContext): AgreementsSection {
  const { t } = ctx;
  const groupIds = ctx.groups.map((g) => g.id);
  const items = byOrder(ctx.bundle.agreements).map((a: Agreement, i) => {
    // Only its own stickies, not the whole board, for agreementSides to look each one up in.
    const linked = a.stickyIds.flatMap((id) => ctx.stickyById.get(id) ?? []);
    const sides = agreementSides(a, linked, groupIds);
    const status = statusOf(ctx, sides);
    const notShown = a.stickyIds.length - linked.length;
    return {
      id: a.id,
      heading: phrase(t, 'outcomes.agreementNumber', { number: i + 1 }),
      status: status.phrase,
      agreed: status.agreed,
      text: personal(a.text.trim()),
      sides: sides.map((side) => ({
        group: groupRef(ctx.groupsById.get(side.groupId)!),
        heading: phrase(t, 'outcomes.sideSaid', { group: groupName(ctx, side.groupId) }),
        requirements: side.stickies.map((s) => personal(s.text)),
        noRequirements: side.stickies.length === 0 ? phrase(t, 'outcomes.sideNoItems') : null,
        answer: side.answer ? phrase(t, ANSWER_KEYS[side.answer.answer]) : phrase(t, 'outcomes.noAnswer'),
        answerLabel: side.answer?.text.trim() ? phrase(t, ANSWER_SHOWN_KEYS[side.answer.answer]) : null,
        answerText: side.answer?.text.trim() ? personal(side.answer.text.trim()) : null,
      })),
      notShown: notShown > 0 ? phrase(t, 'outcomes.notShown', { count: notShown }) : null,
    };
  });
  return { kind: 'agreements', id: 'agreements', heading: phrase(t, 'outcomes.agreementsTitle'), empty: items.length === 0 ? phrase(t, 'outcomes.noAgreements') : null, items };
}

/** The chair's decisions, deferred ones marked, each with who decided and why. */
export function buildDecisions(ctx: MinutesContext): DecisionsSection {
  const { t } = ctx;
  const items = [...ctx.bundle.decisions].sort(byCreated<Decision>).map((d) => {
    const facts: Fact[] = [];
    if (d.decidedBy.trim()) facts.push({ label: labelled(t, 'outcomes.decidedBy'), value: personal(d.decidedBy.trim()) });
    if (d.rationale.trim()) facts.push({ label: labelled(t, 'outcomes.rationale'), value: personal(d.rationale.trim()) });
    return { text: personal(d.text), deferred: d.deferred ? phrase(t, 'outcomes.deferred') : null, facts };
  });
  return { kind: 'decisions', id: 'decisions', heading: phrase(t, 'outcomes.decisionsTitle'), empty: items.length === 0 ? phrase(t, 'outcomes.noDecisions') : null, items };
}

/** Where an action came from: an agreement by its number, or a sticky the room can see. */
function sourceFact(ctx: MinutesContext, source: ActionItem['source'], numbers: Map<string, number>): Fact | null {
  if (!source) return null;
  if (source.kind === 'agreement') {
    const number = numbers.get(source.id);
    return number ? { label: phrase(ctx.t, 'outcomes.fromAgreement'), value: phrase(ctx.t, 'outcomes.agreementNumber', { number }) } : null;
  }
  const sticky = ctx.stickyById.get(source.id);
  return sticky ? { label: phrase(ctx.t, 'outcomes.fromSticky'), value: personal(sticky.text) } : { label: phrase(ctx.t, 'outcomes.fromHidden'), value: [] };
}

/** Every action item: one owner, a due date, its status, its definition of done, its source. */
export function buildActions(ctx: MinutesContext): ActionsSection {
  const { t } = ctx;
  const numbers = agreementNumbers(ctx);
  const items = [...ctx.bundle.actions].sort(byCreated<ActionItem>).map((a) => {
    const owner = ownerPhrase(ctx, a.owner);
    const due = a.dueDate ? plain(formatDate(ctx, a.dueDate)) : phrase(t, 'minutes.noDueDate');
    const facts: Fact[] = [
      { label: phrase(t, 'outcomes.ownerShown'), value: owner },
      { label: phrase(t, 'outcomes.dueShown'), value: due },
      { label: labelled(t, 'outcomes.status'), value: phrase(t, STATUS_KEYS[a.status]) },
    ];
    if (a.definitionOfDone.trim()) facts.push({ label: phrase(t, 'outcomes.doneWhen'), value: personal(a.definitionOfDone.trim()) });
    const source = sourceFact(ctx, a.source, numbers);
    if (source) facts.push(source);
    return { id: a.id, text: personal(a.text), owner, due, facts };
  });
  return { kind: 'actions', id: 'actions', heading: phrase(t, 'outcomes.actionsTitle'), empty: items.length === 0 ? phrase(t, 'outcomes.noActions') : null, items };
}

/** What the room set aside, with who owns it and when it is looked at again. */
export function buildParking(ctx: MinutesContext): ParkingSection {
  const { t } = ctx;
  const items = ctx.ordered
    .filter((s) => s.kind === 'parking')
    .map((s) => {
      const by = phrase(t, 'close.writtenBy', { group: groupName(ctx, s.authorGroupId) });
      return {
        text: personal(s.text),
        by: ctx.names && s.authorName?.trim() ? phrase(t, 'minutes.setAsideSigned', { by, name: person(s.authorName.trim()) }) : by,
        facts: [
          { label: labelled(t, 'close.owner'), value: ownerPhrase(ctx, s.parkingOwner) },
          { label: labelled(t, 'close.followUpDate'), value: s.followUpDate ? plain(formatDate(ctx, s.followUpDate)) : phrase(t, 'close.noDate') },
        ],
      };
    });
  return { kind: 'parking', id: 'parking-lot', heading: phrase(t, 'close.parkingTitle'), empty: items.length === 0 ? phrase(t, 'close.parkingEmpty') : null, items };
}

export function buildFollowUp(ctx: MinutesContext): FollowUpSection {
  const { t } = ctx;
  const f = ctx.bundle.workshop.followUp;
  const summary = !f ? phrase(t, 'close.meetingNotSet') : f.date ? phrase(t, 'close.meetingSet', { date: formatDate(ctx, f.date) }) : phrase(t, 'close.meetingNoDate');
  return { kind: 'follow-up', id: 'follow-up', heading: phrase(t, 'close.meetingTitle'), empty: null, summary, note: f?.note.trim() ? personal(f.note.trim()) : null };
}

/** The culture pulse as group averages before and after; null when nobody rated it. */
export function buildPulse(ctx: MinutesContext): PulseSection | null {
  const { t } = ctx;
  const known = new Set<string>(ctx.participants.map((p) => p.id));
  if (!ctx.bundle.pulses.some((p) => known.has(p.participantId))) return null;
  const averages = ctx.groups.map((g) => {
    const ids = ctx.participants.filter((p) => p.groupId === g.id).map((p) => p.id);
    return { before: pulseAverages(ctx.bundle.pulses, ids, 'before'), after: pulseAverages(ctx.bundle.pulses, ids, 'after') };
  });
  const value = (v: number | null | undefined) => (v === null || v === undefined ? phrase(t, 'minutes.notRated') : plain(ctx.decimalFormat.format(v)));
  const rows = Array.from({ length: PULSE_STATEMENTS }, (_, i) => ({
    statement: phrase(t, STATEMENT_KEYS[i]!),
    cells: averages.map((a) => phrase(t, 'minutes.pulseCell', { before: value(a.before[i]), after: value(a.after[i]) })),
  }));
  return {
    kind: 'pulse',
    id: 'culture-pulse',
    heading: phrase(t, 'minutes.pulseTitle'),
    empty: null,
    intro: phrase(t, 'minutes.pulseIntro'),
    columns: [phrase(t, 'close.statement'), ...ctx.groups.map((g) => personal(g.name))],
    rows,
  };
}
