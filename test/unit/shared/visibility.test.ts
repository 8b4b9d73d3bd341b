import { describe, expect, it } from 'vitest';
import { FACILITATOR, canSeeWritingOf, visibleBoard, type Viewer, type VisibleBoard } from '../../../shared/facilitation';
import { laneKey, type Cluster, type ClusterId, type GroupId, type LaneKind, type Sticky, type StickyId, type WorkshopBundle } from '../../../shared/model';
import { BOARD_T0, groupNamed } from '../../builders/board';
import { builtWorkshop, sample } from './helpers';

/** Everything a view was given, as text: what a screen could possibly show. */
const everything = (view: VisibleBoard) => JSON.stringify({ stickies: view.stickies, clusters: view.clusters, hiddenCounts: [...view.hiddenCounts] });
const hiddenTotal = (view: VisibleBoard) => [...view.hiddenCounts.values()].reduce((a, b) => a + b, 0);

function cluster(bundle: WorkshopBundle, id: string, kind: LaneKind, author: GroupId | null, subject: GroupId | null, title: string, order: string): Cluster {
  return { id: id as ClusterId, workshopId: bundle.workshop.id, kind, authorGroupId: author, subjectGroupId: subject, title, collapsed: false, order, createdAt: BOARD_T0 };
}

function sticky(bundle: WorkshopBundle, id: string, kind: LaneKind, author: GroupId, subject: GroupId | null, text: string): Sticky {
  return {
    id: id as StickyId,
    workshopId: bundle.workshop.id,
    kind,
    authorGroupId: author,
    subjectGroupId: subject,
    order: 'a0',
    text,
    authorName: null,
    clusterId: null,
    requirementType: null,
    lens: null,
    parkingOwner: null,
    followUpDate: null,
    questions: '',
    createdAt: BOARD_T0,
    updatedAt: BOARD_T0,
  };
}

/**
 * The sample (Dev and Ops: four Outmodel stickies and three requirements each, and one parked by
 * Ops) with one more parked item by Dev and a cluster in a lane of each group and the parking lot.
 */
function twoGroups() {
  const bundle = sample();
  const dev = groupNamed(bundle, 'Dev').id;
  const ops = groupNamed(bundle, 'Ops').id;
  bundle.stickies.push(sticky(bundle, 'sticky:parked-by-dev', 'parking', dev, null, 'Dev parked: how do we measure lead time?'));
  const clusters = [
    cluster(bundle, 'cluster:dev', 'outmodel', dev, ops, 'Dev cluster: the change board', 'a0'),
    cluster(bundle, 'cluster:ops', 'requirement', ops, dev, 'Ops cluster: safer releases', 'a1'),
    cluster(bundle, 'cluster:parking', 'parking', null, null, 'Parked cluster: audit', 'a2'),
  ];
  const [devCluster, opsCluster] = clusters;
  bundle.stickies.find((s) => s.authorGroupId === dev && s.kind === 'outmodel')!.clusterId = devCluster!.id;
  bundle.stickies.find((s) => s.authorGroupId === ops && s.kind === 'requirement')!.clusterId = opsCluster!.id;
  bundle.clusters = clusters;
  return { bundle, dev, ops };
}

/** Which writing a sticky or cluster is: Dev's (A), Ops's (B) or the parking lot's (P). */
function categoryOf(item: { kind: LaneKind; authorGroupId: GroupId | null }, dev: GroupId): 'A' | 'B' | 'P' {
  if (item.kind === 'parking') return 'P';
  return item.authorGroupId === dev ? 'A' : 'B';
}

type ViewerName = 'facilitator' | 'group A' | 'group B' | 'room';
type Revealed = 'none' | 'A' | 'both';

// The rule written out in full, one row per viewer and revealed groups: the writing each one may read.
const MATRIX: [ViewerName, Revealed, string][] = [
  ['facilitator', 'none', 'A B P'],
  ['facilitator', 'A', 'A B P'],
  ['facilitator', 'both', 'A B P'],
  ['group A', 'none', 'A P'],
  ['group A', 'A', 'A P'],
  ['group A', 'both', 'A B P'],
  ['group B', 'none', 'B P'],
  ['group B', 'A', 'A B P'],
  ['group B', 'both', 'A B P'],
  ['room', 'none', 'P'],
  ['room', 'A', 'A P'],
  ['room', 'both', 'A B P'],
];

