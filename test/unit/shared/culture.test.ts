import { describe, expect, it } from 'vitest';
import { FACILITATOR, cultureGaps, gapSize, placeMarker, quadrantOf, visiblePlacements, type Viewer } from '../../../shared/facilitation';
import { newId } from '../../../shared/lib/ids';
import type { Culture, Group, Placement, WorkshopBundle } from '../../../shared/model';
import type { IdMaker } from '../../../shared/templates';
import { groupNamed, idCounter, minute } from '../../builders/board';
import { inEnglish, refusalOf } from '../../builders/messages';
import { builtWorkshop, bundleIssues, sample } from './helpers';

/**
 * A placement list that a test grows by placing and moving markers, as the culture map does:
 * the placement placeMarker returns replaces the one with its id, or joins the list.
 */
function board(bundle: WorkshopBundle, makeId: IdMaker = idCounter('p')) {
  let placements: Placement[] = [];
  const group = (name: string) => groupNamed(bundle, name);
  return {
    get placements() {
      return placements;
    },
    place(by: string, subject: string, x: number, y: number, now = minute(5)): Placement {
      const p = placeMarker(placements, bundle.workshop.id, group(by).id, group(subject).id, x, y, now, makeId);
      placements = [...placements.filter((q) => q.id !== p.id), p];
      return p;
    },
  };
}

function twoGroups() {
  const bundle = sample();
  return { bundle, dev: groupNamed(bundle, 'Dev'), ops: groupNamed(bundle, 'Ops'), map: board(bundle) };
}

function threeGroups() {
  const bundle = builtWorkshop(['Dev', 'Ops', 'Security']);
  return { bundle, dev: groupNamed(bundle, 'Dev'), ops: groupNamed(bundle, 'Ops'), security: groupNamed(bundle, 'Security'), map: board(bundle) };
}

const valid = (bundle: WorkshopBundle, placements: Placement[]) => bundleIssues({ ...bundle, placements });

describe('quadrantOf', () => {
  it.each<[number, number, Culture]>([
    [-0.5, -0.5, 'control'],
    [-0.5, 0.5, 'collaboration'],
    [0.5, -0.5, 'competence'],
    [0.5, 0.5, 'cultivation'],
  ])('(%s, %s) is the %s culture', (x, y, culture) => {
    expect(quadrantOf(x, y)).toBe(culture);
  });

  it('names every corner: actuality and impersonal is control, actuality and personal collaboration, possibility and impersonal competence, possibility and personal cultivation', () => {
    expect(quadrantOf(-1, -1)).toBe('control');
    expect(quadrantOf(-1, 1)).toBe('collaboration');
    expect(quadrantOf(1, -1)).toBe('competence');
    expect(quadrantOf(1, 1)).toBe('cultivation');
  });

  it('gives a point on the vertical axis to the possibility side', () => {
    expect(quadrantOf(0, -0.5)).toBe('competence');
    expect(quadrantOf(0, 0.5)).toBe('cultivation');
    expect(quadrantOf(0, -1)).toBe('competence');
    expect(quadrantOf(-0.001, -0.5)).toBe('control');
    expect(quadrantOf(-0.001, 0.5)).toBe('collaboration');
  });

  it('gives a point on the horizontal axis to the personal side', () => {
    expect(quadrantOf(-0.5, 0)).toBe('collaboration');
    expect(quadrantOf(0.5, 0)).toBe('cultivation');
    expect(quadrantOf(-1, 0)).toBe('collaboration');
    expect(quadrantOf(-0.5, -0.001)).toBe('control');
    expect(quadrantOf(0.5, -0.001)).toBe('competence');
  });

  it('gives the centre to cultivation', () => {
    expect(quadrantOf(0, 0)).toBe('cultivation');
  });
});

