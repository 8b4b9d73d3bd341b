import { describe, expect, it } from 'vitest';
import { applyMerge, importAsNew, mergeSize, mergeableGroups, planMerge } from '../../../shared/schema';
import { laneItems } from '../../../shared/board';
import { laneKeyOf, type Cluster, type Group, type LaneKind, type Sticky, type WorkshopBundle } from '../../../shared/model';
import { orderAtEnd } from '../../../shared/lib/order';
import { Refusal } from '../../../shared/lib/refusal';
import type { Id, IdPrefix } from '../../../shared/lib/ids';
import { buildSampleWorkshop } from '../../../shared/templates';
import { groupNamed, idCounter, laneOf } from '../../builders/board';
import { inEnglish } from '../../builders/messages';
import { bundleIssues } from './helpers';

const NOW = '2026-03-12T15:00:00.000Z';
const LATER = '2026-03-12T14:00:00.000Z';
const id = <P extends IdPrefix>(prefix: P, name: string) => `${prefix}:${name}` as Id<P>;

/** Posts a sticky at the end of a lane of `b`, as the group `by` would; `about` for a lane about a group. */
function post(b: WorkshopBundle, by: string, kind: LaneKind, about: string | null, text: string, more: Partial<Sticky> = {}): Sticky {
  const author = groupNamed(b, by).id;
  const subject = kind === 'parking' ? null : kind === 'inmodel' ? author : groupNamed(b, about!).id;
  const key = laneOf(b, kind, by, kind === 'inmodel' ? by : (about ?? undefined)).key;
  const sticky: Sticky = {
    id: id('sticky', `${b.stickies.length + 1}-${text.slice(0, 8)}`),
    workshopId: b.workshop.id,
    kind,
    authorGroupId: author,
    subjectGroupId: subject,
    order: orderAtEnd(laneItems(b, key)),
    text,
    authorName: null,
    clusterId: null,
    requirementType: kind === 'requirement' ? 'do-more' : null,
    lens: null,
    parkingOwner: null,
    followUpDate: null,
    questions: '',
    createdAt: LATER,
    updatedAt: LATER,
    ...more,
  };
  b.stickies.push(sticky);
  return sticky;
}

function cluster(b: WorkshopBundle, by: string, about: string, title: string): Cluster {
  const key = laneOf(b, 'outmodel', by, about).key;
  const c: Cluster = {
    id: id('cluster', title.replace(/\W/g, '')),
    workshopId: b.workshop.id,
    kind: 'outmodel',
    authorGroupId: groupNamed(b, by).id,
    subjectGroupId: groupNamed(b, about).id,
    title,
    collapsed: false,
    order: orderAtEnd(laneItems(b, key)),
    createdAt: LATER,
  };
  b.clusters.push(c);
  return c;
}

/**
 * This laptop's workshop (the sample), and the same workshop as Ops wrote on in another laptop:
 * the same stickies under other ids, and more of them, some of Dev's too, a group this laptop
 * does not have, an Inmodel this board does not show, and Ops's culture markers.
 */