describe('who sees whose writing, two groups', () => {
  const { bundle, dev, ops } = twoGroups();
  const viewers: Record<ViewerName, Viewer> = {
    facilitator: FACILITATOR,
    'group A': { kind: 'group', groupId: dev },
    'group B': { kind: 'group', groupId: ops },
    room: { kind: 'room' },
  };
  const revealedIds: Record<Revealed, GroupId[]> = { none: [], A: [dev], both: [dev, ops] };

  it.each(MATRIX)('%s with %s revealed reads %s', (viewerName, revealed, readable) => {
    const allowed = new Set(readable.split(' '));
    const view = visibleBoard(bundle.stickies, bundle.clusters, viewers[viewerName], revealedIds[revealed]);

    // Exactly the stickies of the readable writing, in the board's order, no more, no fewer.
    expect(view.stickies).toEqual(bundle.stickies.filter((s) => allowed.has(categoryOf(s, dev))));
    expect(view.clusters).toEqual(bundle.clusters.filter((c) => allowed.has(categoryOf(c, dev))));
    expect(hiddenTotal(view)).toBe(bundle.stickies.length - view.stickies.length);

    // The parking lot is everyone's, even items a hidden group parked.
    expect(view.stickies.filter((s) => s.kind === 'parking')).toHaveLength(2);

    // canSeeWritingOf says the same for each author.
    const open = new Set<string>(revealedIds[revealed]);
    expect(canSeeWritingOf(dev, viewers[viewerName], open)).toBe(allowed.has('A'));
    expect(canSeeWritingOf(ops, viewers[viewerName], open)).toBe(allowed.has('B'));
    expect(canSeeWritingOf(null, viewers[viewerName], open)).toBe(true);
  });

  it.each(MATRIX)('%s with %s revealed is given no word of what it may not read', (viewerName, revealed) => {
    const view = visibleBoard(bundle.stickies, bundle.clusters, viewers[viewerName], revealedIds[revealed]);
    const given = everything(view);
    const shownIds = new Set(view.stickies.map((s) => s.id));
    const hidden = bundle.stickies.filter((s) => !shownIds.has(s.id));
    for (const s of hidden) {
      expect(given).not.toContain(s.text);
      expect(given).not.toContain(JSON.stringify(s.id));
    }
    const shownClusters = new Set(view.clusters.map((c) => c.id));
    for (const c of bundle.clusters.filter((c) => !shownClusters.has(c.id))) expect(given).not.toContain(c.title);
    // And it is given everything it may read.
    for (const s of view.stickies) expect(given).toContain(JSON.stringify(s.text));
  });

  it('hidden stickies are counted per lane, and only there', () => {
    const lane = (kind: LaneKind, author: GroupId, subject: GroupId) => laneKey(kind, author, subject);
    const byRoom = visibleBoard(bundle.stickies, bundle.clusters, { kind: 'room' }, []);
    expect(Object.fromEntries(byRoom.hiddenCounts)).toEqual({
      [lane('outmodel', dev, ops)]: 4,
      [lane('outmodel', ops, dev)]: 4,
      [lane('requirement', dev, ops)]: 3,
      [lane('requirement', ops, dev)]: 3,
    });

    const byDev = visibleBoard(bundle.stickies, bundle.clusters, { kind: 'group', groupId: dev }, []);
    expect(Object.fromEntries(byDev.hiddenCounts)).toEqual({ [lane('outmodel', ops, dev)]: 4, [lane('requirement', ops, dev)]: 3 });

    const byRoomOpsOpen = visibleBoard(bundle.stickies, bundle.clusters, { kind: 'room' }, [ops]);
    expect(Object.fromEntries(byRoomOpsOpen.hiddenCounts)).toEqual({ [lane('outmodel', dev, ops)]: 4, [lane('requirement', dev, ops)]: 3 });

    expect(visibleBoard(bundle.stickies, bundle.clusters, FACILITATOR, []).hiddenCounts.size).toBe(0);
    expect(visibleBoard(bundle.stickies, bundle.clusters, { kind: 'room' }, [dev, ops]).hiddenCounts.size).toBe(0);
  });

  it('hiding a group again takes its writing back from the room', () => {
    const open = visibleBoard(bundle.stickies, bundle.clusters, { kind: 'room' }, [dev]);
    const closed = visibleBoard(bundle.stickies, bundle.clusters, { kind: 'room' }, []);
    expect(open.stickies.some((s) => s.authorGroupId === dev && s.kind !== 'parking')).toBe(true);
    expect(closed.stickies.some((s) => s.authorGroupId === dev && s.kind !== 'parking')).toBe(false);
  });

  it('does not change the board it is given', () => {
    const before = structuredClone({ stickies: bundle.stickies, clusters: bundle.clusters });
    visibleBoard(bundle.stickies, bundle.clusters, { kind: 'room' }, []);
    expect({ stickies: bundle.stickies, clusters: bundle.clusters }).toEqual(before);
  });
});

