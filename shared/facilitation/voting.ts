import type { GroupId, ParticipantId, StickyId, WorkshopId } from '../model/common';
import type { Sticky } from '../model/board';
import type { Vote, Voter, VotingRound } from '../model/facilitation';
import type { Group, Participant } from '../model/workshop';
import { laneKeyOf } from '../model/lanes';
import { Refusal } from '../lib/refusal';
import type { IdMaker } from '../templates/build';

/** About one dot per four items, and at least one. */
export function defaultBudget(itemCount: number): number {
  return Math.max(1, Math.round(itemCount / 4));
}

/** The stickies a round is about: its lanes' (or, in a second round, only the tied ones). */
export function roundItems(round: Pick<VotingRound, 'laneKeys' | 'stickyIds'>, stickies: readonly Sticky[]): Sticky[] {
  const lanes = new Set(round.laneKeys);
  const only = round.stickyIds ? new Set<string>(round.stickyIds) : null;
  return stickies.filter((s) => (only ? only.has(s.id) : lanes.has(laneKeyOf(s))));
}

export function voterKey(voter: Voter): string {
  return voter.kind === 'tally' ? 'tally' : `${voter.kind}:${voter.id}`;
}

/** The group a voter speaks for. */
export function voterGroup(voter: Voter, participants: readonly Participant[]): GroupId | null {
  if (voter.kind === 'group') return voter.id;
  if (voter.kind === 'participant') return participants.find((p) => p.id === voter.id)?.groupId ?? null;
  return null;
}

/** Who holds dots in a round: every present participant, or every group. */
export function eligibleVoters(round: Pick<VotingRound, 'voterKind'>, groups: readonly Group[], participants: readonly Participant[]): Voter[] {
  return round.voterKind === 'group'
    ? groups.map((g) => ({ kind: 'group', id: g.id }))
    : participants.filter((p) => p.present).map((p) => ({ kind: 'participant', id: p.id as ParticipantId }));
}

/** In a round on "each group's own list", a voter may only dot its own group's items. */
export function mayVoteOn(round: Pick<VotingRound, 'voters'>, voter: Voter, sticky: Sticky, participants: readonly Participant[]): boolean {
  if (voter.kind === 'tally') return false;
  return round.voters === 'everyone' || voterGroup(voter, participants) === sticky.authorGroupId;
}

export function dotsSpent(votes: readonly Vote[], roundId: string, voter: Voter): number {
  const key = voterKey(voter);
  return votes.filter((v) => v.roundId === roundId && voterKey(v.voter) === key).reduce((n, v) => n + v.count, 0);
}

export interface VoteChange {
  put: Vote[];
  remove: string[];
}

/**
 * A voter adds (+1) or takes back (-1) a dot. The budget and the per-item cap are checked here,
 * whichever screen the dot came from.
 */
export function castDot(
  round: VotingRound,
  votes: readonly Vote[],
  voter: Voter,
  sticky: Sticky,
  delta: 1 | -1,
  participants: readonly Participant[],
  makeId: IdMaker,
): VoteChange {
  if (round.status !== 'open') throw new Refusal('errors.roundClosed');
  if (round.mode !== 'dots' || voter.kind === 'tally') throw new Refusal('errors.roundIsTally');
  if (!roundItems(round, [sticky]).length) throw new Refusal('errors.notInRound');
  if (!mayVoteOn(round, voter, sticky, participants)) throw new Refusal('errors.notYourList');
  const key = voterKey(voter);
  const existing = votes.find((v) => v.roundId === round.id && v.stickyId === sticky.id && voterKey(v.voter) === key);
  const count = (existing?.count ?? 0) + delta;
  if (count < 0) return { put: [], remove: [] };
  if (delta > 0 && dotsSpent(votes, round.id, voter) >= round.budget) throw new Refusal('errors.budgetSpent', { budget: round.budget });
  if (count > round.perItemCap) throw new Refusal('errors.itemCapReached', { cap: round.perItemCap });
  if (count === 0) return { put: [], remove: existing ? [existing.id] : [] };
  const vote: Vote = existing
    ? { ...existing, count }
    : { id: makeId('vote'), workshopId: round.workshopId, roundId: round.id, stickyId: sticky.id, voter, count };
  return { put: [vote], remove: [] };
}