describe('placeMarker', () => {
  it('places a new marker for the group and its subject, valid in the workshop', () => {
    const { bundle, dev, ops } = twoGroups();
    const p = placeMarker([], bundle.workshop.id, dev.id, ops.id, -0.4, -0.6, minute(3), idCounter('p'));
    expect(p).toEqual({ id: 'placement:p-1', workshopId: bundle.workshop.id, groupId: dev.id, subjectGroupId: ops.id, x: -0.4, y: -0.6, updatedAt: minute(3) });
    expect(valid(bundle, [p])).toEqual([]);
  });

  it('keeps one marker per placing group and subject: a move keeps the marker’s id and updates where and when', () => {
    const { bundle, dev, ops, map } = twoGroups();
    const first = map.place('Dev', 'Ops', -0.4, -0.6, minute(3));
    const moved = map.place('Dev', 'Ops', 0.2, 0.3, minute(7));
    expect(moved).toEqual({ id: first.id, workshopId: bundle.workshop.id, groupId: dev.id, subjectGroupId: ops.id, x: 0.2, y: 0.3, updatedAt: minute(7) });
    expect(map.placements).toEqual([moved]);
  });

  it('does not make a new id when a marker moves', () => {
    const { bundle, dev, ops } = twoGroups();
    const first = placeMarker([], bundle.workshop.id, dev.id, ops.id, 0, 0, minute(1), idCounter('p'));
    const noNewIds: IdMaker = () => expect.fail('a move must not make a new id');
    expect(placeMarker([first], bundle.workshop.id, dev.id, ops.id, 0.5, 0.5, minute(2), noNewIds).id).toBe(first.id);
  });

  it('keeps a group’s marker for itself apart from its marker for another group, and from the other group’s markers', () => {
    const { bundle, dev, ops, map } = twoGroups();
    map.place('Dev', 'Dev', 0.6, -0.5);
    map.place('Dev', 'Ops', -0.7, -0.6);
    map.place('Ops', 'Ops', -0.5, -0.2);
    map.place('Ops', 'Dev', 0.8, 0.1);
    expect(map.placements).toHaveLength(4);
    expect(new Set(map.placements.map((p) => p.id)).size).toBe(4);
    // Moving Dev's marker for Ops moves only that one.
    map.place('Dev', 'Ops', -0.2, 0.2);
    expect(map.placements).toHaveLength(4);
    const at = (by: Group, subject: Group) => map.placements.filter((p) => p.groupId === by.id && p.subjectGroupId === subject.id).map((p) => [p.x, p.y]);
    expect(at(dev, dev)).toEqual([[0.6, -0.5]]);
    expect(at(dev, ops)).toEqual([[-0.2, 0.2]]);
    expect(at(ops, ops)).toEqual([[-0.5, -0.2]]);
    expect(at(ops, dev)).toEqual([[0.8, 0.1]]);
    expect(valid(bundle, map.placements)).toEqual([]);
  });

  it('holds every group’s markers for every group in a three-group workshop', () => {
    const { bundle, map } = threeGroups();
    for (const by of ['Dev', 'Ops', 'Security']) for (const subject of ['Dev', 'Ops', 'Security']) map.place(by, subject, 0.1, -0.1);
    for (const by of ['Dev', 'Ops', 'Security']) for (const subject of ['Dev', 'Ops', 'Security']) map.place(by, subject, -0.3, 0.3);
    expect(map.placements).toHaveLength(9);
    expect(map.placements.every((p) => p.x === -0.3 && p.y === 0.3)).toBe(true);
    expect(valid(bundle, map.placements)).toEqual([]);
  });

  it('keeps a marker dragged past the edge on the edge', () => {
    const { bundle, map } = twoGroups();
    expect(map.place('Dev', 'Ops', 1.7, -3)).toMatchObject({ x: 1, y: -1 });
    expect(map.place('Ops', 'Dev', -1.0001, 1.0004)).toMatchObject({ x: -1, y: 1 });
    expect(map.place('Ops', 'Ops', 1e9, -1e9)).toMatchObject({ x: 1, y: -1 });
    expect(valid(bundle, map.placements)).toEqual([]);
  });

  it('rounds a marker’s place to three decimals', () => {
    const { map } = twoGroups();
    expect(map.place('Dev', 'Ops', 0.12345, -0.98765)).toMatchObject({ x: 0.123, y: -0.988 });
    expect(map.place('Ops', 'Dev', 1 / 3, -2 / 3)).toMatchObject({ x: 0.333, y: -0.667 });
    expect(map.place('Dev', 'Dev', 0.9996, -0.9996)).toMatchObject({ x: 1, y: -1 });
  });

  it('refuses a place that is not a number, and leaves the marker where it was', () => {
    const { bundle, dev, ops } = twoGroups();
    const before = placeMarker([], bundle.workshop.id, dev.id, ops.id, 0.2, 0.2, minute(1), idCounter('p'));
    for (const [x, y] of [
      [Number.NaN, 0],
      [0, Number.NaN],
      [Number.POSITIVE_INFINITY, 0],
      [0, Number.NEGATIVE_INFINITY],
    ] as const) {
      const refusal = refusalOf(() => placeMarker([before], bundle.workshop.id, dev.id, ops.id, x, y, minute(2), idCounter('q')));
      expect(inEnglish(refusal.reason)).not.toBe(refusal.reason.key);
      expect(refusalOf(() => placeMarker([], bundle.workshop.id, dev.id, ops.id, x, y, minute(2), idCounter('q')))).toBeTruthy();
    }
    expect(before).toMatchObject({ x: 0.2, y: 0.2, updatedAt: minute(1) });
  });

  it('makes ids the workshop file accepts with the app’s own id maker', () => {
    const { bundle, dev, ops } = twoGroups();
    const p = placeMarker([], bundle.workshop.id, dev.id, ops.id, 0.5, -0.25, minute(1), newId);
    expect(p.id.startsWith('placement:')).toBe(true);
    expect(valid(bundle, [p])).toEqual([]);
  });
});