describe('who sees whose writing, three groups', () => {
  const bundle = builtWorkshop(['Dev', 'Ops', 'Security']);
  const [dev, ops, sec] = (['Dev', 'Ops', 'Security'] as const).map((name) => groupNamed(bundle, name).id) as [GroupId, GroupId, GroupId];
  const names = new Map<GroupId, string>([
    [dev, 'Dev'],
    [ops, 'Ops'],
    [sec, 'Security'],
  ]);
  let n = 0;
  // Each group writes one Outmodel item and one requirement about each other group, and parks one.
  const stickies: Sticky[] = [];
  for (const author of [dev, ops, sec]) {
    for (const subject of [dev, ops, sec].filter((g) => g !== author)) {
      stickies.push(sticky(bundle, `sticky:${++n}`, 'outmodel', author, subject, `${names.get(author)} thinks ${names.get(subject)} is slow`));
      stickies.push(sticky(bundle, `sticky:${++n}`, 'requirement', author, subject, `${names.get(author)} asks ${names.get(subject)} for docs`));
    }
    stickies.push(sticky(bundle, `sticky:${++n}`, 'parking', author, null, `${names.get(author)} parks a question`));
  }
  const clusters = [dev, ops, sec].map((g, i) => cluster(bundle, `cluster:${i}`, 'outmodel', g, g === dev ? ops : dev, `${names.get(g)} theme`, `a${i}`));
  const writers = (view: VisibleBoard) => new Set(view.stickies.filter((s) => s.kind !== 'parking').map((s) => names.get(s.authorGroupId)));

  it('a group sees its own writing and the revealed groups’, not the others’', () => {
    const view = visibleBoard(stickies, clusters, { kind: 'group', groupId: sec }, [dev]);
    expect(writers(view)).toEqual(new Set(['Security', 'Dev']));
    expect(view.stickies.filter((s) => s.kind === 'parking')).toHaveLength(3);
    expect(view.clusters.map((c) => c.title)).toEqual(['Dev theme', 'Security theme']);
    expect(Object.fromEntries(view.hiddenCounts)).toEqual({
      [laneKey('outmodel', ops, dev)]: 1,
      [laneKey('outmodel', ops, sec)]: 1,
      [laneKey('requirement', ops, dev)]: 1,
      [laneKey('requirement', ops, sec)]: 1,
    });
    expect(everything(view)).not.toMatch(/Ops (thinks|asks)|Ops theme/);
  });

  it('the room sees only the revealed groups', () => {
    const view = visibleBoard(stickies, clusters, { kind: 'room' }, [ops, sec]);
    expect(writers(view)).toEqual(new Set(['Ops', 'Security']));
    expect(view.clusters.map((c) => c.title)).toEqual(['Ops theme', 'Security theme']);
    expect(hiddenTotal(view)).toBe(4);
    expect(everything(view)).not.toMatch(/Dev (thinks|asks)|Dev theme/);

    const none = visibleBoard(stickies, clusters, { kind: 'room' }, []);
    expect(none.stickies.map((s) => s.text)).toEqual(['Dev parks a question', 'Ops parks a question', 'Security parks a question']);
    expect(none.clusters).toEqual([]);
    expect(hiddenTotal(none)).toBe(12);
    expect(none.hiddenCounts.size).toBe(12);
  });

  it('revealing one group does not reveal another to a third', () => {
    const view = visibleBoard(stickies, clusters, { kind: 'group', groupId: dev }, [ops]);
    expect(writers(view)).toEqual(new Set(['Dev', 'Ops']));
    expect(everything(view)).not.toMatch(/Security (thinks|asks)|Security theme/);
  });

  it('the facilitator sees all of it with nothing revealed', () => {
    const view = visibleBoard(stickies, clusters, FACILITATOR, []);
    expect(view.stickies).toEqual(stickies);
    expect(view.clusters).toEqual(clusters);
    expect(view.hiddenCounts.size).toBe(0);
  });
});
