import type { PhoneState, PhoneView, VoteRequest } from '../../shared/room/protocol';
import type { Result } from './api';
import { el, reconcile, uniqueId, userText } from './dom';
import { problemText } from './labels';
import type { Translate } from './translate';

type Round = NonNullable<PhoneView['round']>;
type Item = Round['items'][number];

interface Row {
  element: HTMLLIElement;
  text: HTMLElement;
  remove: HTMLButtonElement;
  add: HTMLButtonElement;
  count: HTMLElement;
  spoken: HTMLElement;
  busy: boolean;
}

/** Dots left: the budget less what this phone (or its group) has placed, never below zero. */
export function dotsLeft(round: Pick<Round, 'budget'>, ballot: PhoneState['ballot']): number {
  return Math.max(0, round.budget - Object.values(ballot).reduce((sum, n) => sum + n, 0));
}

/**
 * An open round of dots: how many are left, and − count + on every item. The counts are the
 * room's: a tap sends one dot, and the number changes when the room's next state says so.
 */
export class VotingCard {
  readonly element: HTMLElement;
  readonly roundId: string;
  private readonly left = el('p', { class: 'dots-left' });
  private readonly rule = el('p', { class: 'meta' });
  private readonly needsName = el('p', { class: 'note' });
  private readonly list = el('ul', { class: 'vote-items' });
  private readonly empty = el('p', { class: 'meta' });
  private readonly error = el('p', { class: 'error', role: 'alert' });
  private readonly rows = new Map<string, Row>();
  private round: Round;
  private ballot: PhoneState['ballot'] = {};
  private blocked = false;

  constructor(
    private readonly t: Translate,
    state: PhoneState & { view: { round: Round } },
    private readonly vote: (request: VoteRequest) => Promise<Result<unknown>>,
  ) {
    this.round = state.view.round;
    this.roundId = this.round.id;
    const heading = el('h2', { id: uniqueId('round') }, t('phone.vote.heading'));
    this.element = el('section', { class: 'card vote', 'aria-labelledby': heading.id }, heading, this.left, this.rule, this.needsName, this.empty, this.list, this.error);
    this.left.setAttribute('aria-live', 'polite');
    this.update(state);
  }

  update(state: PhoneState & { view: { round: Round } }): void {
    this.round = state.view.round;
    this.ballot = state.ballot;
    // Each person's own dots need to know who the person is.
    this.blocked = this.round.perPerson && !state.name;
    const left = dotsLeft(this.round, this.ballot);
    this.left.textContent = this.t('phone.vote.dotsLeft', { count: left, budget: this.round.budget });
    this.rule.textContent = this.t('phone.vote.cap', { cap: this.round.perItemCap });
    if (!this.round.perPerson) this.rule.append(' ', this.t('phone.vote.shared'));
    this.needsName.textContent = this.blocked ? this.t('phone.vote.needsName') : '';
    this.needsName.hidden = !this.blocked;
    this.empty.textContent = this.round.items.length ? '' : this.t('phone.vote.noItems');
    this.empty.hidden = this.round.items.length > 0;
    const seen = new Set<string>();
    const rows = this.round.items.map((item) => {
      seen.add(item.id);
      const row = this.rows.get(item.id) ?? this.makeRow(item);
      this.rows.set(item.id, row);
      this.updateRow(row, item, left);
      return row.element;
    });
    for (const id of [...this.rows.keys()]) if (!seen.has(id)) this.rows.delete(id);
    reconcile(this.list, rows);
  }

  private makeRow(item: Item): Row {
    const remove = el('button', { type: 'button', class: 'step' }, el('span', { 'aria-hidden': 'true' }, '−'));
    const add = el('button', { type: 'button', class: 'step' }, el('span', { 'aria-hidden': 'true' }, '+'));
    const count = el('span', { class: 'count', 'aria-hidden': 'true' });
    const spoken = el('span', { class: 'visually-hidden' });
    const text = el('div', { class: 'vote-text' });
    const element = el('li', {}, text, el('div', { class: 'stepper' }, remove, count, spoken, add));
    const row: Row = { element, text, remove, add, count, spoken, busy: false };
    remove.addEventListener('click', () => void this.send(row, item.id, -1));
    add.addEventListener('click', () => void this.send(row, item.id, 1));
    return row;
  }

  private updateRow(row: Row, item: Item, left: number): void {
    const mine = this.ballot[item.id] ?? 0;
    row.text.replaceChildren(userText(item.text), item.authorName ? el('span', { class: 'author' }, this.t('phone.compose.by', { name: item.authorName })) : '');
    row.count.textContent = String(mine);
    row.spoken.textContent = this.t('phone.vote.onItem', { count: mine });
    row.add.setAttribute('aria-label', this.t('phone.vote.add', { item: item.text }));
    row.remove.setAttribute('aria-label', this.t('phone.vote.remove', { item: item.text }));
    // A dot on its way does not disable the buttons (a disabled button drops the focus): send() ignores taps meanwhile.
    row.add.disabled = this.blocked || left <= 0 || mine >= this.round.perItemCap;
    row.remove.disabled = this.blocked || mine <= 0;
  }

  private async send(row: Row, stickyId: string, delta: 1 | -1): Promise<void> {
    if (row.busy || this.blocked) return;
    row.busy = true;
    row.element.setAttribute('aria-busy', 'true');
    this.error.textContent = '';
    const result = await this.vote({ roundId: this.roundId as VoteRequest['roundId'], stickyId: stickyId as VoteRequest['stickyId'], delta });
    row.busy = false;
    row.element.setAttribute('aria-busy', 'false');
    if (!result.ok) this.error.textContent = problemText(this.t, result.problem);
  }
}
