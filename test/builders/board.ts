import { laneItems, type BoardState } from '../../shared/board';
import type { Id, IdPrefix } from '../../shared/lib/ids';
import type { Group, GroupId, Lane, LaneKind, Reaction, Sticky, Verdict, Vote, VotingRound, WorkshopBundle } from '../../shared/model';
import { deriveLanes } from '../../shared/model';
import type { IdMaker } from '../../shared/templates';

/** Fixed times for board tests: `minute(3)` is three minutes after the start. */
export const BOARD_T0 = '2026-03-12T09:00:00.000Z';
export function minute(n: number): string {
  return new Date(Date.parse(BOARD_T0) + n * 60_000).toISOString();
}

/** Predictable ids (`sticky:t-1`, `cluster:t-2`, …), so a failing run reads the same twice. */
export function idCounter(tag = 't'): IdMaker {
  let n = 0;
  return <P extends IdPrefix>(prefix: P) => `${prefix}:${tag}-${++n}` as Id<P>;
}

/** The part of a bundle the board edits. */
export function boardOf(bundle: Pick<WorkshopBundle, 'stickies' | 'clusters' | 'reactions' | 'votes'> & Partial<Pick<WorkshopBundle, 'agreements' | 'decisions' | 'actions' | 'pulses'>>): BoardState {
  return {
    stickies: bundle.stickies,
    clusters: bundle.clusters,
    reactions: bundle.reactions,
    votes: bundle.votes,
    agreements: bundle.agreements ?? [],
    decisions: bundle.decisions ?? [],
    actions: bundle.actions ?? [],
    pulses: bundle.pulses ?? [],
  };
}

/** The bundle with its board replaced by `state`. */
export function withBoard(bundle: WorkshopBundle, state: BoardState): WorkshopBundle {
  return {
    ...bundle,
    stickies: [...state.stickies],
    clusters: [...state.clusters],
    reactions: [...state.reactions],
    votes: [...state.votes],
    agreements: [...state.agreements],
    decisions: [...state.decisions],
    actions: [...state.actions],
    pulses: [...state.pulses],
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Records sorted by id: two states compare equal whatever order their tables were written in. */
export function sortById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort(byId);
}

export function snapshot(state: BoardState) {
  return {
    stickies: sortById(state.stickies),
    clusters: sortById(state.clusters),
    reactions: sortById(state.reactions),
    votes: sortById(state.votes),
  };
}

/** A group of the bundle, by name. */
export function groupNamed(bundle: Pick<WorkshopBundle, 'groups'>, name: string): Group {
  const group = bundle.groups.find((g) => g.name === name);
  if (!group) throw new Error(`test bundle has no group called ${name}`);
  return group;
}

export function lanesOf(bundle: Pick<WorkshopBundle, 'groups' | 'workshop'>): Lane[] {
  return deriveLanes(bundle.groups, bundle.workshop.settings);
}

/** A lane by kind and group names: `laneOf(b, 'outmodel', 'Dev', 'Ops')`, `laneOf(b, 'parking')`. */
export function laneOf(bundle: Pick<WorkshopBundle, 'groups' | 'workshop'>, kind: LaneKind, author?: string, subject?: string): Lane {
  const authorId: GroupId | null = author === undefined ? null : groupNamed(bundle, author).id;
  const subjectId: GroupId | null = kind === 'inmodel' ? authorId : subject === undefined ? null : groupNamed(bundle, subject).id;
  const lane = lanesOf(bundle).find((l) => l.kind === kind && (kind === 'parking' || (l.authorGroupId === authorId && l.subjectGroupId === subjectId)));
  if (!lane) throw new Error(`test bundle has no ${kind} lane ${author ?? ''}→${subject ?? ''}`);
  return lane;
}

/** A sticky of the state by (the start of) its text. */
export function stickyWithText(state: Pick<BoardState, 'stickies'>, start: string): Sticky {
  const sticky = state.stickies.find((s) => s.text.startsWith(start));
  if (!sticky) throw new Error(`no sticky starts with "${start}"`);
  return sticky;
}

export function votingRound(bundle: Pick<WorkshopBundle, 'workshop'>, id: string, overrides: Partial<VotingRound> = {}): VotingRound {
  return {
    id: id as VotingRound['id'],
    workshopId: bundle.workshop.id,
    laneKeys: [],
    voters: 'own-list',
    budget: 5,
    perItemCap: 3,
    voterKind: 'group',
    mode: 'dots',
    stickyIds: null,
    parentRoundId: null,
    status: 'open',
    openedAt: BOARD_T0,
    closedAt: null,
    ...overrides,
  };
}

export function reaction(sticky: Sticky, groupId: GroupId, id: string, verdict: Verdict = 'accept'): Reaction {
  return { id: id as Reaction['id'], workshopId: sticky.workshopId, stickyId: sticky.id, groupId, verdict, text: '', createdAt: BOARD_T0 };
}

export function vote(sticky: Sticky, round: VotingRound, groupId: GroupId, id: string, count = 1): Vote {
  return { id: id as Vote['id'], workshopId: sticky.workshopId, roundId: round.id, stickyId: sticky.id, voter: { kind: 'group', id: groupId }, count };
}

/** A sticky's short label: its first two words. The sample's labels are all different. */
export function label(sticky: Pick<Sticky, 'text'>): string {
  return sticky.text.split(' ').slice(0, 2).join(' ');
}

/** What a lane shows, as labels: a cluster reads `[first member | second member]`. */
export function laneView(state: Pick<BoardState, 'stickies' | 'clusters'>, laneKey: string): string[] {
  return laneItems(state, laneKey).map((item) => (item.type === 'sticky' ? label(item.sticky) : `[${item.members.map(label).join(' | ')}]`));
}
