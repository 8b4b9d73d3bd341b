import { itemsByLane } from '../board';
import { visibleBoard, visiblePlacements, type VisibleBoard } from '../facilitation';
import { directionOf } from '../i18n';
import { byOrder } from '../lib/order';
import { deriveLanes, laneKeyOf, type Cluster, type Group, type Lane, type Owner, type Participant, type Placement, type Reaction, type Sticky, type WorkshopBundle } from '../model';
import type { Confidentiality, GroupRef } from './document';
import { LANE_TITLE_KEYS, TOTAL_KEYS } from './labels';
import { minutesLocale } from './locale';
import { person, phrase, translateIn, type Phrase, type Translate } from './phrase';
import { closedTotals, type ItemVotes } from './votes';

/**
 * What every part of the minutes reads, worked out once: the room's view of the board (private
 * writing left out), the board's reading order, and closed rounds' totals.
 */
export interface MinutesContext {
  bundle: WorkshopBundle;
  t: Translate;
  /** The locale for Intl, which falls back to English for a tag it does not know. */
  locale: string;
  dir: 'ltr' | 'rtl';
  groups: Group[];
  participants: Participant[];
  lanes: Lane[];
  board: VisibleBoard;
  /** What the room may see, lane by lane, clusters in place. */
  ordered: Sticky[];
  position: Map<string, number>;
  stickyById: Map<string, Sticky>;
  /** The room's stickies per lane key and per cluster, each in reading order. */
  stickiesByLane: Map<string, Sticky[]>;
  stickiesByCluster: Map<string, Sticky[]>;
  clusterById: Map<string, Cluster>;
  groupsById: Map<string, Group>;
  participantsById: Map<string, Participant>;
  placements: Placement[];
  /** Each sticky's reactions, in the order of the groups that gave them. */
  reactions: Map<string, Reaction[]>;
  votes: Map<string, ItemVotes>;
  /** Whether a remark may carry its author's name. */
  names: boolean;
  /** Made once per language (minutesLocale): Intl's formatters are slow to make, quick to use. */
  dateFormat: Intl.DateTimeFormat;
  listFormat: Intl.ListFormat;
  decimalFormat: Intl.NumberFormat;
}

export function minutesContext(bundle: WorkshopBundle, confidentiality: Confidentiality): MinutesContext {
  const { workshop } = bundle;
  const groups = byOrder(bundle.groups);
  // An Inmodel written before the setting was turned off still belongs in the minutes.
  const includeInmodel = workshop.settings.includeInmodel || bundle.stickies.some((s) => s.kind === 'inmodel');
  const lanes = deriveLanes(groups, { includeInmodel });
  const revealed = workshop.facilitation.revealedGroupIds;
  const board = visibleBoard(bundle.stickies, bundle.clusters, { kind: 'room' }, revealed);
  const byLane = itemsByLane(board);
  const laid = lanes.flatMap((lane) => (byLane.get(lane.key) ?? []).flatMap((item) => (item.type === 'sticky' ? [item.sticky] : item.members)));
  const placed = new Set<string>(laid.map((s) => s.id));
  const groupAt = new Map(groups.map((g, i) => [g.id as string, i]));
  const reactions = listsBy(bundle.reactions.filter((r) => groupAt.has(r.groupId)), (r) => r.stickyId);
  for (const list of reactions.values()) list.sort((a, b) => groupAt.get(a.groupId)! - groupAt.get(b.groupId)!);
  // A sticky whose cluster the room cannot see still counts, after the rest.
  const ordered = [...laid, ...board.stickies.filter((s) => !placed.has(s.id))];
  const participants = byOrder(bundle.participants);
  const { locale, dateFormat, listFormat, decimalFormat } = minutesLocale(workshop.language);
  return {
    bundle,
    t: translateIn(workshop.language),
    locale,
    dir: directionOf(workshop.language),
    groups,
    participants,
    lanes,
    board,
    ordered,
    position: new Map(ordered.map((s, i) => [s.id as string, i])),
    stickyById: new Map(ordered.map((s) => [s.id as string, s])),
    stickiesByLane: listsBy(ordered, laneKeyOf),
    stickiesByCluster: listsBy(ordered, (s) => s.clusterId),
    clusterById: new Map(board.clusters.map((c) => [c.id as string, c])),
    groupsById: firstById(groups),
    participantsById: firstById(participants),
    placements: visiblePlacements(bundle.placements, { kind: 'room' }, revealed),
    reactions,
    votes: closedTotals(bundle.rounds, bundle.votes, board.stickies),
    names: confidentiality === 'full' && !workshop.settings.anonymous,
    dateFormat,
    listFormat,
    decimalFormat,
  };
}

/** The items in lists by a key they carry (none for a null key), each list in the items' order. */
function listsBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const lists = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = lists.get(key);
    if (list) list.push(item);
    else lists.set(key, [item]);
  }
  return lists;
}

/** Each item by its id; should an id come twice, the first item, as a search of the list would find. */
function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

export function groupRef(group: Group): GroupRef {
  return { id: group.id, name: group.name, colour: group.colour, mark: group.mark };
}

export function groupById(ctx: MinutesContext, id: string | null): Group | undefined {
  return id === null ? undefined : ctx.groupsById.get(id);
}

/** A group's name as a person's words, or "?" for a group that is gone. */
export function groupName(ctx: MinutesContext, id: string | null) {
  return person(groupById(ctx, id)?.name ?? '?');
}

/** A workshop date (YYYY-MM-DD, no time zone) in the workshop's language, never shifted by a zone. */
export function formatDate(ctx: MinutesContext, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return ctx.dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** A lane's name: "Dev about Ops", "Dev requires of Ops", "Parking lot". */
export function laneHeading(ctx: MinutesContext, lane: Pick<Lane, 'kind' | 'authorGroupId' | 'subjectGroupId'>): Phrase {
  return phrase(ctx.t, LANE_TITLE_KEYS[lane.kind], { author: groupName(ctx, lane.authorGroupId), subject: groupName(ctx, lane.subjectGroupId) });
}

/** An item's votes as the room saw them: "3 dots", with a second round's "2 dots" after it. */
export function votesPhrase(ctx: MinutesContext, stickyId: string): Phrase | null {
  const standing = ctx.votes.get(stickyId);
  if (!standing) return null;
  const first = phrase(ctx.t, TOTAL_KEYS[standing.first.mode], { count: standing.first.total });
  if (!standing.runoff) return first;
  const runoff = phrase(ctx.t, TOTAL_KEYS[standing.runoff.mode], { count: standing.runoff.total });
  return phrase(ctx.t, 'minutes.votesWithRunoff', { first, second: runoff });
}

/** Who owns an action or a parking-lot item: "Dana (Dev)", or "Dev (the whole group)". */
export function ownerPhrase(ctx: MinutesContext, owner: Owner | null): Phrase {
  if (!owner) return phrase(ctx.t, 'close.noOwner');
  if (owner.kind === 'group') return phrase(ctx.t, 'outcomes.wholeGroup', { group: groupName(ctx, owner.id) });
  const p = ctx.participantsById.get(owner.id);
  if (!p) return phrase(ctx.t, 'close.noOwner');
  return phrase(ctx.t, 'minutes.personOfGroup', { name: person(p.name), group: groupName(ctx, p.groupId) });
}
