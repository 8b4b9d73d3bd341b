import type { PhoneState, PhoneView, PostRequest, ReactRequest, VoteRequest } from '../../shared/room/protocol';
import type { Result } from './api';
import { LaneComposer } from './composer';
import { el, markSvg, reconcile, safeColour, userText } from './dom';
import { SpotlightCard } from './spotlight';
import type { Translate } from './translate';
import { VotingCard } from './voting';

export interface GroupActions {
  post(request: PostRequest): Promise<Result<unknown>>;
  react(request: ReactRequest): Promise<Result<unknown>>;
  vote(request: VoteRequest): Promise<Result<unknown>>;
}

/**
 * The group's page, following the room's state live: the phase, then what the group may do now
 * (react to the spotlight, spend dots, write in its open lanes). Cards are kept across updates,
 * by lane, item and round, so what a person is typing survives every new state.
 */
export class GroupPage {
  readonly element: HTMLElement;
  private readonly mark = el('span', { class: 'mark-slot' });
  private readonly groupName = el('span', { class: 'group-name' });
  private readonly who = el('span', { class: 'who' });
  private readonly workshop = el('p', { class: 'workshop-title' });
  private readonly connection = el('p', { class: 'connection', role: 'status' });
  private readonly phaseTitle = el('h1', { class: 'phase-title' });
  private readonly instructions = el('p', { class: 'instructions' });
  private readonly work = el('div', { class: 'work' });
  private readonly idle = el('p', { class: 'card idle' });
  private readonly composers = new Map<string, LaneComposer>();
  private spotlight: SpotlightCard | null = null;
  private voting: VotingCard | null = null;

  constructor(
    private readonly t: Translate,
    private readonly actions: GroupActions,
    state: PhoneState,
  ) {
    const bar = el('header', { class: 'group-bar' }, this.mark, el('div', { class: 'group-who' }, this.groupName, this.who));
    this.element = el('div', { class: 'page' }, bar, this.workshop, this.connection, el('main', {}, this.phaseTitle, this.instructions, this.work));
    this.setConnected(true);
    this.update(state);
  }

  /** Shown while the live connection is down; EventSource is reconnecting meanwhile. */
  setConnected(connected: boolean): void {
    this.connection.textContent = connected ? '' : this.t('phone.page.reconnecting');
    this.connection.hidden = connected;
  }

  update(state: PhoneState): void {
    const { view } = state;
    this.element.style.setProperty('--group', safeColour(view.group.colour));
    this.mark.replaceChildren(markSvg(view.group.mark, view.group.colour));
    this.groupName.replaceChildren(userText(view.group.name));
    this.who.textContent = state.name ? this.t('phone.page.postingAs', { name: state.name }) : '';
    this.workshop.replaceChildren(userText(view.workshopTitle));
    // Before the first phase the workshop's title is the page's heading.
    this.workshop.hidden = !view.phase;
    this.phaseTitle.replaceChildren(view.phase ? userText(view.phase.title) : userText(view.workshopTitle));
    this.instructions.replaceChildren(view.phase?.instructions ? userText(view.phase.instructions) : '');
    this.instructions.hidden = !view.phase?.instructions;

    const cards = [this.spotlightCard(view), this.votingCard(state), ...this.laneCards(view)].filter((c): c is HTMLElement => c !== null);
    if (cards.length === 0) this.idle.textContent = this.t(view.phase ? 'phone.page.nothingOpen' : 'phone.page.notStarted');
    reconcile(this.work, cards.length ? cards : [this.idle]);
  }

  private spotlightCard(view: PhoneView): HTMLElement | null {
    const spotlight = view.spotlight;
    if (!spotlight) return (this.spotlight = null);
    if (this.spotlight?.stickyId === spotlight.stickyId) this.spotlight.update(spotlight);
    else this.spotlight = new SpotlightCard(this.t, spotlight, (r) => this.actions.react(r));
    return this.spotlight.element;
  }

  private votingCard(state: PhoneState): HTMLElement | null {
    const round = state.view.round;
    if (!round) return (this.voting = null);
    const withRound = { ...state, view: { ...state.view, round } };
    if (this.voting?.roundId === round.id) this.voting.update(withRound);
    else this.voting = new VotingCard(this.t, withRound, (r) => this.actions.vote(r));
    return this.voting.element;
  }

  private laneCards(view: PhoneView): HTMLElement[] {
    const open = new Set(view.lanes.map((l) => l.key));
    for (const key of [...this.composers.keys()]) if (!open.has(key)) this.composers.delete(key);
    return view.lanes.map((lane) => {
      let composer = this.composers.get(lane.key);
      if (composer) composer.update(lane);
      else this.composers.set(lane.key, (composer = new LaneComposer(this.t, lane, (r) => this.actions.post(r))));
      return composer.element;
    });
  }
}
