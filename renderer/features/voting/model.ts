import { itemsByLane } from '../../../shared/board';
import type { Viewer } from '../../../shared/facilitation';
import { deriveLanes, type Cluster, type Group, type Lane, type Participant, type Sticky, type Voter, type VotingRound, type WorkshopId } from '../../../shared/model';
import type { WorkshopView } from '../../db';
import { laneTitle } from '../board/laneTitle';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Catalog keys of a round's settings, as literal keys. */
export const VOTERS_KEYS: Record<VotingRound['voters'], string> = {
  'own-list': 'voting.votersOwnList',
  everyone: 'voting.votersEveryone',
};

export const VOTER_KIND_KEYS: Record<VotingRound['voterKind'], string> = {
  participant: 'voting.voterKindParticipant',
  group: 'voting.voterKindGroup',
};

export const MODE_KEYS: Record<VotingRound['mode'], string> = {
  dots: 'voting.modeDots',
  tally: 'voting.modeTally',
};

export { TOTAL_KEYS } from '../../../shared/model';

/** Everything the voting screens read, worked out once per render of the view. */
export interface VotingData {
  workshopId: WorkshopId;
  viewer: Viewer;
  lanes: Lane[];
  laneByKey: Map<string, Lane>;
  groups: Map<string, Group>;
  participants: Participant[];
  /** The stickies this viewer may see, in the board's order: lane by lane, clusters in place. */
  ordered: Sticky[];
  /** Lane key → stickies in it this viewer may not read. */
  hiddenCounts: ReadonlyMap<string, number>;
}

/** The board's reading order, so that ties keep the order the room sees on the board. */
export function boardOrder(lanes: readonly Lane[], stickies: readonly Sticky[], clusters: readonly Cluster[]): Sticky[] {
  const byLane = itemsByLane({ stickies, clusters });
  const ordered = lanes.flatMap((lane) => (byLane.get(lane.key) ?? []).flatMap((item) => (item.type === 'sticky' ? [item.sticky] : item.members)));
  // A sticky whose cluster this view does not have still counts, after the rest.
  const placed = new Set<string>(ordered.map((s) => s.id));
  return [...ordered, ...stickies.filter((s) => !placed.has(s.id))];
}

export function votingData(view: WorkshopView, viewer: Viewer): VotingData {
  const { workshop, groups, participants, stickies, clusters } = view.bundle;
  const lanes = deriveLanes(groups, workshop.settings);
  return {
    workshopId: workshop.id,
    viewer,
    lanes,
    laneByKey: new Map(lanes.map((l) => [l.key, l])),
    groups: new Map(groups.map((g) => [g.id as string, g])),
    participants,
    ordered: boardOrder(lanes, stickies, clusters),
    hiddenCounts: view.hiddenCounts,
  };
}

export function laneName(data: VotingData, key: string, t: Translate): string {
  const lane = data.laneByKey.get(key);
  return lane ? laneTitle(lane, data.groups, t).title : '';
}

/** A round's name: its number in the workshop, and for a second round, the round it settles. */
export function roundTitle(round: VotingRound, rounds: readonly VotingRound[], t: Translate): string {
  const number = rounds.findIndex((r) => r.id === round.id) + 1;
  const parent = round.parentRoundId ? rounds.findIndex((r) => r.id === round.parentRoundId) + 1 : 0;
  return parent > 0 ? t('voting.runoffTitle', { number, parent }) : t('voting.roundTitle', { number });
}

/** What a round is about and how it is voted, in a few words each. */
export function roundSummary(round: VotingRound, rounds: readonly VotingRound[], data: VotingData, t: Translate): string[] {
  const parent = round.parentRoundId ? rounds.findIndex((r) => r.id === round.parentRoundId) + 1 : 0;
  const what = round.stickyIds && parent > 0 ? [t('voting.runoffItems', { number: parent })] : round.laneKeys.map((key) => laneName(data, key, t)).filter(Boolean);
  return [
    ...what,
    t(VOTERS_KEYS[round.voters]),
    t(VOTER_KIND_KEYS[round.voterKind]),
    round.mode === 'dots' ? t('voting.dotsRule', { count: round.budget, cap: round.perItemCap }) : t('voting.tallyRule'),
  ];
}

/** How many of a round's items this viewer may not read yet (another group's private writing). */
export function hiddenInRound(round: VotingRound, data: VotingData): number {
  if (round.stickyIds) {
    const shown = new Set<string>(data.ordered.map((s) => s.id));
    return round.stickyIds.filter((id) => !shown.has(id)).length;
  }
  return round.laneKeys.reduce((n, key) => n + (data.hiddenCounts.get(key) ?? 0), 0);
}

/** Who a voter is, for the screen: a group, or a participant with their group. */
export function voterIdentity(voter: Voter, data: VotingData): { name: string; group: Group | undefined } {
  if (voter.kind === 'group') return { name: data.groups.get(voter.id)?.name ?? '?', group: data.groups.get(voter.id) };
  if (voter.kind === 'participant') {
    const person = data.participants.find((p) => p.id === voter.id);
    return { name: person?.name ?? '?', group: person ? data.groups.get(person.groupId) : undefined };
  }
  return { name: '', group: undefined };
}
