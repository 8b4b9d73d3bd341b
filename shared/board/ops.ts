import type { Cluster, Lens, RequirementType, Sticky } from '../model/board';
import type { ClusterId, GroupId, StickyId, WorkshopId } from '../model/common';
import { laneKeyOf, moveNeedsConfirmation, type Lane } from '../model/lanes';
import { ordersBetween } from '../lib/order';
import { Refusal } from '../lib/refusal';
import type { IdMaker } from '../templates/build';
import { emptyChange, type BoardChange, type BoardState } from './change';
import { clusterMembers, laneItems } from './lane-items';

/** Where a sticky goes: a lane, optionally a cluster in it, and the item it goes before (or the end). */
export interface Target {
  lane: Lane;
  clusterId: ClusterId | null;
  beforeId: string | null;
}

export interface PostOptions {
  /** Required in the parking lot, whose lane has no author group. */
  authorGroupId?: GroupId;
  requirementType?: RequirementType | null;
  lens?: Lens | null;
  authorName?: string | null;
}

/** The lines of a paste, each a sticky: blank lines dropped, surrounding spaces trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function findSticky(state: BoardState, id: string): Sticky {
  const sticky = state.stickies.find((s) => s.id === id);
  if (!sticky) throw new Refusal('errors.stickyGone');
  return sticky;
}

function findCluster(state: BoardState, id: string): Cluster {
  const cluster = state.clusters.find((c) => c.id === id);
  if (!cluster) throw new Refusal('errors.clusterGone');
  return cluster;
}

/**
 * Order keys for `count` items placed just before `beforeId` in `list` (or at its end). If two
 * neighbours share a key (two windows inserted at once), the list is re-keyed first.
 */
function slot(list: readonly { id: string; order: string }[], beforeId: string | null, count: number) {
  const found = beforeId === null ? -1 : list.findIndex((i) => i.id === beforeId);
  const at = found === -1 ? list.length : found;
  const prev = list[at - 1]?.order ?? null;
  const next = list[at]?.order ?? null;
  if (prev === null || next === null || prev < next) return { orders: ordersBetween(prev, next, count), rekeyed: [] as { id: string; order: string }[] };
  const fresh = ordersBetween(null, null, list.length + count);
  const rekeyed = list.map((item, i) => ({ id: item.id, order: fresh[i < at ? i : i + count]! }));
  return { orders: fresh.slice(at, at + count), rekeyed };
}

function applyRekey(state: BoardState, change: BoardChange, rekeyed: readonly { id: string; order: string }[], now: string) {
  for (const { id, order } of rekeyed) {
    const sticky = state.stickies.find((s) => s.id === id);
    if (sticky) change.stickies.put.push({ ...sticky, order, updatedAt: now });
    const cluster = state.clusters.find((c) => c.id === id);
    if (cluster) change.clusters.put.push({ ...cluster, order });
  }
}

export function postStickies(
  state: BoardState,
  workshopId: WorkshopId,
  lane: Lane,
  texts: readonly string[],
  options: PostOptions,
  now: string,
  makeId: IdMaker,
): BoardChange {
  const author = lane.authorGroupId ?? options.authorGroupId;
  if (!author) throw new Refusal('errors.parkingNeedsAuthor');
  const change = emptyChange();
  const { orders, rekeyed } = slot(laneItems(state, lane.key), null, texts.length);
  applyRekey(state, change, rekeyed, now);
  texts.forEach((text, i) => {
    change.stickies.put.push({
      id: makeId('sticky'),
      workshopId,
      kind: lane.kind,
      authorGroupId: author,
      subjectGroupId: lane.subjectGroupId,
      order: orders[i]!,
      text,
      authorName: options.authorName ?? null,
      clusterId: null,
      requirementType: lane.kind === 'requirement' ? (options.requirementType ?? null) : null,
      lens: lane.kind === 'requirement' ? (options.lens ?? null) : null,
      parkingOwner: null,
      followUpDate: null,
      questions: '',
      createdAt: now,
      updatedAt: now,
    });
  });
  return change;
}