describe('visiblePlacements', () => {
  const { dev, ops, map } = twoGroups();
  map.place('Dev', 'Dev', 0.6, -0.5);
  map.place('Dev', 'Ops', -0.7, -0.6);
  map.place('Ops', 'Ops', -0.5, -0.2);
  map.place('Ops', 'Dev', 0.8, 0.1);
  const all = map.placements;
  const placedBy = (...groups: Group[]) => all.filter((p) => groups.some((g) => g.id === p.groupId)).map((p) => p.id).sort();

  const viewers: [string, Viewer][] = [
    ['the facilitator', FACILITATOR],
    ['Dev', { kind: 'group', groupId: dev.id }],
    ['Ops', { kind: 'group', groupId: ops.id }],
    ['the room', { kind: 'room' }],
  ];
  const reveals: [string, Group[]][] = [
    ['nothing revealed', []],
    ['Dev revealed', [dev]],
    ['Ops revealed', [ops]],
    ['both revealed', [dev, ops]],
  ];
  /** Whose markers each viewer sees, for each reveal: the facilitator all, a group its own and the revealed, the room the revealed. */
  const expected: Record<string, Record<string, Group[]>> = {
    'the facilitator': { 'nothing revealed': [dev, ops], 'Dev revealed': [dev, ops], 'Ops revealed': [dev, ops], 'both revealed': [dev, ops] },
    Dev: { 'nothing revealed': [dev], 'Dev revealed': [dev], 'Ops revealed': [dev, ops], 'both revealed': [dev, ops] },
    Ops: { 'nothing revealed': [ops], 'Dev revealed': [dev, ops], 'Ops revealed': [ops], 'both revealed': [dev, ops] },
    'the room': { 'nothing revealed': [], 'Dev revealed': [dev], 'Ops revealed': [ops], 'both revealed': [dev, ops] },
  };
  const cases = viewers.flatMap(([viewerName, viewer]) => reveals.map(([revealName, revealed]) => [viewerName, revealName, viewer, revealed] as const));

  it.each(cases)('%s, with %s, sees exactly the markers it may', (viewerName, revealName, viewer, revealed) => {
    const seen = visiblePlacements(
      all,
      viewer,
      revealed.map((g) => g.id),
    );
    expect(seen.map((p) => p.id).sort()).toEqual(placedBy(...expected[viewerName]![revealName]!));
  });

  it('keeps a group’s markers about another group hidden from that group until revealed', () => {
    const three = threeGroups();
    three.map.place('Security', 'Dev', -1, -1);
    three.map.place('Dev', 'Dev', 1, 1);
    const devView: Viewer = { kind: 'group', groupId: three.dev.id };
    expect(visiblePlacements(three.map.placements, devView, []).map((p) => p.groupId)).toEqual([three.dev.id]);
    expect(visiblePlacements(three.map.placements, devView, [three.ops.id]).map((p) => p.groupId)).toEqual([three.dev.id]);
    expect(visiblePlacements(three.map.placements, devView, [three.security.id]).map((p) => p.groupId).sort()).toEqual([three.dev.id, three.security.id].sort());
    expect(visiblePlacements(three.map.placements, { kind: 'room' }, [three.ops.id])).toEqual([]);
  });
});

