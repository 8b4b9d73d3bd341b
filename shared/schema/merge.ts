import type { WorkshopBundle } from '../model/bundle';
import type { Cluster, LaneKind, Sticky } from '../model/board';
import type { GroupId, Owner, WorkshopId } from '../model/common';
import type { Placement } from '../model/facilitation';
import { deriveLanes, laneKey, laneKeyOf } from '../model/lanes';
import { laneItems } from '../board/lane-items';
import { orderBetween, ordersBetween } from '../lib/order';
import { Refusal } from '../lib/refusal';
import type { IdMaker } from '../templates/build';
import { message, type Message } from '../i18n';

/** Group names match whatever their case and spacing: " Dev  Ops" is "dev ops". */
export function sameName(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

function normalName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Two stickies say the same when their text is the same once trimmed. */
const textKey = (text: string) => text.normalize('NFC').trim();

/** Stickies of the merged group that have no place in this workshop, lane by lane of the source. */
export interface UnmatchedLane {
  kind: LaneKind;
  /** The group the lane is about, as the source names it; null for the parking lot. */
  subjectName: string | null;
  /** No group of that name here, or the lane is not on this board (Inmodels switched off). */
  reason: 'no-such-group' | 'no-such-lane';
  /** As they are in the source. */
  stickies: Sticky[];
}

/** The preview of a merge, and what `applyMerge` writes. */
export interface MergePlan {
  targetId: WorkshopId;
  /** What the target looked like when planned; applying refuses if it has changed since. */
  basis: string;
  now: string;
  groupName: string;
  /** Both workshops have a group of that name; when false, nothing can be merged and `problem` says why. */
  groupMatched: boolean;
  problem: Message | null;
  /** New records for the target (under new ids), and the target's markers with the source's position. */
  add: { stickies: Sticky[]; clusters: Cluster[]; placements: Placement[] };
  /** The target's markers as they are now, where `add.placements` moves them. */
  replacedPlacements: Placement[];
  /** The source's stickies that are on the target's board already (same text, same lane): not added. */
  duplicates: Sticky[];
  unmatchedLanes: UnmatchedLane[];
  /** The group's markers about a group this workshop does not have. */
  unmatchedPlacements: Placement[];
  /** Added parking-lot items whose owner is not in this workshop: they arrive without an owner. */
  ownersCleared: Sticky[];
}

/** The groups of a source workshop, and whether this workshop has a group of the same name. */
export function mergeableGroups(target: WorkshopBundle, source: WorkshopBundle): { name: string; matched: boolean; stickies: number }[] {
  return source.groups.map((g) => ({
    name: g.name,
    matched: target.groups.some((t) => sameName(t.name, g.name)),
    stickies: source.stickies.filter((s) => s.authorGroupId === g.id).length,
  }));
}

/** A short fingerprint (FNV-1a) of what a merge plan depends on in the target. */
export function mergeBasis(target: WorkshopBundle): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x1f;
  };
  feed(target.workshop.id);
  feed(String(target.workshop.settings.includeInmodel));
  for (const g of target.groups) feed(`${g.id}\u0000${g.name}`);
  for (const p of target.participants) feed(`${p.id}\u0000${p.groupId}\u0000${p.name}`);
  for (const s of target.stickies) feed(`${s.id}\u0000${laneKeyOf(s)}\u0000${s.order}\u0000${s.clusterId}\u0000${s.text}`);
  for (const c of target.clusters) feed(`${c.id}\u0000${laneKeyOf(c)}\u0000${c.order}\u0000${c.title}`);
  for (const p of target.placements) feed(`${p.id}\u0000${p.groupId}\u0000${p.subjectGroupId}\u0000${p.x}\u0000${p.y}`);
  return hash.toString(16).padStart(8, '0');
}

function emptyPlan(target: WorkshopBundle, groupName: string, now: string): MergePlan {
  return {
    targetId: target.workshop.id,
    basis: mergeBasis(target),
    now,
    groupName,
    groupMatched: false,
    problem: null,
    add: { stickies: [], clusters: [], placements: [] },
    replacedPlacements: [],
    duplicates: [],
    unmatchedLanes: [],
    unmatchedPlacements: [],
    ownersCleared: [],
  };
}