function laptops() {
  const target = buildSampleWorkshop();
  const source = importAsNew(buildSampleWorkshop(), idCounter('laptop'));
  const security: Group = { ...groupNamed(source, 'Ops'), id: id('group', 'laptop-security'), name: 'Security', order: 'a5' };
  source.groups.push(security);
  source.workshop.settings.includeInmodel = true;
  const ghost = { ...source.participants[0]!, id: id('participant', 'laptop-ghost'), name: 'Ghost', groupId: groupNamed(source, 'Ops').id };
  source.participants.push(ghost);

  post(source, 'Ops', 'outmodel', 'Dev', 'Ships on Fridays at 5 pm.');
  const risky = cluster(source, 'Ops', 'Dev', 'Risky habits');
  const existing = source.stickies.find((s) => s.text === 'Values new tools and clever fixes over predictability.')!;
  post(source, 'Ops', 'outmodel', 'Dev', 'Skips the change board when in a hurry.', { clusterId: risky.id, order: 'a0' });
  existing.clusterId = risky.id;
  existing.order = 'a1';
  post(source, 'Ops', 'outmodel', 'Dev', 'Tests in production.', { clusterId: risky.id, order: 'a2' });
  post(source, 'Ops', 'requirement', 'Dev', '  Page us before a risky deploy, not after.  ');
  post(source, 'Ops', 'requirement', 'Dev', '\tShip a runbook and a tested rollback with every release.\n');
  post(source, 'Ops', 'parking', null, 'Who approves emergency fixes at night?', { parkingOwner: { kind: 'participant', id: source.participants.find((p) => p.name === 'Noa')!.id } });
  post(source, 'Ops', 'parking', null, 'Budget for a second on-call engineer.', { parkingOwner: { kind: 'participant', id: ghost.id } });
  post(source, 'Ops', 'outmodel', 'Security', 'Says no before reading the design.');
  post(source, 'Ops', 'inmodel', null, 'We are the last line of defence.');
  post(source, 'Dev', 'outmodel', 'Ops', 'Dev’s own new sticky: not Ops’s to merge.');

  const [dev, ops] = [groupNamed(source, 'Dev').id, groupNamed(source, 'Ops').id];
  source.placements.push(
    { id: id('placement', 'laptop-self'), workshopId: source.workshop.id, groupId: ops, subjectGroupId: ops, x: -0.6, y: -0.7, updatedAt: LATER },
    { id: id('placement', 'laptop-dev'), workshopId: source.workshop.id, groupId: ops, subjectGroupId: dev, x: 0.8, y: 0.2, updatedAt: LATER },
    { id: id('placement', 'laptop-sec'), workshopId: source.workshop.id, groupId: ops, subjectGroupId: security.id, x: 0.1, y: 0.1, updatedAt: LATER },
    { id: id('placement', 'laptop-devself'), workshopId: source.workshop.id, groupId: dev, subjectGroupId: dev, x: 0.5, y: 0.5, updatedAt: LATER },
  );
  const [tDev, tOps] = [groupNamed(target, 'Dev').id, groupNamed(target, 'Ops').id];
  target.placements.push({ id: id('placement', 'here-ops-dev'), workshopId: target.workshop.id, groupId: tOps, subjectGroupId: tDev, x: 0.3, y: 0.3, updatedAt: '2026-03-12T09:00:00.000Z' });
  expect(bundleIssues(source)).toEqual([]);
  return { target, source };
}

const texts = (stickies: readonly Sticky[]) => stickies.map((s) => s.text.trim());