export type StickyPatch = Partial<Pick<Sticky, 'text' | 'requirementType' | 'lens' | 'questions'>>;

export function editSticky(state: BoardState, id: StickyId, patch: StickyPatch, now: string): BoardChange {
  const sticky = findSticky(state, id);
  if (sticky.kind !== 'requirement' && ((patch.requirementType ?? null) !== null || (patch.lens ?? null) !== null)) {
    throw new Refusal('errors.onlyRequirementsTyped');
  }
  const change = emptyChange();
  const next = { ...sticky, ...patch };
  const same = next.text === sticky.text && next.requirementType === sticky.requirementType && next.lens === sticky.lens && next.questions === sticky.questions;
  if (!same) change.stickies.put.push({ ...next, updatedAt: now });
  return change;
}

/** Deleting a sticky an agreement or an action links needs the facilitator's say: unlink, or keep it. */
export class StickyIsLinked extends Refusal {
  constructor(
    readonly agreements: number,
    readonly actions: number,
  ) {
    super('errors.stickyIsLinked', { agreements, actions });
  }
}

/**
 * Removes stickies, with their reactions and votes, and any cluster they leave empty. Agreements
 * and actions that link them are refused unless `unlink`: then they stay, without the link.
 */
export function removeStickies(state: BoardState, ids: readonly StickyId[], options: { unlink: boolean } = { unlink: false }): BoardChange {
  const gone = new Set<string>(ids.map((id) => findSticky(state, id).id));
  const agreements = state.agreements.filter((a) => a.stickyIds.some((id) => gone.has(id)));
  const actions = state.actions.filter((a) => a.source?.kind === 'sticky' && gone.has(a.source.id));
  if ((agreements.length || actions.length) && !options.unlink) throw new StickyIsLinked(agreements.length, actions.length);
  const change = emptyChange();
  for (const a of agreements) change.agreements.put.push({ ...a, stickyIds: a.stickyIds.filter((id) => !gone.has(id)) });
  for (const a of actions) change.actions.put.push({ ...a, source: null });
  change.stickies.remove.push(...gone);
  change.reactions.remove.push(...state.reactions.filter((r) => gone.has(r.stickyId)).map((r) => r.id));
  change.votes.remove.push(...state.votes.filter((v) => gone.has(v.stickyId)).map((v) => v.id));
  for (const cluster of state.clusters) {
    const members = clusterMembers(state, cluster.id);
    if (members.length > 0 && members.every((m) => gone.has(m.id))) change.clusters.remove.push(cluster.id);
  }
  return change;
}

export class MoveNeedsConfirmation extends Refusal {
  constructor(readonly newAuthorGroupId: GroupId) {
    super('errors.moveNeedsConfirmation');
  }
}

/** The sticky as it would be in `lane`: the parking lot keeps its author, any other lane makes it the lane's. */
function inLane(sticky: Sticky, lane: Lane): Sticky {
  return {
    ...sticky,
    kind: lane.kind,
    authorGroupId: lane.authorGroupId ?? sticky.authorGroupId,
    subjectGroupId: lane.subjectGroupId,
  };
}

export function moveSticky(state: BoardState, id: StickyId, target: Target, now: string, options: { confirmed: boolean }): BoardChange {
  const sticky = findSticky(state, id);
  if (!options.confirmed && moveNeedsConfirmation(sticky, target.lane)) throw new MoveNeedsConfirmation(target.lane.authorGroupId!);
  if (target.clusterId !== null && laneKeyOf(findCluster(state, target.clusterId)) !== target.lane.key) {
    throw new Refusal('errors.clusterOtherLane');
  }
  if (target.beforeId === sticky.id) return emptyChange();
  const change = emptyChange();
  const whole = target.clusterId ? clusterMembers(state, target.clusterId) : laneItems(state, target.lane.key);
  const list = whole.filter((i) => i.id !== sticky.id);
  // Dropped back where it already stands: nothing to write, nothing to undo.
  const current = whole.findIndex((i) => i.id === sticky.id);
  const wanted = target.beforeId === null ? list.length : list.findIndex((i) => i.id === target.beforeId);
  if (current !== -1 && current === (wanted === -1 ? list.length : wanted)) return emptyChange();
  const { orders, rekeyed } = slot(list, target.beforeId, 1);
  applyRekey(state, change, rekeyed, now);
  change.stickies.put.push({ ...inLane(sticky, target.lane), clusterId: target.clusterId, order: orders[0]!, updatedAt: now });
  dropEmptiedCluster(state, change, sticky);
  return change;
}