/**
 * What merging the stickies and culture markers that the group `groupName` wrote in `source`
 * (another laptop's copy of the workshop) into `target` would add. Groups are matched by name;
 * a sticky's lane must exist here (its subject group matched by name too); a sticky whose
 * trimmed text is already in that lane is a duplicate and is listed, not added. Added stickies
 * and clusters go after the lane's last item, in the source's order; a cluster joins a cluster
 * of the same title in that lane. The group's marker for a subject replaces this workshop's.
 */
export function planMerge(target: WorkshopBundle, source: WorkshopBundle, groupName: string, now: string, makeId: IdMaker): MergePlan {
  const plan = emptyPlan(target, groupName, now);
  const from = source.groups.find((g) => sameName(g.name, groupName));
  const to = target.groups.find((g) => sameName(g.name, groupName));
  if (!from) return { ...plan, problem: message('files.merge.notInSource', { name: groupName.trim() }) };
  if (!to) return { ...plan, problem: message('files.merge.notInTarget', { name: from.name }) };
  plan.groupMatched = true;
  plan.groupName = from.name;

  const groupMap = new Map<string, GroupId>();
  for (const g of source.groups) {
    const match = target.groups.find((t) => sameName(t.name, g.name));
    if (match) groupMap.set(g.id, match.id);
  }
  const targetLanes = new Set(deriveLanes(target.groups, target.workshop.settings).map((l) => l.key));
  const sourceGroupName = new Map<string, string>(source.groups.map((g) => [g.id, g.name]));
  const workshopId = target.workshop.id;

  const owned = source.stickies.filter((s) => s.authorGroupId === from.id);
  const sourceLaneKeys = [...new Set(owned.map(laneKeyOf))];
  for (const sourceKey of sourceLaneKeys) {
    const inLane = owned.filter((s) => laneKeyOf(s) === sourceKey);
    const { kind, subjectGroupId } = inLane[0]!;
    const subject = subjectGroupId === null ? null : (groupMap.get(subjectGroupId) ?? undefined);
    if (subject === undefined) {
      plan.unmatchedLanes.push({ kind, subjectName: sourceGroupName.get(subjectGroupId!) ?? null, reason: 'no-such-group', stickies: inLane });
      continue;
    }
    const key = laneKey(kind, to.id, subject);
    if (!targetLanes.has(key)) {
      plan.unmatchedLanes.push({ kind, subjectName: subjectGroupId === null ? null : sourceGroupName.get(subjectGroupId)!, reason: 'no-such-lane', stickies: inLane });
      continue;
    }
    mergeLane({ source, target, plan, inLane, sourceKey, key, kind, authorId: to.id, subject, groupMap, workshopId, makeId });
  }

  for (const p of source.placements.filter((x) => x.groupId === from.id)) {
    const subject = groupMap.get(p.subjectGroupId);
    if (!subject) {
      plan.unmatchedPlacements.push(p);
      continue;
    }
    const existing = target.placements.find((t) => t.groupId === to.id && t.subjectGroupId === subject);
    if (existing && existing.x === p.x && existing.y === p.y) continue;
    if (existing) {
      plan.replacedPlacements.push(existing);
      plan.add.placements.push({ ...existing, x: p.x, y: p.y, updatedAt: p.updatedAt });
    } else {
      plan.add.placements.push({ ...p, id: makeId('placement'), workshopId, groupId: to.id, subjectGroupId: subject });
    }
  }
  return plan;
}

interface LaneMerge {
  source: WorkshopBundle;
  target: WorkshopBundle;
  plan: MergePlan;
  inLane: Sticky[];
  sourceKey: string;
  key: string;
  kind: LaneKind;
  authorId: GroupId;
  subject: GroupId | null;
  groupMap: Map<string, GroupId>;
  workshopId: WorkshopId;
  makeId: IdMaker;
}