describe('cultureGaps', () => {
  it('has no gaps before any marker is placed', () => {
    const { bundle } = twoGroups();
    expect(cultureGaps([], bundle.groups)).toEqual([]);
  });

  it('has no gap for a group that has not placed itself, however the others see it', () => {
    const { bundle, map } = twoGroups();
    map.place('Ops', 'Dev', 0.8, 0.1);
    expect(cultureGaps(map.placements, bundle.groups)).toEqual([]);
    // Ops placing itself makes no gap about Dev either, nor about Ops until Dev places Ops.
    map.place('Ops', 'Ops', -0.5, -0.2);
    expect(cultureGaps(map.placements, bundle.groups)).toEqual([]);
    // Once Dev places Ops, Ops has its gap, while Dev, still unplaced by itself, has none.
    map.place('Dev', 'Ops', -0.7, -0.6);
    expect(cultureGaps(map.placements, bundle.groups).map((g) => [g.subject.name, g.by.name])).toEqual([['Ops', 'Dev']]);
  });

  it('has no gap for a group that placed itself while no one else placed it', () => {
    const { bundle, map } = twoGroups();
    map.place('Dev', 'Dev', 0.6, -0.5);
    map.place('Dev', 'Ops', -0.7, -0.6);
    expect(cultureGaps(map.placements, bundle.groups)).toEqual([]);
  });

  it('compares a group’s view of itself with the other group’s view of it, naming both cultures', () => {
    const { bundle, dev, ops, map } = twoGroups();
    const self = map.place('Dev', 'Dev', 0.5, -0.5);
    const other = map.place('Ops', 'Dev', -0.5, -0.5);
    const gaps = cultureGaps(map.placements, bundle.groups);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ subject: dev, by: ops, self, other, selfCulture: 'competence', otherCulture: 'control' });
    // One unit across, on a grid whose diagonal is 2√2.
    expect(gaps[0]!.distance).toBeCloseTo(1 / (2 * Math.SQRT2), 10);
    expect(gapSize(gaps[0]!.distance)).toBe('apart');
  });

  it('gives a gap for each group that placed itself and was placed by the other', () => {
    const { bundle, dev, ops, map } = twoGroups();
    map.place('Dev', 'Dev', 0.6, -0.5);
    map.place('Dev', 'Ops', -0.7, -0.6);
    map.place('Ops', 'Ops', -0.5, -0.2);
    map.place('Ops', 'Dev', 0.8, 0.1);
    const gaps = cultureGaps(map.placements, bundle.groups);
    expect(gaps.map((g) => [g.subject.name, g.by.name, g.selfCulture, g.otherCulture])).toEqual([
      ['Dev', 'Ops', 'competence', 'cultivation'],
      ['Ops', 'Dev', 'control', 'control'],
    ]);
    expect(gaps.find((g) => g.subject.id === dev.id)!.distance).toBeCloseTo(Math.hypot(0.2, 0.6) / Math.hypot(2, 2), 10);
    expect(gaps.find((g) => g.subject.id === ops.id)!.distance).toBeCloseTo(Math.hypot(0.2, 0.4) / Math.hypot(2, 2), 10);
  });

  it('is 0 when the other group puts the marker on the very same spot', () => {
    const { bundle, map } = twoGroups();
    map.place('Dev', 'Dev', 0.3, -0.7);
    map.place('Ops', 'Dev', 0.3, -0.7);
    const [gap] = cultureGaps(map.placements, bundle.groups);
    expect(gap!.distance).toBe(0);
    expect(gapSize(gap!.distance)).toBe('close');
  });

  it('is 1 between opposite corners, either diagonal, and no more when markers are dragged past them', () => {
    const { bundle, map } = twoGroups();
    map.place('Dev', 'Dev', -1, -1);
    map.place('Ops', 'Dev', 1, 1);
    map.place('Ops', 'Ops', -1, 1);
    map.place('Dev', 'Ops', 1, -1);
    for (const gap of cultureGaps(map.placements, bundle.groups)) {
      expect(gap.distance).toBeCloseTo(1, 10);
      expect(gapSize(gap.distance)).toBe('far');
    }
    map.place('Dev', 'Dev', -5, -5);
    map.place('Ops', 'Dev', 9, 9);
    const dev = cultureGaps(map.placements, bundle.groups).find((g) => g.subject.name === 'Dev')!;
    expect(dev.distance).toBeCloseTo(1, 10);
  });

  it.each<[string, [number, number], [number, number], 'close' | 'apart' | 'far']>([
    ['a nudge within a quadrant', [0.5, 0.5], [0.6, 0.6], 'close'],
    ['half the grid’s width', [0, 0], [1, 0], 'apart'],
    ['the grid’s whole width', [-1, 0], [1, 0], 'far'],
    ['neighbouring quadrants’ centres', [-0.5, -0.5], [0.5, -0.5], 'apart'],
    ['opposite quadrants, well inside them', [-0.5, -0.5], [0.6, 0.6], 'far'],
    ['corner to the far edge’s middle', [-1, -1], [1, 0], 'far'],
  ])('calls %s %s', (_what, [sx, sy], [ox, oy], size) => {
    const { bundle, map } = twoGroups();
    map.place('Dev', 'Dev', sx, sy);
    map.place('Ops', 'Dev', ox, oy);
    const [gap] = cultureGaps(map.placements, bundle.groups);
    expect(gapSize(gap!.distance)).toBe(size);
  });

  it('with three groups, compares a group’s self-placement with each other group’s placement of it', () => {
    const { bundle, dev, ops, security, map } = threeGroups();
    map.place('Dev', 'Dev', 0.6, -0.5);
    map.place('Ops', 'Dev', -0.6, -0.5);
    expect(cultureGaps(map.placements, bundle.groups).map((g) => [g.subject.name, g.by.name])).toEqual([['Dev', 'Ops']]);
    map.place('Security', 'Dev', 0.6, -0.4);
    // Security's view of Ops is not a view of Dev, and Ops has not placed itself.
    map.place('Security', 'Ops', 0, 0);
    const gaps = cultureGaps(map.placements, bundle.groups);
    expect(gaps.map((g) => [g.subject.id, g.by.id])).toEqual([
      [dev.id, ops.id],
      [dev.id, security.id],
    ]);
    expect(gapSize(gaps[0]!.distance)).toBe('apart');
    expect(gapSize(gaps[1]!.distance)).toBe('close');
  });
});

describe('gapSize', () => {
  it.each<[number, 'close' | 'apart' | 'far']>([
    [0, 'close'],
    [0.1, 'close'],
    [0.1999, 'close'],
    [0.2, 'apart'],
    [0.35, 'apart'],
    [0.4999, 'apart'],
    [0.5, 'far'],
    [0.75, 'far'],
    [1, 'far'],
  ])('calls a gap of %s %s', (distance, size) => {
    expect(gapSize(distance)).toBe(size);
  });
});
