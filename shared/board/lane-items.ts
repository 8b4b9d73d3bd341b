import type { Cluster, Sticky } from '../model/board';
import { laneKeyOf } from '../model/lanes';
import type { BoardState } from './change';

export type LaneItem = { type: 'sticky'; id: string; order: string; sticky: Sticky } | { type: 'cluster'; id: string; order: string; cluster: Cluster; members: Sticky[] };

const byOrderThenId = (a: { order: string; id: string }, b: { order: string; id: string }) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The members of a cluster, in order. */
export function clusterMembers(state: Pick<BoardState, 'stickies'>, clusterId: string): Sticky[] {
  return state.stickies.filter((s) => s.clusterId === clusterId).sort(byOrderThenId);
}

/** What a lane shows, in order: its loose stickies and its clusters share one order. */
export function laneItems(state: Pick<BoardState, 'stickies' | 'clusters'>, key: string): LaneItem[] {
  const items: LaneItem[] = [];
  for (const s of state.stickies) {
    if (s.clusterId === null && laneKeyOf(s) === key) items.push({ type: 'sticky', id: s.id, order: s.order, sticky: s });
  }
  for (const c of state.clusters) {
    if (laneKeyOf(c) === key) items.push({ type: 'cluster', id: c.id, order: c.order, cluster: c, members: clusterMembers(state, c.id) });
  }
  return items.sort(byOrderThenId);
}

/** Every lane's items at once, for a board render. */
export function itemsByLane(state: Pick<BoardState, 'stickies' | 'clusters'>): Map<string, LaneItem[]> {
  const members = new Map<string, Sticky[]>();
  const lanes = new Map<string, LaneItem[]>();
  const push = (key: string, item: LaneItem) => {
    const list = lanes.get(key);
    if (list) list.push(item);
    else lanes.set(key, [item]);
  };
  for (const s of state.stickies) {
    if (s.clusterId !== null) {
      const list = members.get(s.clusterId);
      if (list) list.push(s);
      else members.set(s.clusterId, [s]);
    } else push(laneKeyOf(s), { type: 'sticky', id: s.id, order: s.order, sticky: s });
  }
  for (const c of state.clusters) {
    push(laneKeyOf(c), { type: 'cluster', id: c.id, order: c.order, cluster: c, members: (members.get(c.id) ?? []).sort(byOrderThenId) });
  }
  for (const list of lanes.values()) list.sort(byOrderThenId);
  return lanes;
}

const sameItem = (a: LaneItem, b: LaneItem): boolean =>
  a.type === 'sticky'
    ? b.type === 'sticky' && a.sticky === b.sticky
    : b.type === 'cluster' && a.cluster === b.cluster && a.members.length === b.members.length && a.members.every((m, i) => m === b.members[i]);

/**
 * Every lane whose items are the same records as before keeps its earlier list (and each item
 * its earlier object), so a post redraws only the lane it went to. The records themselves must
 * already be shared between reads (`shareValue`): items are compared by identity.
 */
export function shareLaneItems(before: ReadonlyMap<string, LaneItem[]> | undefined, next: Map<string, LaneItem[]>): Map<string, LaneItem[]> {
  if (!before) return next;
  for (const [key, items] of next) {
    const old = before.get(key);
    if (!old) continue;
    const kept = items.map((item, i) => (old[i] && sameItem(old[i], item) ? old[i] : item));
    next.set(key, kept.length === old.length && kept.every((item, i) => item === old[i]) ? old : kept);
  }
  return next;
}
