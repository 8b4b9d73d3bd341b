import { itemsByLane } from '../../../shared/board';
import type { Viewer } from '../../../shared/facilitation';
import { message } from '../../../shared/i18n';
import { byOrder } from '../../../shared/lib/order';
import {
  deriveLanes,
  type ActionItem,
  type Agreement,
  type Group,
  type Lane,
  type Owner,
  type Participant,
  type Sticky,
  type VotingRound,
  type WorkshopBundle,
} from '../../../shared/model';
import { perform, undoAction, type Action } from '../../actions';
import type { WorkshopView } from '../../db';
import { useUi } from '../../state';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export type AgreementAnswer = Agreement['answers'][number]['answer'];

export { ANSWER_KEYS, ANSWER_SHOWN_KEYS, STATUS_KEYS } from '../../../shared/model';

/** Catalog keys of the fixed words of this view, as literal keys. */
export const CHOICE_KEYS: Record<AgreementAnswer, string> = {
  accept: 'outcomes.choiceAccept',
  'accept-with-conditions': 'outcomes.choiceConditions',
  decline: 'outcomes.choiceDecline',
};

/** What the text beside an answer is called, in the form and where it is shown. */
export const ANSWER_TEXT_KEYS: Record<AgreementAnswer, string> = {
  accept: 'outcomes.commentLabel',
  'accept-with-conditions': 'outcomes.conditionsLabel',
  decline: 'outcomes.reasonLabel',
};

const TOTAL_KEYS: Record<VotingRound['mode'], string> = {
  dots: 'outcomes.voteDots',
  tally: 'outcomes.voteVotes',
};

/** Everything the outcome screens read, worked out once per render of the view. */
export interface OutcomesData {
  bundle: WorkshopBundle;
  viewer: Viewer;
  facilitator: boolean;
  groups: Group[];
  groupById: Map<string, Group>;
  participants: Participant[];
  lanes: Lane[];
  /** The stickies this viewer may see, in the board's order. */
  ordered: Sticky[];
  stickyById: Map<string, Sticky>;
  agreements: Agreement[];
  hiddenCounts: ReadonlyMap<string, number>;
}

/** The board's reading order: lane by lane, clusters in place; anything left over after the rest. */
function boardOrder(lanes: readonly Lane[], bundle: WorkshopBundle): Sticky[] {
  const byLane = itemsByLane(bundle);
  const ordered = lanes.flatMap((lane) => (byLane.get(lane.key) ?? []).flatMap((item) => (item.type === 'sticky' ? [item.sticky] : item.members)));
  const placed = new Set<string>(ordered.map((s) => s.id));
  return [...ordered, ...bundle.stickies.filter((s) => !placed.has(s.id))];
}

export function outcomesData(view: WorkshopView, viewer: Viewer): OutcomesData {
  const { bundle } = view;
  const groups = byOrder(bundle.groups);
  const lanes = deriveLanes(groups, bundle.workshop.settings);
  const ordered = boardOrder(lanes, bundle);
  return {
    bundle,
    viewer,
    facilitator: viewer.kind === 'facilitator',
    groups,
    groupById: new Map(groups.map((g) => [g.id as string, g])),
    participants: byOrder(bundle.participants),
    lanes,
    ordered,
    stickyById: new Map(ordered.map((s) => [s.id as string, s])),
    agreements: byOrder(bundle.agreements),
    hiddenCounts: view.hiddenCounts,
  };
}

/**
 * Each item's total in the latest closed round that counted it, as the room saw it ("3 dots").
 * The view holds closed rounds' votes only.
 */
