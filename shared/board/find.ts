import type { Cluster, Lens, RequirementType, Sticky } from '../model/board';
import { laneKeyOf } from '../model/lanes';
import type { LaneItem } from './lane-items';

/** What the facilitator looks for on the board: words, and filters that all have to hold. */
export interface FindQuery {
  text: string;
  /** The group that wrote the sticky. */
  groupId: string | null;
  laneKey: string | null;
  requirementType: RequirementType | null;
  lens: Lens | null;
  hasReactions: boolean;
  hasVotes: boolean;
}

export const EMPTY_FIND_QUERY: FindQuery = {
  text: '',
  groupId: null,
  laneKey: null,
  requirementType: null,
  lens: null,
  hasReactions: false,
  hasVotes: false,
};

/** Whether the query asks for anything: an empty one matches every sticky and marks none. */
export function isFindActive(query: FindQuery): boolean {
  return (
    query.text.trim() !== '' ||
    query.groupId !== null ||
    query.laneKey !== null ||
    query.requirementType !== null ||
    query.lens !== null ||
    query.hasReactions ||
    query.hasVotes
  );
}

const MARKS = /\p{M}/gu;

/**
 * Text as find compares it: compatibility-decomposed, lower case, without combining marks, so
 * "Café" finds "cafe" and pointed Hebrew (niqqud) finds the same word unpointed. `origin[i]` is
 * where the folded text's i-th code unit came from in the original.
 */
export function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const unit = String.fromCodePoint(cp);
    const part = unit.normalize('NFKD').toLowerCase().replace(MARKS, '');
    for (let k = 0; k < part.length; k++) origin.push(i);
    folded += part;
    i += unit.length;
  }
  return { folded, origin };
}

export function foldForFind(text: string): string {
  return foldWithOrigin(text).folded;
}

/**
 * Where the words occur in the text, as [start, end) ranges of the original string, in order
 * and never overlapping. A range takes in the marks that follow its last letter.
 */
export function findRanges(text: string, words: string): Array<[number, number]> {
  const needle = foldForFind(words.trim());
  if (!needle) return [];
  const { folded, origin } = foldWithOrigin(text);
  const ranges: Array<[number, number]> = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    const start = origin[at]!;
    const after = at + needle.length;
    const end = after < folded.length ? origin[after]! : text.length;
    const last = ranges.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** The text cut into pieces, each marked or not, for showing a match inside a sticky. */
export function splitByRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    if (end > start) parts.push({ text: text.slice(start, end), match: true });
    at = Math.max(at, end);
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** The board as one viewer sees it: only what that view holds is ever searched. */
export interface FindBoard {
  stickies: readonly Sticky[];
  clusters: readonly Pick<Cluster, 'id' | 'title'>[];
  reactions: readonly { stickyId: string }[];
  /** Votes the view may show (closed rounds only). */
  votes: readonly { stickyId: string }[];
}

/** The ids of the stickies that answer the query; an empty query answers with every sticky. */
export function findStickies(board: FindBoard, query: FindQuery): Set<string> {
  const needle = foldForFind(query.text.trim());
  const reacted = query.hasReactions ? new Set(board.reactions.map((r) => r.stickyId)) : null;
  const voted = query.hasVotes ? new Set(board.votes.map((v) => v.stickyId)) : null;
  const titles = new Map(board.clusters.map((c) => [c.id as string, foldForFind(c.title)]));
  const found = new Set<string>();
  for (const s of board.stickies) {
    if (query.groupId !== null && s.authorGroupId !== query.groupId) continue;
    if (query.laneKey !== null && laneKeyOf(s) !== query.laneKey) continue;
    if (query.requirementType !== null && s.requirementType !== query.requirementType) continue;
    if (query.lens !== null && s.lens !== query.lens) continue;
    if (reacted && !reacted.has(s.id)) continue;
    if (voted && !voted.has(s.id)) continue;
    if (needle) {
      const inCluster = s.clusterId !== null && (titles.get(s.clusterId) ?? '').includes(needle);
      if (!inCluster && !foldForFind(s.text).includes(needle) && !foldForFind(s.questions).includes(needle)) continue;
    }
    found.add(s.id);
  }
  return found;
}

/** Every sticky's id in the order the board shows them: lane by lane, a cluster's members in place. */
export function boardOrder(laneKeys: readonly string[], items: ReadonlyMap<string, readonly LaneItem[]>): string[] {
  return laneKeys.flatMap((key) => (items.get(key) ?? []).flatMap((item) => (item.type === 'sticky' ? [item.id] : item.members.map((m) => m.id))));
}

/**
 * The match after (or before) `from` in board order, going round at the end; the first (or
 * last) match when there is no `from`. `from` need not be a match itself.
 */
export function stepMatch(order: readonly string[], matches: ReadonlySet<string>, from: string | null, direction: 1 | -1): string | null {
  const positions = order.flatMap((id, i) => (matches.has(id) ? [i] : []));
  if (positions.length === 0) return null;
  const at = from === null ? -1 : order.indexOf(from);
  if (at === -1) return order[direction === 1 ? positions[0]! : positions.at(-1)!]!;
  if (direction === 1) return order[positions.find((p) => p > at) ?? positions[0]!]!;
  return order[positions.findLast((p) => p < at) ?? positions.at(-1)!]!;
}
