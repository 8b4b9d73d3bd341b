import { BUNDLE_TABLES, type WorkshopBundle } from '../model/bundle';
import type { Owner } from '../model/common';
import type { Id, IdPrefix } from '../lib/ids';
import type { IdMaker } from './build';

/** The prefix of a stored id (`sticky:…` → `sticky`); the schema has checked it is one of ours. */
const prefixOf = <P extends IdPrefix>(id: Id<P>): P => id.slice(0, id.indexOf(':')) as P;

/**
 * A copy of a workshop with every record under a new id and every reference remapped, field by
 * field (never by searching text, which is the room's words and stays as written).
 */
export function duplicateBundle(source: WorkshopBundle, title: string, now: string, makeId: IdMaker): WorkshopBundle {
  const copy = renameIds(source, makeId);
  return { ...copy, workshop: { ...copy.workshop, title, sample: false, createdAt: now, updatedAt: now } };
}

/**
 * The same workshop with every id renamed through `makeId` and nothing else changed. Ids are
 * asked for table by table in the order the records are listed (the workshop first), then for
 * references to records that are not there (a spotlight on a deleted sticky): so a maker that
 * counts gives ids in the bundle's own order, which the workshop file's canonical form and an
 * import that keeps the file's order both rely on.
 */
export function renameIds(source: WorkshopBundle, makeId: IdMaker): WorkshopBundle {
  const map = new Map<string, string>();
  const remap = <P extends IdPrefix>(prefix: P, id: Id<P>): Id<P> => {
    let next = map.get(id);
    if (!next) {
      next = makeId(prefix);
      map.set(id, next);
    }
    return next as Id<P>;
  };
  const ref = <P extends IdPrefix>(prefix: P, id: Id<P> | null): Id<P> | null => (id === null ? null : remap(prefix, id));
  const owner = (o: Owner): Owner => (o.kind === 'group' ? { kind: 'group', id: remap('group', o.id) } : { kind: 'participant', id: remap('participant', o.id) });
  const workshopId = remap('workshop', source.workshop.id);
  for (const table of BUNDLE_TABLES) for (const record of source[table]) remap(prefixOf(record.id), record.id);
  const laneKeyRemap = (key: string) => key.split('/').map((part) => (part.startsWith('group:') ? remap('group', part as Id<'group'>) : part)).join('/');

  return {
    workshop: {
      ...source.workshop,
      id: workshopId,
      facilitation: {
        currentPhaseId: ref('phase', source.workshop.facilitation.currentPhaseId),
        revealedGroupIds: source.workshop.facilitation.revealedGroupIds.map((id) => remap('group', id)),
        presentingGroupId: ref('group', source.workshop.facilitation.presentingGroupId),
        spotlightStickyId: ref('sticky', source.workshop.facilitation.spotlightStickyId),
        screen: source.workshop.facilitation.screen,
      },
    },
    groups: source.groups.map((g) => ({ ...g, id: remap('group', g.id), workshopId })),
    participants: source.participants.map((p) => ({ ...p, id: remap('participant', p.id), workshopId, groupId: remap('group', p.groupId) })),
    phases: source.phases.map((p) => ({ ...p, id: remap('phase', p.id), workshopId, groupId: ref('group', p.groupId) })),
    clusters: source.clusters.map((c) => ({
      ...c,
      id: remap('cluster', c.id),
      workshopId,
      authorGroupId: ref('group', c.authorGroupId),
      subjectGroupId: ref('group', c.subjectGroupId),
    })),
    stickies: source.stickies.map((s) => ({
      ...s,
      id: remap('sticky', s.id),
      workshopId,
      authorGroupId: remap('group', s.authorGroupId),
      subjectGroupId: ref('group', s.subjectGroupId),
      clusterId: ref('cluster', s.clusterId),
      parkingOwner: s.parkingOwner ? owner(s.parkingOwner) : null,
    })),
    placements: source.placements.map((p) => ({
      ...p,
      id: remap('placement', p.id),
      workshopId,
      groupId: remap('group', p.groupId),
      subjectGroupId: remap('group', p.subjectGroupId),
    })),
    reactions: source.reactions.map((r) => ({ ...r, id: remap('reaction', r.id), workshopId, stickyId: remap('sticky', r.stickyId), groupId: remap('group', r.groupId) })),
    rounds: source.rounds.map((r) => ({
      ...r,
      id: remap('round', r.id),
      workshopId,
      laneKeys: r.laneKeys.map(laneKeyRemap),
      stickyIds: r.stickyIds?.map((id) => remap('sticky', id)) ?? null,
      parentRoundId: ref('round', r.parentRoundId),
    })),
    votes: source.votes.map((v) => ({
      ...v,
      id: remap('vote', v.id),
      workshopId,
      roundId: remap('round', v.roundId),
      stickyId: remap('sticky', v.stickyId),
      voter: v.voter.kind === 'tally' ? v.voter : owner(v.voter),
    })),
    agreements: source.agreements.map((a) => ({
      ...a,
      id: remap('agreement', a.id),
      workshopId,
      stickyIds: a.stickyIds.map((id) => remap('sticky', id)),
      answers: a.answers.map((x) => ({ ...x, groupId: remap('group', x.groupId) })),
    })),
    decisions: source.decisions.map((d) => ({ ...d, id: remap('decision', d.id), workshopId })),
    actions: source.actions.map((a) => ({
      ...a,
      id: remap('action', a.id),
      workshopId,
      owner: owner(a.owner),
      source: a.source === null ? null : a.source.kind === 'sticky' ? { kind: 'sticky', id: remap('sticky', a.source.id) } : { kind: 'agreement', id: remap('agreement', a.source.id) },
    })),
    pulses: source.pulses.map((p) => ({ ...p, id: remap('pulse', p.id), workshopId, participantId: remap('participant', p.participantId) })),
  };
}
