import type { Sticky } from '../model/board';
import type { WorkshopBundle } from '../model/bundle';
import type { Lane } from '../model/lanes';
import { laneKeyOf } from '../model/lanes';
import type { Group } from '../model/workshop';
import { byOrder } from '../lib/order';
import { voterGroup, voterKey } from '../facilitation/voting';
import type { PhoneView, RoomViews } from './protocol';
import { openLanes, openRoundFor, runningPhase, spotlightFor, visibleStickies } from './abilities';

/**
 * What the facilitator's window publishes for the room's phones: per group, exactly what that
 * group may read and do now, and per voter, that voter's own dots in its open round. Built from
 * the same rules as the projector (`visibleBoard`), never from anything a phone said.
 */

export interface RoomViewOptions {
  /** Whether a phone gives its name at join. */
  askNames: boolean;
  /** A lane's title in the workshop's language (the caller translates). */
  laneTitle: (lane: Lane) => string;
}

type PhoneItem = PhoneView['lanes'][number]['items'][number];

function groupCard(g: Group): RoomViews['groups'][number] {
  return { id: g.id, name: g.name, colour: g.colour, mark: g.mark };
}

function phoneView(bundle: WorkshopBundle, group: Group, options: RoomViewOptions): PhoneView {
  const { workshop } = bundle;
  // An anonymous workshop shows no author names anywhere.
  const item = (s: Sticky): PhoneItem => ({ id: s.id, text: s.text, authorName: workshop.settings.anonymous ? null : s.authorName });
  const readable = visibleStickies(bundle, group.id);
  const phase = runningPhase(bundle);
  const lanes = openLanes(bundle, group.id).map((lane) => ({
    key: lane.key,
    kind: lane.kind,
    title: options.laneTitle(lane),
    items: readable.filter((s) => laneKeyOf(s) === lane.key).map(item),
  }));
  const spotlit = spotlightFor(bundle, group.id);
  const reaction = spotlit ? bundle.reactions.find((r) => r.stickyId === spotlit.id && r.groupId === group.id) : undefined;
  const open = openRoundFor(bundle, group.id);
  return {
    workshopTitle: workshop.title,
    language: workshop.language,
    group: groupCard(group),
    phase: phase ? { kind: phase.kind, title: phase.title, instructions: phase.instructions } : null,
    lanes,
    spotlight: spotlit
      ? {
          stickyId: spotlit.id,
          text: spotlit.text,
          byGroup: bundle.groups.find((g) => g.id === spotlit.authorGroupId)?.name ?? '',
          verdict: reaction?.verdict ?? null,
          reactionText: reaction?.text ?? '',
        }
      : null,
    round: open
      ? {
          id: open.round.id,
          budget: open.round.budget,
          perItemCap: open.round.perItemCap,
          perPerson: open.round.voterKind === 'participant',
          items: open.items.map(item),
        }
      : null,
  };
}

const sortedRecord = <T>(entries: Iterable<[string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Each voter's dots in its group's open round, by sticky: what that voter's own phone may show,
 * so it can tell which dots it may take back and how many it has left. The server hands each
 * phone only its own entry. All of the voter's dots in the round count, so its budget adds up.
 */
function ballots(bundle: WorkshopBundle, groups: readonly Group[]): RoomViews['ballots'] {
  const perVoter = new Map<string, Map<string, number>>();
  for (const group of groups) {
    const open = openRoundFor(bundle, group.id);
    if (!open) continue;
    for (const v of bundle.votes) {
      if (v.roundId !== open.round.id || v.voter.kind === 'tally') continue;
      if (voterGroup(v.voter, bundle.participants) !== group.id) continue;
      const key = voterKey(v.voter);
      const dots = perVoter.get(key) ?? new Map<string, number>();
      dots.set(v.stickyId, (dots.get(v.stickyId) ?? 0) + v.count);
      perVoter.set(key, dots);
    }
  }
  return sortedRecord([...perVoter].map(([key, dots]) => [key, sortedRecord(dots)]));
}

/** What every group's phones may see now; deterministic, so two equal workshops publish equal views. */
export function roomViews(bundle: WorkshopBundle, options: RoomViewOptions): RoomViews {
  const groups = byOrder(bundle.groups);
  return {
    groups: groups.map(groupCard),
    askNames: options.askNames,
    views: Object.fromEntries(groups.map((g) => [g.id, phoneView(bundle, g, options)])),
    ballots: ballots(bundle, groups),
  };
}