describe('planning a merge of one group’s writing', () => {
  it('adds the group’s new stickies, not another group’s, and lists the ones already here as duplicates', () => {
    const { target, source } = laptops();
    const plan = planMerge(target, source, 'Ops', NOW, idCounter('merge'));
    expect(plan).toMatchObject({ groupMatched: true, problem: null, groupName: 'Ops', targetId: target.workshop.id });
    expect(texts(plan.add.stickies).sort()).toEqual(
      ['Ships on Fridays at 5 pm.', 'Skips the change board when in a hurry.', 'Tests in production.', 'Page us before a risky deploy, not after.', 'Who approves emergency fixes at night?', 'Budget for a second on-call engineer.'].sort(),
    );
    // Every sticky Ops had before (one of them moved into a cluster since), and one typed again with spaces around it.
    const opsBefore = target.stickies.filter((s) => s.authorGroupId === groupNamed(target, 'Ops').id);
    expect(texts(plan.duplicates).sort()).toEqual([...texts(opsBefore), 'Ship a runbook and a tested rollback with every release.'].sort());
    expect(plan.duplicates.every((s) => source.stickies.includes(s))).toBe(true);
  });

  it('gives the added records new ids, this workshop and its groups', () => {
    const { target, source } = laptops();
    const plan = planMerge(target, source, 'Ops', NOW, idCounter('merge'));
    const taken = new Set<string>([...target.stickies, ...source.stickies, ...target.clusters, ...source.clusters].map((r) => r.id));
    for (const record of [...plan.add.stickies, ...plan.add.clusters]) {
      expect(taken.has(record.id)).toBe(false);
      expect(record.workshopId).toBe(target.workshop.id);
    }
    const [dev, ops] = [groupNamed(target, 'Dev').id, groupNamed(target, 'Ops').id];
    expect(new Set(plan.add.stickies.map((s) => s.authorGroupId))).toEqual(new Set([ops]));
    expect(new Set(plan.add.stickies.map((s) => s.subjectGroupId))).toEqual(new Set([dev, null]));
  });

  it('puts the added items after the lane’s last item, in the source’s order, a cluster with its members', () => {
    const { target, source } = laptops();
    const lane = laneOf(target, 'outmodel', 'Ops', 'Dev').key;
    const before = laneItems(target, lane).map((i) => i.id);
    const after = applyMerge(target, planMerge(target, source, 'Ops', NOW, idCounter('merge')));
    const items = laneItems(after, lane);
    expect(items.slice(0, before.length).map((i) => i.id)).toEqual(before);
    const added = items.slice(before.length);
    expect(added.map((i) => (i.type === 'sticky' ? i.sticky.text : `[${i.cluster.title}]`))).toEqual(['Ships on Fridays at 5 pm.', '[Risky habits]']);
    const risky = added[1]!;
    if (risky.type !== 'cluster') return expect.fail('expected the cluster');
    // The member that is here already stays where it is: only the new ones join the cluster.
    expect(texts(risky.members)).toEqual(['Skips the change board when in a hurry.', 'Tests in production.']);
    expect(laneKeyOf(risky.cluster)).toBe(lane);
  });

  it('puts stickies into a cluster of the same title that the lane has already, after its members', () => {
    const { target, source } = laptops();
    const here = cluster(target, 'Ops', 'Dev', '  risky HABITS ');
    const member = target.stickies.find((s) => s.text.startsWith('Hands releases over'))!;
    member.clusterId = here.id;
    const plan = planMerge(target, source, 'Ops', NOW, idCounter('merge'));
    expect(plan.add.clusters).toEqual([]);
    const after = applyMerge(target, plan);
    const members = after.stickies.filter((s) => s.clusterId === here.id).sort((a, b) => (a.order < b.order ? -1 : 1));
    expect(texts(members)).toEqual(['Hands releases over with thin notes and no rollback plan.', 'Skips the change board when in a hurry.', 'Tests in production.']);
  });

  it('moves the group’s markers: replacing this workshop’s for the same subject, adding the others', () => {
    const { target, source } = laptops();
    const plan = planMerge(target, source, 'Ops', NOW, idCounter('merge'));
    const [dev, ops] = [groupNamed(target, 'Dev').id, groupNamed(target, 'Ops').id];
    expect(plan.replacedPlacements.map((p) => p.id)).toEqual(['placement:here-ops-dev']);
    expect(plan.add.placements).toHaveLength(2);
    expect(plan.add.placements).toContainEqual({ id: 'placement:here-ops-dev', workshopId: target.workshop.id, groupId: ops, subjectGroupId: dev, x: 0.8, y: 0.2, updatedAt: LATER });
    const self = plan.add.placements.find((p) => p.subjectGroupId === ops)!;
    expect(self).toMatchObject({ workshopId: target.workshop.id, groupId: ops, x: -0.6, y: -0.7, updatedAt: LATER });
    expect(self.id).toMatch(/^placement:merge-/);
    const after = applyMerge(target, plan);
    expect(after.placements.filter((p) => p.groupId === ops && p.subjectGroupId === dev)).toEqual([{ ...target.placements.at(-1)!, x: 0.8, y: 0.2, updatedAt: LATER }]);
    expect(after.placements.filter((p) => p.groupId === dev)).toEqual(target.placements.filter((p) => p.groupId === dev));
  });

  it('lists what has no place here: lanes about a group this workshop lacks, lanes its board does not show, such markers', () => {
    const { target, source } = laptops();
    const plan = planMerge(target, source, 'Ops', NOW, idCounter('merge'));
    expect(plan.unmatchedLanes.map((l) => ({ kind: l.kind, subject: l.subjectName, reason: l.reason, texts: texts(l.stickies) }))).toEqual([
      { kind: 'outmodel', subject: 'Security', reason: 'no-such-group', texts: ['Says no before reading the design.'] },
      { kind: 'inmodel', subject: 'Ops', reason: 'no-such-lane', texts: ['We are the last line of defence.'] },
    ]);
    expect(plan.unmatchedPlacements.map((p) => p.id)).toEqual(['placement:laptop-sec']);
  });

  it('keeps a parking-lot owner who is here by name, and says which items arrive without one', () => {
    const { target, source } = laptops();
    const plan = planMerge(target, source, 'Ops', NOW, idCounter('merge'));
    const night = plan.add.stickies.find((s) => s.text.startsWith('Who approves'))!;
    expect(night.parkingOwner).toEqual({ kind: 'participant', id: target.participants.find((p) => p.name === 'Noa')!.id });
    expect(texts(plan.ownersCleared)).toEqual(['Budget for a second on-call engineer.']);
    expect(plan.add.stickies.find((s) => s.text.startsWith('Budget'))!.parkingOwner).toBeNull();
  });

  it('matches the group by name whatever its case and spacing', () => {
    const { target, source } = laptops();
    const plan = planMerge(target, source, '  oPS ', NOW, idCounter('merge'));
    expect(plan.groupMatched).toBe(true);
    expect(plan.groupName).toBe('Ops');
    expect(mergeSize(plan)).toBe(mergeSize(planMerge(target, source, 'Ops', NOW, idCounter('merge'))));
  });

  it.each([
    ['the file', 'QA', 'The file has no group called “QA”.'],
    ['this workshop', 'security', 'This workshop has no group called “Security”. Groups are matched by name: rename one of them so that the names agree.'],
  ])('merges nothing when %s has no group of that name, and says so', (_where, name, text) => {
    const { target, source } = laptops();
    const plan = planMerge(target, source, name, NOW, idCounter('merge'));
    expect(plan.groupMatched).toBe(false);
    expect(inEnglish(plan.problem!)).toBe(text);
    expect(mergeSize(plan)).toBe(0);
    expect(applyMerge(target, plan)).toBe(target);
  });

  it('offers the file’s groups, saying which this workshop has and how much each wrote', () => {
    const { target, source } = laptops();
    expect(mergeableGroups(target, source)).toEqual([
      { name: 'Dev', matched: true, stickies: 8 },
      { name: 'Ops', matched: true, stickies: 17 },
      { name: 'Security', matched: false, stickies: 0 },
    ]);
  });
});