/** A cluster whose last member left is removed: clusters are never empty. */
function dropEmptiedCluster(state: BoardState, change: BoardChange, left: Sticky) {
  if (left.clusterId === null) return;
  const movedIds = new Set(change.stickies.put.filter((s) => s.clusterId !== left.clusterId).map((s) => s.id));
  const remaining = clusterMembers(state, left.clusterId).filter((m) => !movedIds.has(m.id));
  if (remaining.length === 0) {
    change.clusters.remove.push(left.clusterId);
    // A re-keying of the lane may have written it; removal wins.
    change.clusters.put = change.clusters.put.filter((c) => c.id !== left.clusterId);
  }
}

/**
 * Dropping one sticky onto another: they form a new cluster where the target stood, or the
 * dragged sticky joins the target's cluster.
 */
export function clusterStickies(
  state: BoardState,
  draggedId: StickyId,
  targetId: StickyId,
  lane: Lane,
  now: string,
  makeId: IdMaker,
  options: { confirmed: boolean },
): { change: BoardChange; clusterId: ClusterId | null } {
  const dragged = findSticky(state, draggedId);
  const target = findSticky(state, targetId);
  if (dragged.id === target.id) return { change: emptyChange(), clusterId: null };
  if (laneKeyOf(target) !== lane.key) throw new Refusal('errors.stickyOtherLane');
  if (target.clusterId !== null) {
    return { change: moveSticky(state, draggedId, { lane, clusterId: target.clusterId, beforeId: null }, now, options), clusterId: target.clusterId };
  }
  if (!options.confirmed && moveNeedsConfirmation(dragged, lane)) throw new MoveNeedsConfirmation(lane.authorGroupId!);
  const cluster: Cluster = {
    id: makeId('cluster'),
    workshopId: target.workshopId,
    kind: lane.kind,
    authorGroupId: lane.authorGroupId,
    subjectGroupId: lane.subjectGroupId,
    title: '',
    collapsed: false,
    order: target.order,
    createdAt: now,
  };
  const [first, second] = ordersBetween(null, null, 2) as [string, string];
  const change = emptyChange();
  change.clusters.put.push(cluster);
  change.stickies.put.push({ ...target, clusterId: cluster.id, order: first, updatedAt: now });
  change.stickies.put.push({ ...inLane(dragged, lane), clusterId: cluster.id, order: second, updatedAt: now });
  dropEmptiedCluster(state, change, dragged);
  return { change, clusterId: cluster.id };
}

export function updateCluster(state: BoardState, id: ClusterId, patch: Partial<Pick<Cluster, 'title' | 'collapsed'>>): BoardChange {
  const cluster = findCluster(state, id);
  const change = emptyChange();
  const next = { ...cluster, ...patch };
  if (next.title !== cluster.title || next.collapsed !== cluster.collapsed) change.clusters.put.push(next);
  return change;
}

/** Ungrouping puts the cluster's stickies back in the lane, in their order, where the cluster stood. */
export function ungroupCluster(state: BoardState, id: ClusterId, now: string): BoardChange {
  const cluster = findCluster(state, id);
  const members = clusterMembers(state, id);
  const items = laneItems(state, laneKeyOf(cluster));
  const after = items[items.findIndex((i) => i.id === id) + 1]?.id ?? null;
  const { orders, rekeyed } = slot(
    items.filter((i) => i.id !== id),
    after,
    members.length,
  );
  const change = emptyChange();
  change.clusters.remove.push(id);
  applyRekey(state, change, rekeyed, now);
  members.forEach((m, i) => change.stickies.put.push({ ...m, clusterId: null, order: orders[i]!, updatedAt: now }));
  return change;
}
