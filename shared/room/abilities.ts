import type { Sticky } from '../model/board';
import type { GroupId } from '../model/common';
import type { Phase, PhaseKind, Voter, VotingRound } from '../model/facilitation';
import type { WorkshopBundle } from '../model/bundle';
import { deriveLanes, type Lane } from '../model/lanes';
import { itemsByLane } from '../board/lane-items';
import { currentPhase } from '../facilitation/agenda';
import { listeningGroups } from '../facilitation/presentation';
import { canSeeWritingOf, visibleBoard } from '../facilitation/visibility';
import { mayVoteOn, roundItems } from '../facilitation/voting';

/**
 * What a group's phones may do now, decided from the workshop alone (never from the phone):
 * which lanes they may post to, which item they may react to, which round they may vote in.
 */

type RoomBundle = Pick<WorkshopBundle, 'workshop' | 'groups' | 'participants' | 'phases' | 'stickies' | 'clusters' | 'rounds'>;

/** The lanes of a group's own writing each phase opens; the parking lot is open in all but the close. */
const WRITING: Partial<Record<PhaseKind, readonly Lane['kind'][]>> = {
  outmodel: ['outmodel', 'inmodel'],
  requirements: ['requirement'],
};

export function runningPhase(bundle: Pick<WorkshopBundle, 'workshop' | 'phases'>): Phase | null {
  return currentPhase({ facilitation: bundle.workshop.facilitation, phases: bundle.phases }) ?? null;
}

/** The lanes a group's phones may post to now, in board order: nothing before the workshop starts. */
export function openLanes(bundle: Pick<WorkshopBundle, 'workshop' | 'groups' | 'phases'>, groupId: GroupId): Lane[] {
  const phase = runningPhase(bundle);
  if (!phase || !bundle.groups.some((g) => g.id === groupId)) return [];
  const kinds = WRITING[phase.kind] ?? [];
  return deriveLanes(bundle.groups, bundle.workshop.settings).filter((lane) =>
    lane.kind === 'parking' ? phase.kind !== 'close' : lane.authorGroupId === groupId && kinds.includes(lane.kind),
  );
}

/** Everything a group may read of the board, in board order: its own writing, revealed writing, the parking lot. */
export function visibleStickies(bundle: Pick<WorkshopBundle, 'workshop' | 'groups' | 'stickies' | 'clusters'>, groupId: GroupId): Sticky[] {
  const visible = visibleBoard(bundle.stickies, bundle.clusters, { kind: 'group', groupId }, bundle.workshop.facilitation.revealedGroupIds);
  const byLane = itemsByLane(visible);
  const ordered = deriveLanes(bundle.groups, bundle.workshop.settings).flatMap((lane) =>
    (byLane.get(lane.key) ?? []).flatMap((item) => (item.type === 'sticky' ? [item.sticky] : item.members)),
  );
  // A sticky no lane listed (a cluster it points to is gone) is still the group's to read: last, by order.
  const listed = new Set<string>(ordered.map((s) => s.id));
  const rest = visible.stickies.filter((s) => !listed.has(s.id)).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
  return [...ordered, ...rest];
}

/** The group the spotlighted item belongs to, when a presentation or the reactions are running. */
export function spotlightOnStage(bundle: Pick<WorkshopBundle, 'workshop' | 'phases' | 'stickies'>): { sticky: Sticky; presentingGroupId: GroupId } | null {
  const phase = runningPhase(bundle);
  if (!phase || (phase.kind !== 'presentation' && phase.kind !== 'reactions')) return null;
  const { presentingGroupId, spotlightStickyId } = bundle.workshop.facilitation;
  if (!presentingGroupId || !spotlightStickyId) return null;
  const sticky = bundle.stickies.find((s) => s.id === spotlightStickyId);
  // Only the presenting group's own items are presented (as `presentationItems` lists them).
  if (!sticky || sticky.kind === 'parking' || sticky.authorGroupId !== presentingGroupId) return null;
  return { sticky, presentingGroupId };
}

/**
 * The item a group's phones may react to: the one in the spotlight, while a presentation or the
 * reactions run, when this group listens to the presenting group and may read the item.
 */
export function spotlightFor(bundle: Pick<WorkshopBundle, 'workshop' | 'groups' | 'phases' | 'stickies'>, groupId: GroupId): Sticky | null {
  const stage = spotlightOnStage(bundle);
  if (!stage) return null;
  if (!listeningGroups(bundle.groups, stage.presentingGroupId).some((g) => g.id === groupId)) return null;
  return canSeeWritingOf(stage.sticky.authorGroupId, { kind: 'group', groupId }, new Set(bundle.workshop.facilitation.revealedGroupIds)) ? stage.sticky : null;
}

export interface OpenRound {
  round: VotingRound;
  /** What this group's voters may put dots on, in board order. */
  items: Sticky[];
}

/** Latest opened first; the id settles a tie, so every window picks the same round. */
const newestFirst = (a: VotingRound, b: VotingRound) => (a.openedAt > b.openedAt ? -1 : a.openedAt < b.openedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The round of dots a group's phones may vote in: the newest open one that gives this group
 * something to vote on, with those items (what the group may read, and may dot in this round).
 */
export function openRoundFor(bundle: RoomBundle, groupId: GroupId): OpenRound | null {
  if (!bundle.groups.some((g) => g.id === groupId)) return null;
  const open = bundle.rounds.filter((r) => r.status === 'open' && r.mode === 'dots').sort(newestFirst);
  if (open.length === 0) return null;
  const readable = visibleStickies(bundle, groupId);
  // Any voter of the group stands for all of them: `mayVoteOn` asks only which group a voter speaks for.
  const voter: Voter = { kind: 'group', id: groupId };
  for (const round of open) {
    const items = roundItems(round, readable).filter((s) => mayVoteOn(round, voter, s, bundle.participants));
    if (items.length > 0) return { round, items };
  }
  return null;
}