describe('applying a merge', () => {
  it('gives a workshop that holds together, and merging the same file again adds nothing', () => {
    const { target, source } = laptops();
    const after = applyMerge(target, planMerge(target, source, 'Ops', NOW, idCounter('merge')));
    expect(bundleIssues(after)).toEqual([]);
    expect(after.workshop.updatedAt).toBe(NOW);
    expect(after.stickies).toHaveLength(target.stickies.length + 6);
    const again = planMerge(after, source, 'Ops', NOW, idCounter('again'));
    expect(again.add.stickies).toEqual([]);
    expect(again.add.clusters).toEqual([]);
    expect(again.add.placements).toEqual([]);
    expect(applyMerge(after, again)).toBe(after);
  });

  it('leaves the target it was given as it was', () => {
    const { target, source } = laptops();
    const copy = structuredClone(target);
    applyMerge(target, planMerge(target, source, 'Ops', NOW, idCounter('merge')));
    expect(target).toEqual(copy);
  });

  it.each<[string, (b: WorkshopBundle) => WorkshopBundle]>([
    ['a sticky was posted since the preview', (b) => (post(b, 'Ops', 'outmodel', 'Dev', 'Posted from a phone meanwhile.'), b)],
    ['a marker moved since the preview', (b) => ((b.placements[0]!.x = -1), b)],
    ['it is another workshop', (b) => ({ ...b, workshop: { ...b.workshop, id: id('workshop', 'other') } })],
  ])('refuses when %s, asking to preview again', (_what, change) => {
    const { target, source } = laptops();
    const plan = planMerge(target, source, 'Ops', NOW, idCounter('merge'));
    const changed = change(structuredClone(target));
    let refusal: unknown;
    try {
      applyMerge(changed, plan);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(Refusal);
    expect(inEnglish((refusal as Refusal).reason)).toBe('The workshop changed since the preview. Look at the preview again, then merge.');
  });
});