/** Tally mode: the facilitator enters the hand-counted total for an item. */
export function setTally(round: VotingRound, votes: readonly Vote[], sticky: Sticky, total: number, makeId: IdMaker): VoteChange {
  if (round.status !== 'open') throw new Refusal('errors.roundClosed');
  if (round.mode !== 'tally') throw new Refusal('errors.roundIsDots');
  if (!Number.isInteger(total) || total < 0 || total > 100) throw new Refusal('errors.tallyInvalid');
  if (!roundItems(round, [sticky]).length) throw new Refusal('errors.notInRound');
  const existing = votes.find((v) => v.roundId === round.id && v.stickyId === sticky.id && v.voter.kind === 'tally');
  if (total === 0) return { put: [], remove: existing ? [existing.id] : [] };
  return {
    put: [existing ? { ...existing, count: total } : { id: makeId('vote'), workshopId: round.workshopId, roundId: round.id, stickyId: sticky.id, voter: { kind: 'tally' }, count: total }],
    remove: [],
  };
}

export interface RoundResult {
  sticky: Sticky;
  total: number;
  /** Other items with the same total (more than none): a tie. */
  tied: boolean;
}

/** Items in vote order, most dots first (ties keep the board's order), with ties marked. */
export function roundResults(round: VotingRound, votes: readonly Vote[], stickies: readonly Sticky[]): RoundResult[] {
  const totals = new Map<string, number>();
  for (const v of votes) if (v.roundId === round.id) totals.set(v.stickyId, (totals.get(v.stickyId) ?? 0) + v.count);
  const items = roundItems(round, stickies).map((sticky, index) => ({ sticky, index, total: totals.get(sticky.id) ?? 0 }));
  items.sort((a, b) => b.total - a.total || a.index - b.index);
  const perTotal = new Map<number, number>();
  for (const i of items) perTotal.set(i.total, (perTotal.get(i.total) ?? 0) + 1);
  return items.map(({ sticky, total }) => ({ sticky, total, tied: total > 0 && (perTotal.get(total) ?? 0) > 1 }));
}

/** Groups of tied items, highest total first. */
export function ties(results: readonly RoundResult[]): StickyId[][] {
  const byTotal = new Map<number, StickyId[]>();
  for (const r of results) if (r.tied) byTotal.set(r.total, [...(byTotal.get(r.total) ?? []), r.sticky.id]);
  return [...byTotal.entries()].sort((a, b) => b[0] - a[0]).map(([, ids]) => ids);
}

export interface RoundSettings {
  laneKeys: string[];
  voters: VotingRound['voters'];
  voterKind: VotingRound['voterKind'];
  mode: VotingRound['mode'];
  budget: number;
  perItemCap: number;
}

export function openRound(workshopId: WorkshopId, settings: RoundSettings, now: string, makeId: IdMaker, runoff?: { parent: VotingRound; stickyIds: StickyId[] }): VotingRound {
  if (settings.laneKeys.length === 0 && !runoff) throw new Refusal('errors.roundNeedsLanes');
  if (settings.perItemCap < 1 || settings.budget < 1) throw new Refusal('errors.roundBudgetInvalid');
  return {
    id: makeId('round'),
    workshopId,
    laneKeys: runoff ? runoff.parent.laneKeys : settings.laneKeys,
    voters: settings.voters,
    voterKind: settings.voterKind,
    mode: settings.mode,
    budget: settings.budget,
    perItemCap: Math.min(settings.perItemCap, settings.budget),
    stickyIds: runoff ? runoff.stickyIds : null,
    parentRoundId: runoff ? runoff.parent.id : null,
    status: 'open',
    openedAt: now,
    closedAt: null,
  };
}

/**
 * The one rule of secret ballots: while a round is open its votes are in no view at all; once
 * closed they are everyone's, as totals.
 */
export function visibleVotes(votes: readonly Vote[], rounds: readonly VotingRound[]): Vote[] {
  const closed = new Set<string>(rounds.filter((r) => r.status === 'closed').map((r) => r.id));
  return votes.filter((v) => closed.has(v.roundId));
}