export function voteTotals(bundle: WorkshopBundle, t: Translate): Map<string, string> {
  const closed = bundle.rounds.filter((r) => r.status === 'closed').sort((a, b) => ((a.closedAt ?? '') < (b.closedAt ?? '') ? -1 : (a.closedAt ?? '') > (b.closedAt ?? '') ? 1 : 0));
  const out = new Map<string, string>();
  for (const round of closed) {
    const totals = new Map<string, number>();
    for (const v of bundle.votes) if (v.roundId === round.id) totals.set(v.stickyId, (totals.get(v.stickyId) ?? 0) + v.count);
    for (const [stickyId, total] of totals) out.set(stickyId, t(TOTAL_KEYS[round.mode], { count: total }));
  }
  return out;
}

/** A first draft of an agreement from the picked requirements: "Dev will: …", "Ops will: …". */
export function draftAgreement(picked: readonly Sticky[], groups: readonly Group[], t: Translate): string {
  return groups
    .map((g) => {
      // What a group will do is what the other side required of it.
      const items = picked.filter((s) => s.subjectGroupId === g.id).map((s) => s.text.trim().replace(/[.。]+$/u, ''));
      return items.length ? t('outcomes.draftSide', { group: g.name, items: items.join('; ') }) : '';
    })
    .filter(Boolean)
    .join('\n');
}

export function ownerKey(owner: Owner | null): string {
  return owner ? `${owner.kind}:${owner.id}` : '';
}

export function ownerFromKey(key: string): Owner | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  if (kind === 'participant') return { kind, id: id as Extract<Owner, { kind: 'participant' }>['id'] };
  if (kind === 'group') return { kind, id: id as Extract<Owner, { kind: 'group' }>['id'] };
  return null;
}

/** Who owns an action: the person's name and group, or the group. */
export function ownerParts(owner: Owner, data: OutcomesData): { name: string; group: Group | undefined } {
  if (owner.kind === 'group') return { name: data.groupById.get(owner.id)?.name ?? '?', group: data.groupById.get(owner.id) };
  const person = data.participants.find((p) => p.id === owner.id);
  return { name: person?.name ?? '?', group: person ? data.groupById.get(person.groupId) : undefined };
}

export function sourceKey(source: ActionItem['source']): string {
  return source ? `${source.kind}:${source.id}` : '';
}

export function sourceFromKey(key: string): ActionItem['source'] {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  if (kind === 'agreement') return { kind, id: id as Extract<NonNullable<ActionItem['source']>, { kind: 'agreement' }>['id'] };
  if (kind === 'sticky') return { kind, id: id as Extract<NonNullable<ActionItem['source']>, { kind: 'sticky' }>['id'] };
  return null;
}

/** A long text cut short for a list or a menu. */
export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/**
 * Runs an action and tells whether it went through: a refusal has already been shown as a notice
 * by `perform`, and the form stays as the person left it.
 */
export async function performOk<A, R>(action: Action<A, R>, args: A): Promise<boolean> {
  const last = useUi.getState().notices.at(-1)?.id ?? 0;
  await perform(action, args);
  return !useUi.getState().notices.some((n) => n.id > last && n.tone === 'error');
}

/**
 * A new-item form's fields once what was submitted is saved: each field that still holds what was
 * submitted goes back to `blank`; one changed while the save was under way (the next item, begun
 * at once) keeps what was typed into it.
 */
export function clearedOf<T extends object>(now: T, submitted: T, blank: T): T {
  const next = { ...now };
  for (const key of Object.keys(blank) as (keyof T)[]) if (Object.is(now[key], submitted[key])) next[key] = blank[key];
  return next;
}

/** Removes something with a notice that offers to undo it. */
export async function removeWithUndo<A, R>(action: Action<A, R>, args: A, notice: 'agreement' | 'decision' | 'action'): Promise<void> {
  if (!(await performOk(action, args))) return;
  const text = notice === 'agreement' ? message('outcomes.agreementRemoved') : notice === 'decision' ? message('outcomes.decisionRemoved') : message('outcomes.actionRemoved');
  useUi.getState().notify({ tone: 'info', message: text, actionName: undoAction.name, actionLabel: message('notices.undo') });
}