/** Adds one source lane's stickies of the group to the plan, after the target lane's last item. */
function mergeLane(m: LaneMerge): void {
  const { plan, target, key, makeId } = m;
  const present = new Set(target.stickies.filter((s) => laneKeyOf(s) === key).map((s) => textKey(s.text)));
  let last: string | null = laneItems(target, key).at(-1)?.order ?? null;
  const sourceItems = laneItems({ stickies: m.inLane, clusters: m.source.clusters }, m.sourceKey);
  const fresh = (s: Sticky): boolean => {
    if (!present.has(textKey(s.text))) return true;
    plan.duplicates.push(s);
    return false;
  };

  for (const item of sourceItems) {
    if (item.type === 'sticky') {
      if (!fresh(item.sticky)) continue;
      last = orderBetween(last, null);
      plan.add.stickies.push(moved(m, item.sticky, last, null));
      continue;
    }
    const members = item.members.filter(fresh);
    if (members.length === 0) continue;
    const title = normalName(item.cluster.title);
    const cluster =
      target.clusters.find((c) => laneKeyOf(c) === key && normalName(c.title) === title) ??
      plan.add.clusters.find((c) => laneKeyOf(c) === key && normalName(c.title) === title);
    let clusterId: Cluster['id'];
    let orders: string[];
    if (cluster) {
      clusterId = cluster.id;
      const inCluster = [...target.stickies, ...plan.add.stickies].filter((s) => s.clusterId === cluster.id).map((s) => s.order).sort();
      orders = ordersBetween(inCluster.at(-1) ?? null, null, members.length);
    } else {
      last = orderBetween(last, null);
      clusterId = makeId('cluster');
      const author = m.kind === 'parking' ? (item.cluster.authorGroupId === null ? null : (m.groupMap.get(item.cluster.authorGroupId) ?? null)) : m.authorId;
      plan.add.clusters.push({ ...item.cluster, id: clusterId, workshopId: m.workshopId, authorGroupId: author, subjectGroupId: m.subject, order: last });
      orders = ordersBetween(null, null, members.length);
    }
    members.forEach((s, i) => plan.add.stickies.push(moved(m, s, orders[i]!, clusterId)));
  }
}

/** A source sticky as a record of the target: new id, the target's groups, its place in the lane. */
function moved(m: LaneMerge, s: Sticky, order: string, clusterId: Cluster['id'] | null): Sticky {
  const parkingOwner = s.parkingOwner && ownerHere(m, s.parkingOwner);
  const sticky: Sticky = {
    ...s,
    id: m.makeId('sticky'),
    workshopId: m.workshopId,
    authorGroupId: m.authorId,
    subjectGroupId: m.subject,
    order,
    clusterId,
    parkingOwner: parkingOwner ?? null,
  };
  if (s.parkingOwner && !parkingOwner) m.plan.ownersCleared.push(sticky);
  return sticky;
}

/** The owner of the same name here: a group by its name, a person by theirs (in the matching group first). */
function ownerHere(m: LaneMerge, owner: Owner): Owner | undefined {
  if (owner.kind === 'group') {
    const id = m.groupMap.get(owner.id);
    return id ? { kind: 'group', id } : undefined;
  }
  const person = m.source.participants.find((p) => p.id === owner.id);
  if (!person) return undefined;
  const namesakes = m.target.participants.filter((p) => sameName(p.name, person.name));
  const match = namesakes.find((p) => p.groupId === m.groupMap.get(person.groupId)) ?? namesakes[0];
  return match ? { kind: 'participant', id: match.id } : undefined;
}

/** How many records a plan writes: nothing to do when zero. */
export function mergeSize(plan: MergePlan): number {
  return plan.add.stickies.length + plan.add.clusters.length + plan.add.placements.length;
}

/**
 * The target after the merge. Refuses (with a message to preview again) when the target is not
 * the one the plan was made for, or has changed since: the plan's orders and duplicates would be
 * wrong for it.
 */
export function applyMerge(target: WorkshopBundle, plan: MergePlan): WorkshopBundle {
  if (plan.targetId !== target.workshop.id || plan.basis !== mergeBasis(target)) throw new Refusal('files.merge.targetChanged');
  if (mergeSize(plan) === 0) return target;
  const placed = new Map(plan.add.placements.map((p) => [p.id as string, p]));
  const kept = target.placements.map((p) => placed.get(p.id) ?? p);
  const known = new Set<string>(target.placements.map((p) => p.id));
  return {
    ...target,
    workshop: { ...target.workshop, updatedAt: plan.now },
    stickies: [...target.stickies, ...plan.add.stickies],
    clusters: [...target.clusters, ...plan.add.clusters],
    placements: [...kept, ...plan.add.placements.filter((p) => !known.has(p.id))],
  };
}
